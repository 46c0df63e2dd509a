/**
 * Finds and reads `.copydesk.json` by walking up from a draft's folder. Shared by the language
 * server and the CLI so one file drives both. Reads are cached by path and modification time.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CheckOptions, parseConfig, ParsedConfig, projectOptionsIn } from '../checker';
import { CONFIG_NAME } from '../protocol';

export { CONFIG_NAME };

export interface LoadedConfig extends ParsedConfig {
  path: string;
}

const cache = new Map<string, { mtimeMs: number; size: number; loaded: LoadedConfig }>();

export function readConfigFile(file: string): LoadedConfig {
  const stat = fs.statSync(file);
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.loaded;
  const loaded = { path: file, ...parseConfig(fs.readFileSync(file, 'utf8')) };
  cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, loaded });
  return loaded;
}

/** The nearest `.copydesk.json` at or above `dir`, stopping at `stopAt` when given. */
export function findConfig(dir: string, stopAt?: string): LoadedConfig | undefined {
  let current = path.resolve(dir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    const candidate = path.join(current, CONFIG_NAME);
    try {
      if (fs.statSync(candidate).isFile()) return readConfigFile(candidate);
    } catch {
      // Not here (or unreadable): keep walking up.
    }
    const parent = path.dirname(current);
    if (parent === current || current === stop) return undefined;
    current = parent;
  }
}

export function forgetConfigCache(): void {
  cache.clear();
}

/**
 * What a project file sets for one draft (an absolute path): its options, and the `ignore`
 * entries that name this draft by its path from the project file's folder.
 */
export function projectOptionsFor(config: LoadedConfig, draft: string): CheckOptions {
  return projectOptionsIn(config, path.relative(path.dirname(config.path), draft));
}
