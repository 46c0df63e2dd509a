import { Connection } from 'vscode-languageserver';
import { CopydeskSettings, DEFAULT_SETTINGS } from '../shared';
import { CheckOptions, LanguageKind, RULE_BY_ID, SeveritySetting } from '../checker';

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
    const out: CopydeskSettings = { ...DEFAULT_SETTINGS, rules: {} };
    if (typeof r.enable === 'boolean') out.enable = r.enable;
    else if (r.enable !== undefined && r.enable !== null) this.warn('copydesk.enable must be true or false');
    if (Array.isArray(r.languages) && r.languages.every((l) => typeof l === 'string')) out.languages = r.languages as string[];
    else if (r.languages !== undefined && r.languages !== null) this.warn('copydesk.languages must be a list of language ids');
    if (typeof r.defaultYear === 'number' && Number.isInteger(r.defaultYear)) out.defaultYear = r.defaultYear;
    if (r.rules && typeof r.rules === 'object') {
      for (const [id, sev] of Object.entries(r.rules as Record<string, unknown>)) {
        const family = !id.includes('/');
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

export function checkOptions(settings: CopydeskSettings, languageId: string): CheckOptions {
  const o: CheckOptions = { language: languageKind(languageId), rules: settings.rules };
  if (settings.defaultYear !== null) o.defaultYear = settings.defaultYear;
  return o;
}
