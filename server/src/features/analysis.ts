import * as path from 'path';
import { fileURLToPath } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, Finding, mergeOptions, ReleaseDocument, ResolvedOptions, resolveOptions } from '../checker';
import { findConfig, LoadedConfig } from '../projectConfig';
import { CopydeskSettings } from '../shared';
import { checkOptions, SettingsCache } from './settings';
import { forgetInput, skipInput } from './inputGate';
import { untrustedProjectOptions } from './trust';

export interface Analysis {
  version: number;
  release: ReleaseDocument;
  findings: Finding[];
  settings: CopydeskSettings;
  config: LoadedConfig | undefined;
}

/**
 * One check per document version: diagnostics, hovers and code actions for the same version
 * share the result instead of checking again. The project file found above the draft wins over
 * the editor settings; in an untrusted workspace only its rule severities apply.
 */
export class Analyzer {
  private readonly results = new Map<string, Analysis>();
  trusted = true;

  constructor(private readonly settings: SettingsCache) {}

  projectConfig(uri: string): LoadedConfig | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return findConfig(path.dirname(fileURLToPath(uri)));
    } catch {
      return undefined;
    }
  }

  async analyze(doc: TextDocument): Promise<Analysis | undefined> {
    const settings = await this.settings.get(doc.uri);
    if (!settings.enable || !settings.languages.includes(doc.languageId)) return undefined;
    if (skipInput(doc, settings)) return undefined; // too large, binary or not UTF-8: see inputGate.ts
    const config = this.projectConfig(doc.uri);
    const cached = this.results.get(doc.uri);
    if (cached && cached.version === doc.version && cached.settings === settings && cached.config === config) return cached;
    const options = this.options(settings, config, doc.languageId);
    const release = new ReleaseDocument(doc.getText(), options.language);
    const result: Analysis = { version: doc.version, release, findings: checkDocument(release, options), settings, config };
    this.results.set(doc.uri, result);
    return result;
  }

  /** Checks a document that is not open (Check Workspace), without caching it. */
  async analyzeDetached(doc: TextDocument): Promise<Finding[] | undefined> {
    const settings = await this.settings.get(doc.uri);
    if (!settings.enable || !settings.languages.includes(doc.languageId)) return undefined;
    if (skipInput(doc, settings)) return undefined; // see inputGate.ts
    const options = this.options(settings, this.projectConfig(doc.uri), doc.languageId);
    return checkDocument(new ReleaseDocument(doc.getText(), options.language), options);
  }

  /** Editor settings, then the project file over them; untrusted folders keep only its severities. */
  private options(settings: CopydeskSettings, config: LoadedConfig | undefined, languageId: string): ResolvedOptions {
    const project = !config ? {} : this.trusted ? config.options : untrustedProjectOptions(config.options); // trust.ts
    return resolveOptions(mergeOptions(checkOptions(settings, languageId), project));
  }

  /** A closed document: drop its result and its cached settings. */
  forget(uri: string): void {
    this.results.delete(uri);
    this.settings.forget(uri);
    forgetInput(uri);
  }

  clear(): void {
    this.results.clear();
  }
}
