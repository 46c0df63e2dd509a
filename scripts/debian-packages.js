// The Debian packages the tests need, read from .ci/debian-packages (the one list; .ci/run installs
// it), for the scripts' "install it with apt-get install …" messages.
//
//   const { debianPackages, aptCommand } = require('./debian-packages');
//   aptCommand(debianPackages('code-server'))  // "apt-get update && apt-get install -y libkrb5-dev …"
'use strict';

const fs = require('fs');
const path = require('path');

const LIST = path.join(__dirname, '..', '.ci', 'debian-packages');

/** @typedef {{ name: string, group: string }} DebianPackage */

/** @type {DebianPackage[] | undefined} */
let all;

/** Every package in the list, in its order: `name group [what needs it]` a line, `#` comments. */
function readList() {
  if (all) return all;
  all = [];
  for (const line of fs.readFileSync(LIST, 'utf8').split('\n')) {
    const [name, group] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (!name) continue;
    if (!group) throw new Error(`${path.relative(process.cwd(), LIST)}: "${name}" has no group`);
    all.push({ name, group });
  }
  return all;
}

/**
 * The package names of one group (`chromium`, `neovim`, `code-server`, `cli`), or all of them.
 * @param {string} [group]
 * @returns {string[]}
 */
function debianPackages(group) {
  const names = readList()
    .filter((p) => group === undefined || p.group === group)
    .map((p) => p.name);
  if (names.length === 0) throw new Error(`${path.relative(process.cwd(), LIST)} lists no package in group "${group}"`);
  return names;
}

/** The command that installs `packages`. @param {readonly string[]} packages */
function aptCommand(packages) {
  return `apt-get update && apt-get install -y ${packages.join(' ')}`;
}

module.exports = { LIST, debianPackages, aptCommand };
