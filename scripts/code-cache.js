// Writes dist/cli-commands.js.cache, the V8 code cache the CLI loads the commands bundle with (see
// cli/src/codeCache.ts). Run by scripts/build.js in a plain `node` of its own: V8 takes a cache
// only from the same Node version and V8 flags. The bundle is compiled and then used for a check of
// the sample release (output discarded), so the cache also holds the functions a check compiles
// on first call; its first line is the key the CLI checks before it uses the cache.
const fs = require('fs');
const path = require('path');

const dist = path.join(__dirname, '..', 'dist');
const file = path.join(dist, 'cli-commands.js');
const sample = path.join(__dirname, '..', 'samples', 'draft-with-mistakes.release');

async function main() {
  const { loadWithCodeCache, cacheKey, CACHE_SUFFIX } = require(path.join(dist, 'cli.js'));
  fs.rmSync(file + CACHE_SUFFIX, { force: true });
  const { exports, script } = loadWithCodeCache(file, false);
  const write = process.stdout.write;
  process.stdout.write = () => true;
  try {
    await exports.check([sample]);
    await exports.check(['--format', 'json', sample]);
  } finally {
    process.stdout.write = write;
  }
  const data = script.createCachedData();
  const source = fs.readFileSync(file);
  fs.writeFileSync(file + CACHE_SUFFIX, Buffer.concat([Buffer.from(`${cacheKey(source, data)}\n`, 'latin1'), data]));
}

main().catch((err) => {
  console.error(`code cache: ${err.message}`);
  process.exit(1);
});
