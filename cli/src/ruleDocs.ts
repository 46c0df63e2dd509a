/**
 * Rule pages (docs/rules/<family>-<name>.md). The build embeds them in dist/cli-commands.js, as
 * JSON text parsed on first use, so an installed CLI needs no docs folder and a check that prints
 * no page does not build them; compiled without the bundler (tests of out/), they are read from
 * the repository.
 */
import * as fs from 'fs';
import * as path from 'path';

declare const __COPYDESK_RULE_DOCS__: string | undefined;

export { version } from './version';

export const REPOSITORY_URL = 'https://github.com/copydesk/copydesk';

export function pageName(ruleId: string): string {
  return `${ruleId.replace('/', '-')}.md`;
}

export function ruleHelpUri(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${pageName(ruleId)}`;
}

/** The nearest folder above this file that holds `rel`. */
function findUp(rel: string): string | undefined {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, rel))) return path.join(dir, rel);
    if (path.dirname(dir) === dir) return undefined;
  }
}

let pages: Record<string, string> | undefined;

export function rulePages(): Record<string, string> {
  if (pages) return pages;
  if (typeof __COPYDESK_RULE_DOCS__ !== 'undefined') return (pages = JSON.parse(__COPYDESK_RULE_DOCS__) as Record<string, string>);
  const dir = findUp(path.join('docs', 'rules'));
  pages = {};
  for (const f of dir ? fs.readdirSync(dir) : []) if (f.endsWith('.md')) pages[f] = fs.readFileSync(path.join(dir!, f), 'utf8');
  return pages;
}

export function rulePage(ruleId: string): string | undefined {
  return rulePages()[pageName(ruleId)];
}
