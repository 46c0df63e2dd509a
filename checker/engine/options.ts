/**
 * The project file `.copydesk.json` (JSON with comments): parsing and validation.
 * Pure: the caller reads the file. Every problem names its key and carries offsets so the
 * editor can underline it; whatever is valid still applies.
 */
import { findNodeAtLocation, getNodeValue, Node, parseTree, ParseError, printParseErrorCode } from 'jsonc-parser';
import { PRESETS } from '../data/presets';
import { RULE_BY_ID, RULES } from '../rules';
import { CheckOptions, IgnoredFinding, SeveritySetting, Substitution } from '../types';
import { compilePattern } from '../lex/pattern';

export interface ConfigProblem {
  message: string;
  start: number;
  end: number;
}

/** An `ignore` entry: a finding ignored in one draft, named by its path from the project file's folder. */
export interface ProjectIgnore extends IgnoredFinding {
  /** '/'-separated, relative to the folder of the `.copydesk.json` that holds the entry. */
  file: string;
}

export interface ParsedConfig {
  options: CheckOptions;
  /** Not in `options`: each entry applies to one draft (`ignoredIn`). */
  ignore: ProjectIgnore[];
  problems: ConfigProblem[];
}

const SEVERITIES = ['off', 'hint', 'information', 'warning', 'error'];
const KEYS = ['$schema', 'extends', 'rules', 'acronyms', 'accept', 'substitutions', 'ignore'];
const FAMILIES = new Set(RULES.map((r) => r.family));

export function parseConfig(text: string): ParsedConfig {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: ConfigProblem[] = errors.map((e) => ({
    message: `.copydesk.json is not valid JSON: ${printParseErrorCode(e.error)}`,
    start: e.offset,
    end: e.offset + Math.max(1, e.length),
  }));
  const options: CheckOptions = {};
  const ignore: ProjectIgnore[] = [];
  if (!root || root.type !== 'object') {
    if (root) problems.push(at(root, '.copydesk.json must hold an object, such as { "extends": "dod" }'));
    return { options, ignore, problems };
  }
  for (const prop of root.children ?? []) {
    const key = prop.children?.[0];
    if (key && !KEYS.includes(String(key.value))) problems.push(at(key, `unknown key "${String(key.value)}" (known: ${KEYS.slice(1).join(', ')})`));
  }

  const ext = findNodeAtLocation(root, ['extends']);
  if (ext) {
    if (ext.type === 'string' && PRESETS[ext.value as string]) options.preset = ext.value as string;
    else problems.push(at(ext, `"extends": no preset ${JSON.stringify(getNodeValue(ext))}; use one of ${Object.keys(PRESETS).join(', ')}`));
  }

  const rules = findNodeAtLocation(root, ['rules']);
  if (rules) {
    if (rules.type !== 'object') problems.push(at(rules, '"rules" must be an object of rule id → severity'));
    else {
      options.rules = {};
      for (const prop of rules.children ?? []) {
        const [k, v] = prop.children ?? [];
        const id = String(k?.value);
        if (!RULE_BY_ID.has(id) && !FAMILIES.has(id as never)) problems.push(at(k, `"rules": unknown rule "${id}"`));
        else if (v?.type !== 'string' || !SEVERITIES.includes(v.value as string))
          problems.push(at(v ?? k, `"rules"."${id}" must be one of ${SEVERITIES.join(', ')}`));
        else options.rules[id] = v.value as SeveritySetting;
      }
    }
  }

  const acronyms = findNodeAtLocation(root, ['acronyms']);
  if (acronyms) {
    if (acronyms.type !== 'object') problems.push(at(acronyms, '"acronyms" must be an object of short form → expansion'));
    else {
      options.acronyms = {};
      for (const prop of acronyms.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (v?.type === 'string') options.acronyms[String(k.value)] = v.value as string;
        else problems.push(at(v ?? k, `"acronyms"."${String(k?.value)}" must be a string (the expansion, or "" for none)`));
      }
    }
  }

  const accept = findNodeAtLocation(root, ['accept']);
  if (accept) {
    if (accept.type !== 'array') problems.push(at(accept, '"accept" must be a list of words and names'));
    else {
      options.accept = [];
      for (const item of accept.children ?? []) {
        if (item.type === 'string') options.accept.push(item.value as string);
        else problems.push(at(item, '"accept" entries must be strings'));
      }
    }
  }

  const subs = findNodeAtLocation(root, ['substitutions']);
  if (subs) {
    if (subs.type !== 'array') problems.push(at(subs, '"substitutions" must be a list of { "flag": ..., "suggest": ... } or { "pattern": ..., "suggest": ... }'));
    else {
      options.substitutions = [];
      subs.children?.forEach((item, i) => {
        const checked = substitutionEntry(item, i);
        if ('problem' in checked) problems.push(checked.problem);
        else options.substitutions?.push(checked.substitution);
      });
    }
  }

  const ignored = findNodeAtLocation(root, ['ignore']);
  if (ignored) {
    if (ignored.type !== 'array') problems.push(at(ignored, '"ignore" must be a list of { "file": ..., "rule": ..., "text": ... }'));
    else {
      ignored.children?.forEach((item, i) => {
        const checked = ignoreEntry(item, i);
        if ('problem' in checked) problems.push(checked.problem);
        else ignore.push(checked.entry);
      });
    }
  }
  return { options, ignore, problems };
}

const IGNORE_KEYS = ['file', 'rule', 'text'];

/** One `ignore` entry: a draft's path, a rule id and the finding's exact text; problems name the key. */
function ignoreEntry(item: Node, i: number): { entry: ProjectIgnore } | { problem: ConfigProblem } {
  const where = `"ignore"[${i}]`;
  if (item.type !== 'object') return { problem: at(item, `${where} must be an object such as { "file": "drafts/visit.release", "rule": "acronym/undefined", "text": "JMRC" }`) };
  for (const prop of item.children ?? []) {
    const key = prop.children?.[0];
    if (key && !IGNORE_KEYS.includes(String(key.value))) return { problem: at(key, `${where}: unknown key "${String(key.value)}" (known: ${IGNORE_KEYS.join(', ')})`) };
  }
  const file = findNodeAtLocation(item, ['file']);
  const rule = findNodeAtLocation(item, ['rule']);
  const text = findNodeAtLocation(item, ['text']);
  if (file?.type !== 'string' || !(file.value as string).trim())
    return { problem: at(file ?? item, `${where}."file" must be the draft's path from this file's folder, such as "drafts/visit.release"`) };
  if (rule?.type !== 'string' || !RULE_BY_ID.has(rule.value as string)) return { problem: at(rule ?? item, `${where}."rule" must be a rule id, such as "acronym/undefined"`) };
  if (text?.type !== 'string') return { problem: at(text ?? item, `${where}."text" must be a string (the text the finding underlines)`) };
  return { entry: { file: normalFile(file.value as string), rule: rule.value as string, text: text.value as string } };
}

/** A relative path as `ignore` compares it: '/' separators, no leading `./`. */
function normalFile(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/**
 * The findings a project file ignores in one draft, `file` being the draft's path from the project
 * file's folder ('/' or '\\' separators).
 */
export function ignoredIn(entries: readonly ProjectIgnore[], file: string): IgnoredFinding[] {
  const wanted = normalFile(file);
  return entries.filter((e) => e.file === wanted).map((e) => ({ rule: e.rule, text: e.text }));
}

/**
 * A project file's options for one draft: its `ignore` entries that name the draft added, `file`
 * being the draft's path from the project file's folder (undefined: no path, so none apply).
 */
export function projectOptionsIn(config: ParsedConfig, file: string | undefined): CheckOptions {
  const ignore = file === undefined ? [] : ignoredIn(config.ignore, file);
  return ignore.length > 0 ? { ...config.options, ignore } : config.options;
}

/** One `substitutions` entry: `flag` (literal) or `pattern` (RE2), and `suggest`; problems name the key. */
function substitutionEntry(item: Node, i: number): { substitution: Substitution } | { problem: ConfigProblem } {
  const where = `"substitutions"[${i}]`;
  if (item.type !== 'object') return { problem: at(item, `${where} must be an object such as { "flag": "JIEDDO", "suggest": "JIDA" }`) };
  const flag = findNodeAtLocation(item, ['flag']);
  const pattern = findNodeAtLocation(item, ['pattern']);
  const suggest = findNodeAtLocation(item, ['suggest']);
  const message = findNodeAtLocation(item, ['message']);
  if (flag && pattern) return { problem: at(pattern, `${where} has both "flag" and "pattern"; use one`) };
  if (!flag && !pattern) return { problem: at(item, `${where} needs a "flag" (a phrase) or a "pattern" (a regular expression)`) };
  if (suggest?.type !== 'string') return { problem: at(suggest ?? item, `${where}."suggest" must be a string (what to write instead)`) };
  if (message && message.type !== 'string') return { problem: at(message, `${where}."message" must be a string`) };
  const s: Substitution = { suggest: suggest.value as string };
  if (message) s.message = message.value as string;
  if (flag) {
    if (flag.type !== 'string' || !(flag.value as string).trim()) return { problem: at(flag, `${where}."flag" must be a non-empty string`) };
    s.flag = flag.value as string;
  } else if (pattern) {
    if (pattern.type !== 'string') return { problem: at(pattern, `${where}."pattern" must be a string (a regular expression)`) };
    const compiled = compilePattern(pattern.value as string);
    if (!compiled.ok) return { problem: at(pattern, `${where}."pattern" ${compiled.error}`) };
    s.pattern = pattern.value as string;
  }
  return { substitution: s };
}

function at(node: Node | undefined, message: string): ConfigProblem {
  return { message, start: node?.offset ?? 0, end: (node?.offset ?? 0) + (node?.length ?? 1) };
}

/** Later options win: user settings under a project file, CLI flags over both. */
export function mergeOptions(...layers: CheckOptions[]): CheckOptions {
  const out: CheckOptions = {};
  for (const l of layers) {
    if (l.language) out.language = l.language;
    if (l.preset) out.preset = l.preset;
    if (l.defaultYear !== undefined) out.defaultYear = l.defaultYear;
    if (l.releaseDate !== undefined) out.releaseDate = l.releaseDate;
    if (l.today !== undefined) out.today = l.today;
    if (l.house) out.house = { ...out.house, ...l.house };
    if (l.rules) out.rules = { ...out.rules, ...l.rules };
    if (l.acronyms) out.acronyms = { ...out.acronyms, ...l.acronyms };
    if (l.accept) out.accept = [...(out.accept ?? []), ...l.accept];
    if (l.substitutions) out.substitutions = [...(out.substitutions ?? []), ...l.substitutions];
    if (l.ignore) out.ignore = [...(out.ignore ?? []), ...l.ignore];
  }
  return out;
}
