import { CopydeskSettings, defaultSettings, FIX_INCLUDES, FixIncludeName, SERVER_SETTINGS, SEVERITIES, Substitution } from '../../../protocol/settings';
import { parseDay, PRESETS, RULE_BY_ID, RULES } from '../../../checker';
import { compilePattern } from '../../../checker/lex/pattern';

const SEVERITY_NAMES = new Set<string>(SEVERITIES);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const given = (v: unknown): boolean => v !== undefined && v !== null;

/**
 * One validator per setting of the table (protocol/settings.ts): the value when it is valid, or
 * undefined with the problem named (the key first). A map or list keeps its valid entries and
 * names each bad one.
 */
type Validators = { [K in keyof CopydeskSettings]: (value: unknown, problems: string[]) => CopydeskSettings[K] | undefined };

const VALIDATORS: Validators = {
  enable(v, problems) {
    if (typeof v === 'boolean') return v;
    problems.push('copydesk.enable must be true or false');
    return undefined;
  },
  languages(v, problems) {
    if (Array.isArray(v) && v.every((l) => typeof l === 'string')) return v;
    problems.push('copydesk.languages must be a list of language ids');
    return undefined;
  },
  defaultYear(v, problems) {
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 9999) return v;
    problems.push('copydesk.defaultYear must be a whole year such as 2016, or empty');
    return undefined;
  },
  releaseDate(v, problems) {
    if (typeof v === 'string' && parseDay(v)) return v;
    problems.push('copydesk.releaseDate must be a date written YYYY-MM-DD, such as 2026-12-10, or empty');
    return undefined;
  },
  preset(v, problems) {
    if (typeof v === 'string' && PRESETS[v]) return v;
    problems.push(`copydesk.preset: no preset ${JSON.stringify(v)} (use ${Object.keys(PRESETS).join(', ')})`);
    return undefined;
  },
  maxFileSize(v, problems) {
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) return v;
    problems.push('copydesk.maxFileSize must be a number of megabytes greater than 0');
    return undefined;
  },
  acronyms(v, problems) {
    if (!isObject(v)) {
      problems.push('copydesk.acronyms must be an object of short form → expansion');
      return undefined;
    }
    const out: Record<string, string> = {};
    for (const [k, x] of Object.entries(v)) {
      if (typeof x === 'string') out[k] = x;
      else problems.push(`copydesk.acronyms["${k}"] must be a string`);
    }
    return out;
  },
  accept(v, problems) {
    if (!Array.isArray(v)) {
      problems.push('copydesk.accept must be a list of words and names');
      return undefined;
    }
    const out = v.filter((w): w is string => typeof w === 'string');
    if (out.length !== v.length) problems.push('copydesk.accept entries must be strings');
    return out;
  },
  substitutions(v, problems) {
    if (!Array.isArray(v)) {
      problems.push('copydesk.substitutions must be a list of { "flag", "suggest" } or { "pattern", "suggest" }');
      return undefined;
    }
    const out: Substitution[] = [];
    v.forEach((s, i) => {
      const checked = substitution(s, `copydesk.substitutions[${i}]`);
      if (typeof checked === 'string') problems.push(checked);
      else out.push(checked);
    });
    return out;
  },
  rules(v, problems) {
    if (!isObject(v)) {
      problems.push('copydesk.rules must be an object of rule id → severity');
      return undefined;
    }
    const out: CopydeskSettings['rules'] = {};
    for (const [id, sev] of Object.entries(v)) {
      const family = !id.includes('/') && RULES.some((x) => x.family === id);
      if (!family && !RULE_BY_ID.has(id)) problems.push(`copydesk.rules: unknown rule "${id}"`);
      else if (typeof sev !== 'string' || !SEVERITY_NAMES.has(sev)) problems.push(`copydesk.rules["${id}"] must be one of ${SEVERITIES.join(', ')}`);
      else out[id] = sev as CopydeskSettings['rules'][string];
    }
    return out;
  },
  'fixAll.include'(v, problems) {
    if (typeof v === 'string' && (FIX_INCLUDES as readonly string[]).includes(v)) return v as FixIncludeName;
    problems.push(`copydesk.fixAll.include must be ${FIX_INCLUDES.map((x) => JSON.stringify(x)).join(' or ')}`);
    return undefined;
  },
};

/**
 * The `copydesk.*` settings as the client sent them, made safe: every value of the wrong type or
 * shape is named in a problem (the key first) and its default applies; everything valid still applies.
 */
export function sanitizeSettings(raw: unknown): { settings: CopydeskSettings; problems: string[] } {
  const r = isObject(raw) ? raw : {};
  const problems: string[] = [];
  const out = defaultSettings();
  for (const name of Object.keys(SERVER_SETTINGS) as Array<keyof CopydeskSettings>) apply(out, name, valueAt(r, name), problems);
  return { settings: out, problems };
}

/** A dotted setting (`fixAll.include`): VS Code sends it nested (`{ fixAll: { include } }`); a flat key is read too. */
function valueAt(r: Record<string, unknown>, name: string): unknown {
  if (Object.prototype.hasOwnProperty.call(r, name)) return r[name];
  let v: unknown = r;
  for (const part of name.split('.')) v = isObject(v) ? v[part] : undefined;
  return v;
}

function apply<K extends keyof CopydeskSettings>(out: CopydeskSettings, name: K, value: unknown, problems: string[]): void {
  if (!given(value)) return;
  const valid = VALIDATORS[name](value, problems);
  if (valid !== undefined) out[name] = valid;
}

function substitution(s: unknown, where: string): Substitution | string {
  if (!isObject(s)) return `${where} must be an object such as { "flag": "JIEDDO", "suggest": "JIDA" }`;
  if (typeof s.suggest !== 'string') return `${where}.suggest must be a string`;
  const message = typeof s.message === 'string' ? { message: s.message } : {};
  if (given(s.flag) && given(s.pattern)) return `${where} has both "flag" and "pattern"; use one`;
  if (typeof s.pattern === 'string') {
    const compiled = compilePattern(s.pattern);
    if (!compiled.ok) return `${where}.pattern ${compiled.error}`;
    return { pattern: s.pattern, suggest: s.suggest, ...message };
  }
  if (typeof s.flag === 'string' && s.flag.trim()) return { flag: s.flag, suggest: s.suggest, ...message };
  return `${where} needs a non-empty "flag" (a phrase) or a "pattern" (a regular expression)`;
}
