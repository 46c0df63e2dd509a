import { Connection } from 'vscode-languageserver';
import { CopydeskSettings, DEFAULT_SETTINGS } from '../../../protocol';
import { CheckOptions, LanguageKind } from '../../../checker';
import { sanitizeSettings } from './sanitize';

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
    const { settings, problems } = sanitizeSettings(raw);
    for (const p of problems) this.warn(p);
    return settings;
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
  if (settings.releaseDate !== null) o.releaseDate = settings.releaseDate;
  return o;
}
