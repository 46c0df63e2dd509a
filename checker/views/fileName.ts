/**
 * The file name a new draft is saved under: its headline as words joined by hyphens
 * (`Army Reserve unit deploys to Poland` → `army-reserve-unit-deploys-to-poland`), read the way
 * the rules read the draft, so a caps headline, a headline below furniture or a byline all count.
 */
import { ReleaseDocument } from '../document/model';
import type { LanguageKind } from '../types';

/** The template's placeholder headline: a draft still showing it has no headline of its own. */
export const PLACEHOLDER_HEADLINE = 'Headline in sentence case without a period';

/** At most this many characters before the extension, cut at a word boundary. */
const MAX_STEM = 60;

/** The headline's file name stem, or undefined when the draft has no headline of its own yet. */
export function headlineFileStem(text: string, language: LanguageKind = 'press-release'): string | undefined {
  const doc = new ReleaseDocument(text, language);
  const headline = doc.headline;
  if (!headline) return undefined;
  const line = doc.text.slice(headline.start, headline.end).trim();
  if (line === PLACEHOLDER_HEADLINE) return undefined;
  const words = line
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  let stem = '';
  for (const w of words) {
    const next = stem ? `${stem}-${w}` : w;
    if (next.length > MAX_STEM) break;
    stem = next;
  }
  // One word longer than the limit on its own: cut it rather than name the file nothing.
  if (!stem && words.length > 0) stem = words[0].slice(0, MAX_STEM);
  return stem || undefined;
}
