/**
 * Fuzz inputs: real release text (bench/corpus/*.release, test/unit/fixtures) mutated with byte
 * flips, splices, duplication and hostile tokens, plus pure random strings. Mostly 100 B to 5 KB,
 * one in two hundred large (20 KB to 120 KB); hostile tokens add up to 10,000 characters.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CheckOptions, LanguageKind, PRESETS } from '../../checker';
import { Random } from './random';

const REPO = path.resolve(__dirname, '..', '..', '..');

function readDir(dir: string, ext: RegExp): string[] {
  const full = path.join(REPO, dir);
  return fs
    .readdirSync(full)
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => fs.readFileSync(path.join(full, f), 'utf8'));
}

let corpus: string[] | undefined;
/** Every real draft and rule fixture the repository holds. */
export function seedTexts(): string[] {
  corpus ??= [...readDir('bench/corpus', /\.release$/), ...readDir('test/unit/fixtures', /\.(txt|md|release)$/)];
  if (corpus.length === 0) throw new Error('no seed texts found under bench/corpus or test/unit/fixtures');
  return corpus;
}

/** A run of 1 to `max` units, log-uniform: mostly short, sometimes the full 10,000 characters. */
const run = (r: Random, unit: string, max: number): string => unit.repeat(Math.max(1, Math.floor(Math.exp(r.next() * Math.log(max + 1)))));

/** Tokens that make careless patterns backtrack, scans go quadratic, or ranges split characters. */
export function hostileToken(r: Random): string {
  switch (r.int(0, 22)) {
    case 0: return run(r, '9', 10_000);
    case 1: return run(r, 'A', 10_000);
    case 2: return run(r, '"', 2_000);
    case 3: return run(r, '“', 2_000);
    case 4: return run(r, '.', 5_000);
    case 5: return run(r, '(', 3_000);
    case 6: return run(r, ')', 3_000);
    case 7: return '\uD83D'; // lone high surrogate
    case 8: return '\uDE00'; // lone low surrogate
    case 9: return '\0';
    case 10: return '\uFFFD';
    case 11: return r.pick(['\u200F', '\u202E', '\u200E', '\u202B', '\u2066']); // RTL and isolate marks
    case 12: return run(r, 'line\r', 200); // CR-only lines
    case 13: return 'w'.repeat(r.chance(0.5) ? 10_000 : r.int(100, 2_000)); // a 10k-character word
    case 14: return run(r, 'Gen. ', 500);
    case 15: return run(r, '1,000 ', 500);
    case 16: return run(r, 'July 11, ', 300);
    case 17: return run(r, 'LTG SGT MAJ ', 300);
    case 18: return run(r, 'a@', 2_000);
    case 19: return r.pick(['\uFEFF', '\u200B', '\u200D', '\u0301', '\u00A0', '\u2028', '\u2029', '\t', '\v', '\f']);
    case 20: return run(r, '😀', 2_000);
    case 21: return run(r, '— ', 1_000);
    default: return run(r, '\r\n', 500);
  }
}

const ALPHABET = [
  'abcdefghijklmnopqrstuvwxyz',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  '0123456789',
  ' \n\r\t.,;:!?"\'()-/@#&%$',
  '“”‘’—–…é ñÜ😀\uFFFD\0\u200F',
];

function randomChar(r: Random): string {
  if (r.chance(0.02)) return String.fromCharCode(r.int(0, 0xffff)); // any UTF-16 unit, lone surrogates too
  const set = r.pick(ALPHABET);
  const chars = Array.from(set);
  return r.pick(chars);
}

export function randomString(r: Random, length: number): string {
  let s = '';
  while (s.length < length) s += r.chance(0.15) ? r.pick(seedWords()) : randomChar(r);
  return s;
}

let words: string[] | undefined;
function seedWords(): string[] {
  words ??= Array.from(new Set(seedTexts().join(' ').split(/\s+/).filter((w) => w.length > 0 && w.length < 30))).sort();
  return words;
}

function slice(r: Random, text: string, length: number): string {
  if (text.length <= length) return text;
  const start = r.int(0, text.length - length);
  return text.slice(start, start + length);
}

/** One mutation of `text`. */
function mutate(r: Random, text: string): string {
  const at = r.int(0, text.length);
  switch (r.int(0, 9)) {
    case 0: // flip characters
    case 1: {
      const chars = text.split('');
      for (let n = r.int(1, 8); n > 0 && chars.length > 0; n--) chars[r.int(0, chars.length - 1)] = randomChar(r);
      return chars.join('');
    }
    case 2: // splice in part of another draft
      return text.slice(0, at) + slice(r, r.pick(seedTexts()), r.int(1, 400)) + text.slice(at);
    case 3: { // duplicate a range
      const end = Math.min(text.length, at + r.int(1, 300));
      return text.slice(0, end) + text.slice(at, end).repeat(r.int(1, 4)) + text.slice(end);
    }
    case 4: // delete a range
      return text.slice(0, at) + text.slice(Math.min(text.length, at + r.int(1, 200)));
    case 5: // a hostile token
    case 6:
      return text.slice(0, at) + hostileToken(r) + text.slice(at);
    case 7: // line endings: all CR, all CRLF, or mixed
      return r.pick([text.replace(/\r?\n/g, '\r'), text.replace(/\r?\n/g, '\r\n'), text.replace(/\n\n/g, '\r\n\n\r')]);
    case 8: // truncate mid-character, mid-word
      return text.slice(0, at);
    default: // random characters
      return text.slice(0, at) + randomString(r, r.int(1, 40)) + text.slice(at);
  }
}

const PATTERNS = ['(?i)\\bjieddo\\b', '\\d+', '(a|b)*c', '(?i)army|navy', '\\s{2,}', '[A-Z]{2,}', '\\bthe\\b', '(x+x+)+y', '^', '$', 'é|😀'];

/** Options for input i: every preset and language in turn, sometimes project substitutions and acronyms. */
export function optionsFor(r: Random, index: number): CheckOptions {
  const presets = Object.keys(PRESETS);
  const languages: LanguageKind[] = ['press-release', 'markdown', 'plaintext'];
  const options: CheckOptions = {
    preset: presets[index % presets.length],
    language: languages[Math.floor(index / presets.length) % languages.length],
    defaultYear: 2016,
  };
  if (r.chance(0.2)) {
    options.substitutions = [
      { flag: r.pick(['JIEDDO', 'towards', 'the', 'a']), suggest: r.pick(['JIDA', 'toward', '', 'x😀']) },
      { pattern: r.pick(PATTERNS), suggest: r.pick(['JIDA', '', '“q”']) },
    ];
    options.acronyms = { 'JTF-B': 'Joint Task Force-Bravo', ISF: '' };
    options.accept = ['MacFarland'];
  }
  return options;
}

/** Input number `index` of run `seed`. */
export function inputFor(seed: number, index: number): { text: string; options: CheckOptions; kind: string } {
  const r = Random.forInput(seed, index);
  const options = optionsFor(r, index);
  const roll = r.next();
  if (roll < 0.15) return { text: randomString(r, r.int(0, 3000)), options, kind: 'random' };
  const large = roll > 0.995;
  const target = large ? r.int(20_000, 120_000) : r.chance(0.6) ? r.int(100, 1_500) : r.int(1_500, 5_000);
  let text = slice(r, r.pick(seedTexts()), target);
  while (text.length < target) text += r.pick(['\n\n', '\r\n', '\r', ' ']) + slice(r, r.pick(seedTexts()), target - text.length);
  for (let n = r.int(0, 6); n > 0; n--) text = mutate(r, text);
  return { text, options, kind: large ? 'large' : 'mutated' };
}
