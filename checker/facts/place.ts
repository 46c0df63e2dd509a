import { ReleaseDocument } from '../document/model';
import { StateInfo, STATE_BY_POSTAL } from '../data/states';
import { datelinePlace } from '../analysis/place';
import type { TokenFacts } from './index';

function stateFacts(s: StateInfo): TokenFacts['facts'] {
  return {
    heading: s.name,
    lines: [
      `In body text: ${s.postal === 'DC' ? 'D.C.' : s.name}`,
      `AP dateline form: ${s.ap ?? `${s.name} (AP never abbreviates it)`}`,
      `Postal code (never in text): ${s.postal}`,
    ],
  };
}

/**
 * The state covering `offset`: the dateline's state in any form, or a postal code after a comma in
 * the text (`Fort Bragg, NC`), with its body-text, dateline and postal forms.
 */
export function placeFactsAt(doc: ReleaseDocument, offset: number): TokenFacts | undefined {
  const p = datelinePlace(doc);
  if (p?.state && p.stateStart <= offset && offset <= p.stateEnd) return { start: p.stateStart, end: p.stateEnd, facts: stateFacts(p.state) };
  const text = doc.text;
  let start = offset;
  while (start > 0 && /[A-Z]/.test(text[start - 1])) start--;
  const end = start + 2;
  if (text.slice(start - 2, start) !== ', ' || /[A-Za-z]/.test(text[end] ?? '')) return undefined;
  const s = STATE_BY_POSTAL.get(text.slice(start, end));
  return s && offset <= end ? { start, end, facts: stateFacts(s) } : undefined;
}
