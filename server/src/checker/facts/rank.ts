import { ReleaseDocument } from '../document';
import { mentionFacts, rankMentions } from '../rules/_rank-shared';
import type { TokenFacts } from './index';

/** The rank token (any service form, AP form or spelled out) before a name covering `offset`, with its facts. */
export function rankFactsAt(doc: ReleaseDocument, offset: number): TokenFacts | undefined {
  const m = rankMentions(doc).find((r) => offset >= r.start && offset < r.end);
  return m ? { start: m.start, end: m.end, facts: mentionFacts(m) } : undefined;
}
