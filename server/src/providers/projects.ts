/**
 * Where the server finds a draft's `.copydesk.json`. On the desktop the Node server reads `file:`
 * drafts' project files from disk itself (../nodeProjects.ts); a draft with any other URI
 * (github.dev's `vscode-vfs:`, code-server's `vscode-remote:`), and every draft of the server
 * in a web worker, has its project file read by the client through VS Code's workspace file
 * system (`ProjectFileRequest`). Nothing here touches a file system or assumes a `file:` URI.
 */
import { CheckOptions, parseConfig, ParsedConfig, projectOptionsIn } from '../../../checker';
import { ProjectFileResult } from '../../../protocol/messages';
import { documentOfView } from '../../../protocol';

/** A project file as the server uses it: the same object for as long as the file is unchanged. */
export interface ProjectFile extends ParsedConfig {
  /** Where it is (a file path or a URI), to name it in messages. */
  path: string;
  /** Its options for the draft at `uri`: with the `ignore` entries that name that draft. */
  optionsFor(uri: string): CheckOptions;
}

export interface ProjectFiles {
  /** The project file that applies to the draft at `uri`, if any. */
  find(uri: string): Promise<ProjectFile | undefined>;
  /** A project file was created, changed or deleted somewhere: look again from now on. */
  forget(): void;
}

const URI = /^([a-z][a-z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)/i;

/** The '/'-separated path of `target` from the folder of `file` (both URIs), or undefined when they are on different roots. */
export function relativeUriPath(file: string, target: string): string | undefined {
  const a = URI.exec(file);
  const b = URI.exec(target);
  if (!a || !b || a[1].toLowerCase() !== b[1].toLowerCase() || (a[2] ?? '') !== (b[2] ?? '')) return undefined;
  const segments = (p: string): string[] | undefined => {
    try {
      return p.split('/').filter((s) => s.length > 0).map(decodeURIComponent);
    } catch {
      return undefined; // a malformed escape: no path to compare
    }
  };
  const from = segments(a[3])?.slice(0, -1);
  const to = segments(b[3]);
  if (!from || !to) return undefined;
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

/** At most this much project-file text is read from the client (a project file is a few KB). */
const MAX_PROJECT_FILE = 1024 * 1024;

/**
 * Project files the client reads for the server (`ProjectFileRequest`). One question per draft
 * until a project file changes (`forget`); a file whose text is unchanged stays the same object,
 * so the drafts' cached checks stay valid.
 */
export class ClientProjectFiles implements ProjectFiles {
  private readonly byDraft = new Map<string, Promise<ProjectFile | undefined>>();
  private readonly byFile = new Map<string, { text: string; file: ProjectFile }>();

  constructor(
    private readonly ask: (uri: string) => Promise<ProjectFileResult>,
    private readonly log: (message: string) => void,
  ) {}

  find(uri: string): Promise<ProjectFile | undefined> {
    let found = this.byDraft.get(uri);
    if (!found) {
      found = this.load(uri);
      this.byDraft.set(uri, found);
    }
    return found;
  }

  forget(): void {
    this.byDraft.clear();
  }

  private async load(uri: string): Promise<ProjectFile | undefined> {
    let answer: unknown;
    try {
      answer = await this.ask(uri);
    } catch (err) {
      this.log(`Copydesk could not ask the editor for the project file of ${uri} (${err instanceof Error ? err.message : String(err)}); the draft is checked with the editor settings.`);
      this.byDraft.delete(uri);
      return undefined;
    }
    if (answer === null || answer === undefined) return undefined;
    const a = answer as { uri?: unknown; text?: unknown };
    if (typeof a.uri !== 'string' || typeof a.text !== 'string') {
      this.log(`Copydesk ignored a malformed answer to copydesk/projectFile for ${uri}: it needs a "uri" and a "text".`);
      return undefined;
    }
    if (a.text.length > MAX_PROJECT_FILE) {
      this.log(`Copydesk ignored ${a.uri}: a project file over 1 MB is not a project file.`);
      return undefined;
    }
    const hit = this.byFile.get(a.uri);
    if (hit && hit.text === a.text) return hit.file;
    const at = a.uri;
    const parsed = parseConfig(a.text);
    const file: ProjectFile = { path: at, ...parsed, optionsFor: (draft) => projectOptionsIn(parsed, relativeUriPath(at, documentOfView(draft))) };
    this.byFile.set(at, { text: a.text, file });
    return file;
  }
}
