import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { changedSpan, CheckState, checkDocument, Finding, fullState, mergeOptions, outsideRelease, recheck, ReleaseDocument, ResolvedOptions, resolveOptions, StyledParagraph } from '../../../checker';
import { ProjectFile, ProjectFiles } from './projects';
import { CopydeskSettings, isWordDocumentPart } from '../../../protocol';
import { checkOptions, SettingsCache } from './settings';
import { forgetInput, skipInput } from './inputGate';
import { untrustedProjectOptions } from './trust';
import { NO_STYLES, ParagraphStyles, ViewStyles } from './styles';

export interface Analysis {
  version: number;
  release: ReleaseDocument;
  findings: Finding[];
  settings: CopydeskSettings;
  config: ProjectFile | undefined;
  /** What the next version's incremental check starts from. */
  state: CheckState;
  languageId: string;
  trusted: boolean;
  /** The paragraph styles the client read for a Word document's view (styles.ts), if any. */
  styles: ViewStyles | undefined;
}

/**
 * The shared check's result for this caller: unless it cancelled its request meanwhile
 * (`cancelledError`), or the document moved on past the version checked (`staleError`).
 */
function ownAnswer(analysis: Analysis, doc: TextDocument, token: CancellationToken | undefined): Analysis {
  if (token?.isCancellationRequested) throw cancelledError();
  if (analysis.version !== doc.version) throw staleError();
  return analysis;
}

/**
 * Thrown when a newer version of the document arrived before the check ran: ContentModified
 * (-32801). Pull diagnostics answer it as ServerCancelled with `retriggerRequest` (diagnostics.ts).
 */
export function staleError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.ContentModified, 'The document changed; a newer check follows.');
}

/** Thrown when the client cancelled the request ($/cancelRequest): RequestCancelled (-32800), as LSP 3.17 asks. */
export function cancelledError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

/** `YYYY-MM-DD` of a moment, in local time (the writer's day). */
export function localDay(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The next turn of the event loop: what arrived meanwhile (an edit, a cancellation) is read first. */
const nextTurn: () => Promise<void> =
  typeof setImmediate === 'function' ? () => new Promise((resolve) => setImmediate(resolve)) : () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Editor settings, then the project file over them (with the `ignore` entries naming the draft at
 * `uri`); untrusted folders keep only its severities.
 */
export function analysisOptions(settings: CopydeskSettings, config: ProjectFile | undefined, languageId: string, trusted: boolean, uri: string): ResolvedOptions {
  const own = config?.optionsFor(uri);
  const project = !own ? {} : trusted ? own : untrustedProjectOptions(own); // trust.ts
  // The day of the check (what "future" means to the opsec rules without a release date): read here, never in the checker.
  return resolveOptions(mergeOptions({ today: localDay(new Date()) }, checkOptions(settings, languageId), project));
}

/**
 * A full check of the document as it is now, under these settings and project file: the analysis
 * the server makes of a draft it has not checked before in this setup (later versions are
 * re-checked incrementally from its `state`). Pure: the features (hover.ts, completion.ts, …) can
 * be tested on it in-process.
 */
export function analyse(
  doc: TextDocument,
  settings: CopydeskSettings,
  config: ProjectFile | undefined,
  trusted: boolean,
  styles?: { read: ViewStyles; now: StyledParagraph[] },
): Analysis {
  const options = analysisOptions(settings, config, doc.languageId, trusted, doc.uri);
  return analysisOf(doc, fullState(releaseOf(doc, options, styles?.now), options), settings, config, trusted, styles?.read);
}

/** The document as rules read it; a Word document's view with its Title, Heading and Caption paragraphs where they now are. */
function releaseOf(doc: TextDocument, options: ResolvedOptions, styles: StyledParagraph[] | undefined): ReleaseDocument {
  return styles ? ReleaseDocument.styled(doc.getText(), options.language, styles) : new ReleaseDocument(doc.getText(), options.language);
}

function analysisOf(doc: TextDocument, state: CheckState, settings: CopydeskSettings, config: ProjectFile | undefined, trusted: boolean, styles: ViewStyles | undefined): Analysis {
  // A Word document's header or footnotes (its view's URI says which part) is not a release.
  const findings = isWordDocumentPart(doc.uri) ? outsideRelease(state.findings) : state.findings;
  return { version: doc.version, release: state.doc, findings, settings, config, state, languageId: doc.languageId, trusted, styles };
}

/**
 * One check per document version: diagnostics, hovers and code actions for the same version
 * share the result instead of checking again. The project file found above the draft wins over
 * the editor settings; in an untrusted workspace only its rule severities apply.
 */
export class Analyzer {
  private readonly results = new Map<string, Analysis>();
  /** Checks under way, one per document, so that requests for the same version wait for it. */
  private readonly running = new Map<
    string,
    { version: number; settings: CopydeskSettings; config: ProjectFile | undefined; trusted: boolean; styles: ViewStyles | undefined; result: Promise<Analysis> }
  >();
  trusted = true;

  constructor(
    private readonly settings: SettingsCache,
    readonly projects: ProjectFiles,
    readonly styles: ParagraphStyles = NO_STYLES,
  ) {}

  /**
   * The analysis of the document as it is when the request arrived. If a newer edit arrives (the
   * server's documents are updated in place) before the check starts, it throws `staleError()`; if
   * the client cancels the request meanwhile, `cancelledError()`: a request never gets diagnostics
   * for a version already replaced, and a cancelled one never waits for a check of its own.
   */
  async analyze(doc: TextDocument, token?: CancellationToken): Promise<Analysis | undefined> {
    const version = doc.version;
    const settings = await this.settings.get(doc.uri);
    if (token?.isCancellationRequested) throw cancelledError();
    if (!settings.enable || !settings.languages.includes(doc.languageId)) return undefined;
    const config = await this.projects.find(doc.uri);
    if (token?.isCancellationRequested) throw cancelledError();
    const styles = await this.styles.find(doc.uri);
    if (token?.isCancellationRequested) throw cancelledError();
    const cached = this.results.get(doc.uri);
    const sameSetup =
      cached !== undefined && cached.settings === settings && cached.config === config && cached.trusted === this.trusted && cached.languageId === doc.languageId && cached.styles === styles;
    if (cached && sameSetup && cached.version === doc.version) return cached;
    if (skipInput(doc, settings)) return undefined; // too large, binary or not UTF-8: see inputGate.ts
    // Diagnostics, code actions and hovers for one edit arrive together: they share one check.
    // Each caller's own cancellation is honoured after it, so one cancelled request fails no other.
    const running = this.running.get(doc.uri);
    if (
      running &&
      running.version === version &&
      running.settings === settings &&
      running.config === config &&
      running.trusted === this.trusted &&
      running.styles === styles
    ) {
      return ownAnswer(await running.result, doc, token);
    }
    const result = this.check(doc, version, settings, config, styles, cached && sameSetup ? cached : undefined);
    const entry = { version, settings, config, trusted: this.trusted, styles, result };
    this.running.set(doc.uri, entry);
    try {
      const analysis = await result;
      // Not kept for a document closed (forgotten) while it was being checked.
      if (this.running.get(doc.uri) === entry) this.results.set(doc.uri, analysis);
      return ownAnswer(analysis, doc, token);
    } finally {
      if (this.running.get(doc.uri) === entry) this.running.delete(doc.uri);
    }
  }

  private async check(
    doc: TextDocument,
    version: number,
    settings: CopydeskSettings,
    config: ProjectFile | undefined,
    styles: ViewStyles | undefined,
    previous: Analysis | undefined,
  ): Promise<Analysis> {
    // Read whatever arrived while settings were fetched (a newer edit, a cancellation) before checking.
    await nextTurn();
    if (doc.version !== version) throw staleError();
    const text = doc.getText();
    const now = styles && this.styles.at(doc.uri, styles, version, text);
    if (!previous) return analyse(doc, settings, config, this.trusted, styles && now && { read: styles, now });
    // The same setup as the last version: re-check only what the edit can have changed. A styled
    // view is read again with its styles as they now stand (moved edit by edit, never by the one
    // span from the last check's text, which can join edits far apart).
    const span = changedSpan(previous.state.doc.original, text);
    const styled = now !== undefined && (now.length > 0 || previous.state.doc.styles.length > 0);
    const next = styled ? releaseOf(doc, previous.state.options, now) : previous.state.doc.edited(span.start, span.end, span.newText, text);
    const state = recheck(previous.state, next, previous.state.options, span);
    return analysisOf(doc, state, settings, config, this.trusted, styles);
  }

  /** Checks a document that is not open (Check Workspace), without caching it. */
  async analyzeDetached(doc: TextDocument): Promise<Finding[] | undefined> {
    const settings = await this.settings.get(doc.uri);
    if (!settings.enable || !settings.languages.includes(doc.languageId)) return undefined;
    if (skipInput(doc, settings)) return undefined; // see inputGate.ts
    const options = analysisOptions(settings, await this.projects.find(doc.uri), doc.languageId, this.trusted, doc.uri);
    return checkDocument(new ReleaseDocument(doc.getText(), options.language), options);
  }

  /** A closed document: drop its result and its cached settings. */
  forget(uri: string): void {
    this.results.delete(uri);
    this.styles.forget(uri);
    this.running.delete(uri);
    this.settings.forget(uri);
    forgetInput(uri);
  }

  clear(): void {
    this.results.clear();
  }
}
