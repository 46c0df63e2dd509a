import { ReleaseDocument } from '../document/model';
import { dateFacts, resolveYear, scanDates } from '../analysis/date';
import type { TokenFacts } from './index';

/**
 * The date covering `offset` (AP form or any convertible form, in any block), with its AP form
 * and weekday. The year comes from the date, else the release date, else `defaultYear`.
 */
export function dateFactsAt(doc: ReleaseDocument, offset: number, defaultYear?: number): TokenFacts | undefined {
  const block = doc.blockAt(offset) ?? (offset > 0 ? doc.blockAt(offset - 1) : undefined);
  if (!block) return undefined;
  const d = scanDates(doc.text, block).find((x) => x.start <= offset && offset <= x.end);
  if (!d) return undefined;
  return { start: d.start, end: d.end, facts: dateFacts(d, resolveYear(doc, defaultYear, d)) };
}
