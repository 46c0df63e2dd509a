/**
 * The desktop server's project files: a `file:` draft's `.copydesk.json` is read from disk
 * (node/projectConfig.ts, shared with the CLI, cached by modification time); any other draft's
 * is asked of the client when it can answer (providers/projects.ts).
 */
import * as path from 'path';
import { fileURLToPath } from 'url';
import { findConfig, forgetConfigCache, LoadedConfig, projectOptionsFor } from '../../node/projectConfig';
import { ProjectFile, ProjectFiles } from './providers/projects';

/** The file path of a `file:` URI, else undefined. */
function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class NodeProjectFiles implements ProjectFiles {
  private readonly wrapped = new WeakMap<LoadedConfig, ProjectFile>();

  /** `others`: who finds the project files of drafts that are not on disk (the client), if anyone. */
  constructor(private readonly others: () => ProjectFiles | undefined) {}

  find(uri: string): Promise<ProjectFile | undefined> {
    const draft = filePath(uri);
    if (draft === undefined) return this.others()?.find(uri) ?? Promise.resolve(undefined);
    let loaded: LoadedConfig | undefined;
    try {
      loaded = findConfig(path.dirname(draft));
    } catch {
      loaded = undefined;
    }
    return Promise.resolve(loaded && this.wrap(loaded));
  }

  forget(): void {
    forgetConfigCache();
    this.others()?.forget();
  }

  /** One ProjectFile per loaded file (the loader returns the same object while the file is unchanged). */
  private wrap(loaded: LoadedConfig): ProjectFile {
    let file = this.wrapped.get(loaded);
    if (!file) {
      file = {
        ...loaded,
        optionsFor: (uri) => {
          const draft = filePath(uri);
          return draft === undefined ? loaded.options : projectOptionsFor(loaded, draft);
        },
      };
      this.wrapped.set(loaded, file);
    }
    return file;
  }
}
