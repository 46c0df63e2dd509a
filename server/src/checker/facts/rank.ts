import { ReleaseDocument } from '../document';
import type { TokenFacts } from './index';

/** The rank token (any service form, AP form or spelled out) covering `offset`, with its facts. */
export function rankFactsAt(doc: ReleaseDocument, offset: number): TokenFacts | undefined {
  void doc;
  void offset;
  return undefined; // filled in with the rank tables
}
