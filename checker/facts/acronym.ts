import { ReleaseDocument } from '../document/model';
import type { TokenFacts } from './index';
import { acronymFacts, analyzeAcronyms, baseForm } from '../analysis/acronym';

/**
 * The short form covering `offset` in body text (`ISF`, `CENTCOM`), with its expansion and
 * where the release spells it out. `extra` is the project's acronym table (options.acronyms).
 */
export function acronymFactsAt(doc: ReleaseDocument, offset: number, extra: Record<string, string> = {}): TokenFacts | undefined {
  const text = doc.text;
  let start = offset;
  while (start > 0 && /[A-Za-z]/.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && /[A-Za-z]/.test(text[end])) end++;
  const form = end > start ? baseForm(text.slice(start, end)) : undefined;
  if (!form) return undefined;
  const info = analyzeAcronyms(doc, extra).get(form.base);
  if (!info) return undefined;
  return { start, end: start + form.base.length, facts: acronymFacts(doc, info) };
}
