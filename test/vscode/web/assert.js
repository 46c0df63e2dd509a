// Node's `assert` for the integration suite's browser bundle (scripts/test-vscode.js --web): the
// web worker extension host has no Node built-ins. The functions the suite uses, with the same
// meaning and a message that shows both values.
'use strict';

class AssertionError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'AssertionError';
  }
}

/** @param {unknown} v */
const show = (v) => {
  try {
    return typeof v === 'string' ? JSON.stringify(v) : v instanceof RegExp ? String(v) : JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
};

/** @param {unknown} message @param {string} fallback */
const fail = (message, fallback) => {
  if (message instanceof Error) throw message;
  throw new AssertionError(message === undefined ? fallback : String(message));
};

/** @param {unknown} a @param {unknown} b @returns {boolean} */
function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map && b instanceof Map) return a.size === b.size && [...a].every(([k, v]) => b.has(k) && deepEqual(v, b.get(k)));
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((v) => b.has(v));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(/** @type {any} */ (a)[k], /** @type {any} */ (b)[k]));
}

/** @param {unknown} value @param {unknown} [message] */
function ok(value, message) {
  if (!value) fail(message, `expected a truthy value, got ${show(value)}`);
}

module.exports = Object.assign(ok, {
  AssertionError,
  ok,
  /** @param {unknown} actual @param {unknown} expected @param {unknown} [message] */
  strictEqual(actual, expected, message) {
    if (!Object.is(actual, expected)) fail(message, `expected ${show(expected)}, got ${show(actual)}`);
  },
  /** @param {unknown} actual @param {unknown} expected @param {unknown} [message] */
  notStrictEqual(actual, expected, message) {
    if (Object.is(actual, expected)) fail(message, `expected anything but ${show(expected)}`);
  },
  /** @param {unknown} actual @param {unknown} expected @param {unknown} [message] */
  deepStrictEqual(actual, expected, message) {
    if (!deepEqual(actual, expected)) fail(message, `expected ${show(expected)}, got ${show(actual)}`);
  },
  /** @param {string} actual @param {RegExp} re @param {unknown} [message] */
  match(actual, re, message) {
    if (typeof actual !== 'string' || !re.test(actual)) fail(message, `${show(actual)} does not match ${re}`);
  },
  /** @param {string} actual @param {RegExp} re @param {unknown} [message] */
  doesNotMatch(actual, re, message) {
    if (typeof actual !== 'string' || re.test(actual)) fail(message, `${show(actual)} matches ${re}`);
  },
  /** @param {unknown} [message] */
  fail(message) {
    fail(message, 'failed');
  },
});
