import { CopydeskSettings, DEFAULT_SETTINGS } from '../../../protocol';
import { PRESETS, RULE_BY_ID, RULES, SeveritySetting } from '../../../checker';
import { compilePattern } from '../../../checker/lex/pattern';

const SEVERITIES = new Set(['off', 'hint', 'information', 'warning', 'error']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const given = (v: unknown): boolean => v !== undefined && v !== null;

/**
 * The `copydesk.*` settings as the client sent them, made safe: every value of the wrong type or
 * shape is named in a problem (the key first) and its default applies; everything valid still applies.
 */
export function sanitizeSettings(raw: unknown): { settings: CopydeskSettings; problems: string[] } {
  const r = isObject(raw) ? raw : {};
  const problems: string[] = [];
  const out: CopydeskSettings = { ...DEFAULT_SETTINGS, rules: {}, acronyms: {}, accept: [], substitutions: [] };

  if (typeof r.enable === 'boolean') out.enable = r.enable;
  else if (given(r.enable)) problems.push('copydesk.enable must be true or false');

  if (Array.isArray(r.languages) && r.languages.every((l) => typeof l === 'string')) out.languages = r.languages;
  else if (given(r.languages)) problems.push('copydesk.languages must be a list of language ids');

  if (typeof r.defaultYear === 'number' && Number.isInteger(r.defaultYear) && r.defaultYear >= 1 && r.defaultYear <= 9999) out.defaultYear = r.defaultYear;
  else if (given(r.defaultYear)) problems.push('copydesk.defaultYear must be a whole year such as 2016, or empty');

  if (typeof r.preset === 'string' && PRESETS[r.preset]) out.preset = r.preset;
  else if (given(r.preset)) problems.push(`copydesk.preset: no preset ${JSON.stringify(r.preset)} (use ${Object.keys(PRESETS).join(', ')})`);

  if (typeof r.maxFileSize === 'number' && Number.isFinite(r.maxFileSize) && r.maxFileSize > 0) out.maxFileSize = r.maxFileSize;
  else if (given(r.maxFileSize)) problems.push('copydesk.maxFileSize must be a number of megabytes greater than 0');

  if (isObject(r.acronyms)) {
    for (const [k, v] of Object.entries(r.acronyms)) {
      if (typeof v === 'string') out.acronyms[k] = v;
      else problems.push(`copydesk.acronyms["${k}"] must be a string`);
    }
  } else if (given(r.acronyms)) problems.push('copydesk.acronyms must be an object of short form → expansion');

  if (Array.isArray(r.accept)) {
    out.accept = r.accept.filter((w): w is string => typeof w === 'string');
    if (out.accept.length !== r.accept.length) problems.push('copydesk.accept entries must be strings');
  } else if (given(r.accept)) problems.push('copydesk.accept must be a list of words and names');

  if (Array.isArray(r.substitutions)) {
    r.substitutions.forEach((s, i) => {
      const checked = substitution(s, `copydesk.substitutions[${i}]`);
      if (typeof checked === 'string') problems.push(checked);
      else out.substitutions.push(checked);
    });
  } else if (given(r.substitutions)) problems.push('copydesk.substitutions must be a list of { "flag", "suggest" } or { "pattern", "suggest" }');

  if (isObject(r.rules)) {
    for (const [id, sev] of Object.entries(r.rules)) {
      const family = !id.includes('/') && RULES.some((x) => x.family === id);
      if (!family && !RULE_BY_ID.has(id)) problems.push(`copydesk.rules: unknown rule "${id}"`);
      else if (typeof sev !== 'string' || !SEVERITIES.has(sev)) problems.push(`copydesk.rules["${id}"] must be one of off, hint, information, warning, error`);
      else out.rules[id] = sev as SeveritySetting;
    }
  } else if (given(r.rules)) problems.push('copydesk.rules must be an object of rule id → severity');

  return { settings: out, problems };
}

function substitution(s: unknown, where: string): CopydeskSettings['substitutions'][number] | string {
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
