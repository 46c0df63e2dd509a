import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, Finding, ReleaseDocument, resolveOptions } from '../checker';
import { CopydeskSettings } from '../shared';
import { checkOptions, SettingsCache } from './settings';

export interface Analysis {
  version: number;
  release: ReleaseDocument;
  findings: Finding[];
  settings: CopydeskSettings;
}

/**
 * One check per document version: diagnostics, hovers and code actions for the same version
 * share the result instead of checking again.
 */
export class Analyzer {
  private readonly results = new Map<string, Analysis>();

  constructor(private readonly settings: SettingsCache) {}

  async analyze(doc: TextDocument): Promise<Analysis | undefined> {
    const settings = await this.settings.get(doc.uri);
    if (!settings.enable || !settings.languages.includes(doc.languageId)) return undefined;
    const cached = this.results.get(doc.uri);
    if (cached && cached.version === doc.version && cached.settings === settings) return cached;
    const options = resolveOptions(checkOptions(settings, doc.languageId));
    const release = new ReleaseDocument(doc.getText(), options.language);
    const result: Analysis = { version: doc.version, release, findings: checkDocument(release, options), settings };
    this.results.set(doc.uri, result);
    return result;
  }

  forget(uri: string): void {
    this.results.delete(uri);
  }

  clear(): void {
    this.results.clear();
  }
}
