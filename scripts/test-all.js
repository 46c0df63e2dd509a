// `npm test`: builds once what the stages stand on (scripts/prepare.js: bundles, tsc, copydesk.vsix,
// the VS Code and e2e suites), then runs every stage in order on that build, streams its output, and
// ends with one line "N passed, N failed" summed over all stages. A stage that fails to start counts
// as a failure. A build step that fails is left undone: each stage that needs it runs it again and
// fails as it would on its own.
'use strict';
const { spawnSync } = require('child_process');
const { prepare, stepsFor, ENV, STAGES } = require('./prepare');

const stages = process.argv.slice(2);
delete process.env[ENV]; // always a fresh build, even when started from a shell that has it set
const steps = stepsFor(stages.filter((s) => Object.prototype.hasOwnProperty.call(STAGES, s)));
console.log(`\n=== build once: ${steps.join(', ')} ===`);
const tBuild = Date.now();
for (const step of steps) {
  try {
    prepare([step]); // records the step in process.env[ENV], which the stages inherit
  } catch (err) {
    console.error(`build step ${step} failed; the stages that need it will run it again: ${err instanceof Error ? err.message : String(err)}`);
  }
}
console.log(`built in ${((Date.now() - tBuild) / 1000).toFixed(1)} s`);
let passed = 0;
let failed = 0;
const failedStages = [];
for (const stage of stages) {
  console.log(`\n=== npm run ${stage} ===`);
  const r = spawnSync('npm', ['run', '--silent', stage], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`;
  const count = (/** @type {RegExp} */ re) => [...out.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);
  // Mocha prints "N passing" / "N failing"; the VS Code and browser drivers print "N passed, N failed".
  // A driver's own closing line wins over the mocha summary it may also print.
  const driver = /^(?:\w+: )?\d+ passed, \d+ failed/m.test(out);
  let p = driver ? count(/^(?:\w+: )?(\d+) passed, \d+ failed/gm) : count(/^\s*(\d+) passing\b/gm);
  const f = driver ? count(/^(?:\w+: )?\d+ passed, (\d+) failed/gm) : count(/^\s*(\d+) failing\b/gm);
  if (p === 0 && f === 0 && r.status === 0) p = 1; // a stage with one overall check (Neovim)
  passed += p;
  failed += f;
  if (r.status !== 0) {
    failedStages.push(stage);
    if (f === 0) failed += 1;
  }
}
if (failedStages.length) console.log(`\nFailed stages: ${failedStages.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedStages.length ? 1 : 0);
