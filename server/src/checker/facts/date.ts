import { ReleaseDocument } from '../document';
import type { TokenFacts } from './index';

/** The date covering `offset`, with its AP form and weekday. */
export function dateFactsAt(doc: ReleaseDocument, offset: number): TokenFacts | undefined {
  void doc;
  void offset;
  return undefined; // filled in with the date parser
}
