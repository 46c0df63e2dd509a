import { Connection } from 'vscode-languageserver';
import { CopydeskSettings, DEFAULT_SETTINGS } from '../shared';
import { CheckOptions, LanguageKind, PRESETS, RULE_BY_ID, RULES, SeveritySetting } from '../checker';

const SEVERITIES = new Set(['off', 'hint', 'information', 'warning', 'error']);

/**
 * Settings are read per document (scopeUri) and cached per URI; a configuration change clears
 * the cache. Clients without `workspace/configuration` get the defaults.
 */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<CopydeskSettings>>();
  supportsConfiguration = false;
  /** Problems found in the user's settings, reported once per distinct message. */
  readonly warnings = new Set<string>();

  constructor(private readonly connection: Connection) {}

  get(uri: string): Promise<CopydeskSettings> {
    if (!this.supportsConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
    let s = this.cache.get(uri);
    if (!s) {
      s = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'copydesk' })
        .then((raw: unknown) => this.sanitize(raw), () => DEFAULT_SETTINGS);
      this.cache.set(uri, s);
    }
    return s;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }

  /** Bad values never crash: each is named in a warning and the default applies in its place. */
  private sanitize(raw: unknown): CopydeskSettings {
    const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const out: CopydeskSettings = { ...DEFAULT_SETTINGS, rules: {}, acronyms: {}, accept: [], substitutions: [] };
    if (typeof r.enable === 'boolean') out.enable = r.enable;
    else if (r.enable !== undefined && r.enable !== null) this.warn('copydesk.enable must be true or false');
    if (Array.isArray(r.languages) && r.languages.every((l) => typeof l === 'string')) out.languages = r.languages as string[];
    else if (r.languages !== undefined && r.languages !== null) this.warn('copydesk.languages must be a list of language ids');
    if (typeof r.defaultYear === 'number' && Number.isInteger(r.defaultYear)) out.defaultYear = r.defaultYear;
    if (typeof r.preset === 'string' && PRESETS[r.preset]) out.preset = r.preset;
    else if (r.preset !== undefined && r.preset !== null) this.warn(`copydesk.preset: no preset "${String(r.preset)}" (use ${Object.keys(PRESETS).join(', ')})`);
    if (r.acronyms && typeof r.acronyms === 'object' && !Array.isArray(r.acronyms)) {
      for (const [k, v] of Object.entries(r.acronyms as Record<string, unknown>)) {
        if (typeof v === 'string') out.acronyms[k] = v;
        else this.warn(`copydesk.acronyms["${k}"] must be a string`);
      }
    }
    if (Array.isArray(r.accept)) out.accept = r.accept.filter((w): w is string => typeof w === 'string');
    if (Array.isArray(r.substitutions)) {
      for (const s of r.substitutions as unknown[]) {
        const o = s as Record<string, unknown> | null;
        if (o && typeof o.flag === 'string' && o.flag.trim() && typeof o.suggest === 'string') {
          out.substitutions.push({ flag: o.flag, suggest: o.suggest, ...(typeof o.message === 'string' ? { message: o.message } : {}) });
        } else this.warn('copydesk.substitutions entries need a non-empty "flag" and a "suggest" string');
      }
    }
    if (r.rules && typeof r.rules === 'object') {
      for (const [id, sev] of Object.entries(r.rules as Record<string, unknown>)) {
        const family = !id.includes('/') && RULES.some((x) => x.family === id);
        if (!family && !RULE_BY_ID.has(id)) this.warn(`copydesk.rules: unknown rule "${id}"`);
        else if (typeof sev !== 'string' || !SEVERITIES.has(sev)) this.warn(`copydesk.rules["${id}"] must be one of off, hint, information, warning, error`);
        else out.rules[id] = sev as SeveritySetting;
      }
    }
    return out;
  }

  private warn(message: string): void {
    if (this.warnings.has(message)) return;
    this.warnings.add(message);
    void this.connection.window.showWarningMessage(`Copydesk: ${message}; using the default.`);
  }
}

export function languageKind(languageId: string): LanguageKind {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'plaintext') return 'plaintext';
  return 'press-release';
}

/** The editor settings as checker options (the project file, if any, is layered on top). */
export function checkOptions(settings: CopydeskSettings, languageId: string): CheckOptions {
  const o: CheckOptions = {
    language: languageKind(languageId),
    preset: settings.preset,
    rules: settings.rules,
    acronyms: settings.acronyms,
    accept: settings.accept,
    substitutions: settings.substitutions,
  };
  if (settings.defaultYear !== null) o.defaultYear = settings.defaultYear;
  return o;
}
