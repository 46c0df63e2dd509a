// Bundled in place of node:net and node:child_process in dist/server.js and dist/cli.js (see
// scripts/build.js): the language libraries import them for transports Copydesk never uses
// (sockets, pipes, resolving global npm folders). Any use throws; loading does nothing.
const denied = (/** @type {string} */ name) => () => {
  throw new Error(`Copydesk does not open sockets or start processes (${name} is not available in this bundle)`);
};
module.exports = new Proxy(
  {},
  {
    get(_, key) {
      if (typeof key !== 'string' || key === '__esModule' || key === 'default' || key === 'then') return undefined;
      return denied(key);
    },
  },
);
