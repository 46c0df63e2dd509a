// `npm test`: builds once what the stages stand on (scripts/prepare.js: bundles, tsc, copydesk.vsix,
// the VS Code and e2e suites), then runs every stage in order on that build, streams its output, and
// ends with one line "N passed, N failed" summed over all stages. A stage that fails to start counts
// as a failure. A build step that fails is left undone: each stage that needs it runs it again and
// fails as it would on its own.
'use strict';
const { spawn } = require('child_process');
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
// A stage that runs past its limit is ended with everything it started (its own process group), and
// fails with a line that says so: a hung test must not take the whole CI run with it.
const STAGE_MINUTES = Number(process.env.COPYDESK_STAGE_MINUTES) || 25;

/**
 * Runs one stage, echoing its output as it comes and keeping it for the counts.
 * @param {string} stage
 * @returns {Promise<{ status: number | null, out: string, timedOut: boolean, seconds: number }>}
 */
function runStage(stage) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn('npm', ['run', '--silent', stage], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    /** @type {string[]} */
    const chunks = [];
    child.stdout.on('data', (/** @type {Buffer} */ b) => { process.stdout.write(b); chunks.push(b.toString('utf8')); });
    child.stderr.on('data', (/** @type {Buffer} */ b) => { process.stderr.write(b); chunks.push(b.toString('utf8')); });
    let timedOut = false;
    const killGroup = (/** @type {NodeJS.Signals} */ signal) => {
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        // the group is gone already
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`\n${stage} ran past its ${STAGE_MINUTES} min limit (COPYDESK_STAGE_MINUTES): ending it and everything it started`);
      killGroup('SIGTERM');
      setTimeout(() => killGroup('SIGKILL'), 10000).unref();
    }, STAGE_MINUTES * 60000);
    child.on('error', (err) => chunks.push(`\n${stage} did not start: ${err.message}\n`));
    child.on('close', (status) => {
      clearTimeout(timer);
      killGroup('SIGKILL'); // a process the stage left behind would hold the next stage's machine
      resolve({ status, out: chunks.join(''), timedOut, seconds: (Date.now() - t0) / 1000 });
    });
  });
}

async function main() {
  let passed = 0;
  let failed = 0;
  /** @type {string[]} */
  const failedStages = [];
  /** @type {string[]} */
  const times = [];
  for (const stage of stages) {
    console.log(`\n=== npm run ${stage} ===`);
    const r = await runStage(stage);
    const out = r.out;
    const count = (/** @type {RegExp} */ re) => [...out.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);
    // Mocha prints "N passing" / "N failing"; the VS Code and browser drivers print "N passed, N failed".
    // A driver's own closing line wins over the mocha summary it may also print.
    const driver = /^(?:\w+: )?\d+ passed, \d+ failed/m.test(out);
    let p = driver ? count(/^(?:\w+: )?(\d+) passed, \d+ failed/gm) : count(/^\s*(\d+) passing\b/gm);
    const f = driver ? count(/^(?:\w+: )?\d+ passed, (\d+) failed/gm) : count(/^\s*(\d+) failing\b/gm);
    if (p === 0 && f === 0 && r.status === 0) p = 1; // a stage with one overall check (Neovim)
    passed += p;
    failed += f;
    times.push(`${stage} ${r.seconds.toFixed(0)} s${r.timedOut ? ' (over its limit)' : ''}`);
    if (r.status !== 0 || r.timedOut) {
      failedStages.push(stage);
      if (f === 0) failed += 1;
    }
  }
  console.log(`\nStage times: ${times.join(', ')}`);
  if (failedStages.length) console.log(`\nFailed stages: ${failedStages.join(', ')}`);
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failedStages.length ? 1 : 0);
}

void main();
