import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeShips, introducedPeople, introducedUnits, ReleaseDocument } from '../../../checker';
import { Analysis } from './analysis';
import { toRange } from './convert';

const MAX_NAME = 60;

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_NAME ? `${one.slice(0, MAX_NAME - 1)}…` : one;
}

/** Outline: headline, byline, dateline, each person, ship and unit on first reference, direct quotations and the end mark, in document order. */
export function documentSymbols(analysis: Analysis, doc: TextDocument): DocumentSymbol[] {
  const r = analysis.release;
  const symbols: DocumentSymbol[] = [];
  const add = (name: string, detail: string, kind: SymbolKind, start: number, end: number): void => {
    const range = toRange(doc, start, end);
    symbols.push({ name: clip(name) || detail, detail, kind, range, selectionRange: range });
  };
  if (r.headline) add(r.text.slice(r.headline.start, r.headline.end), 'headline', SymbolKind.String, r.headline.start, r.headline.end);
  if (r.dateline) add(r.dateline.place, 'dateline', SymbolKind.Namespace, r.dateline.start, r.dateline.end);
  for (const p of introducedPeople(r)) add(p.reference, 'first reference', SymbolKind.Field, p.start, p.end);
  for (const q of r.quotes) add(r.text.slice(q.start, q.end), 'quote', SymbolKind.Event, q.start, q.end);
  for (const m of militarySymbols(r)) add(m.name, m.detail, m.kind, m.start, m.end);
  for (const b of r.blocks) if (b.kind === 'byline') add(r.text.slice(b.start, b.end), 'byline', SymbolKind.Constructor, b.start, b.end);
  for (const b of r.blocks) if (b.kind === 'endmark') add(r.text.slice(b.start, b.end), 'end mark', SymbolKind.Null, b.start, b.end);
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Ships and units at their first reference: `USS Harry S. Truman (CVN 75)` (ship), `Destroyer Squadron 23 (DESRON 23)` (unit). */
export function militarySymbols(r: ReleaseDocument): Array<{ name: string; detail: string; kind: SymbolKind; start: number; end: number }> {
  const out: Array<{ name: string; detail: string; kind: SymbolKind; start: number; end: number }> = [];
  for (const ship of analyzeShips(r)) {
    const first = ship.mentions[0];
    out.push({ name: r.text.slice(first.start, first.end), detail: 'ship', kind: SymbolKind.Object, start: first.start, end: first.end });
  }
  for (const u of introducedUnits(r)) out.push({ name: r.text.slice(u.start, u.end), detail: 'unit', kind: SymbolKind.Struct, start: u.start, end: u.end });
  return out;
}
