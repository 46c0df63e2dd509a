/**
 * Loads the commands bundle (dist/cli-commands.js) with a V8 code cache, so a check does not
 * compile half a megabyte of JavaScript and the functions a check runs on every start.
 *
 * The cache is made by the build (scripts/code-cache.js, after a sample check, so it holds the
 * functions a check compiles lazily too) and written beside the bundle as `cli-commands.js.cache`;
 * the CLI never writes it. Its first line is a SHA-256 over the bundle's bytes and the cache's, and
 * it is used only when that matches (V8 itself compares only the source's length): a stale,
 * missing, truncated or unreadable cache, or one V8 rejects (another Node version or other V8
 * flags), costs a plain compile and nothing else.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import Module from 'module';
import * as path from 'path';
import * as vm from 'vm';

export const CACHE_SUFFIX = '.cache';

export function cacheKey(source: Buffer, data: Buffer): string {
  return createHash('sha256').update(source).update(data).digest('hex');
}

/** The cache's data, if it was made for exactly this source. */
function readCache(file: string, source: Buffer): Buffer | undefined {
  try {
    const raw = fs.readFileSync(`${file}${CACHE_SUFFIX}`);
    if (raw.length <= 65 || raw[64] !== 0x0a) return undefined;
    const data = raw.subarray(65);
    return raw.toString('latin1', 0, 64) === cacheKey(source, data) ? data : undefined;
  } catch {
    return undefined;
  }
}

export interface Loaded {
  exports: unknown;
  script: vm.Script;
  /** Whether V8 took the cache. */
  cached: boolean;
}

/** Runs a CommonJS file as `require` would (same wrapper, file name, `require`, `__dirname`), with its code cache when it fits. */
export function loadWithCodeCache(file: string, useCache = true): Loaded {
  const source = fs.readFileSync(file);
  const cachedData = useCache ? readCache(file, source) : undefined;
  const script = new vm.Script(Module.wrap(source.toString('utf8')), { filename: file, cachedData });
  const module = { exports: {} as unknown, filename: file, id: file };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, script, cached: cachedData !== undefined && !script.cachedDataRejected };
}
