/**
 * The style report of a draft: what a copy chief reads before clearing a release. Pure: built
 * from the document and the findings of one check.
 */
import { ReleaseDocument } from '../document/model';
import { introducedPeople } from '../analysis/people';
import { analyzeAcronyms, firstDefinition } from '../analysis/acronym';
import { quoteSpeaker } from '../analysis/attribution';
import { captionsIn } from '../analysis/caption';
import { analyzeShips } from '../analysis/ship';
import { introducedUnits } from '../analysis/unit';
import { Finding, Severity } from '../types';
import { ranksByServiceForm } from '../data/ranks';
import { STATE_BY_POSTAL } from '../data/states';
import { MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from '../data/months';

/** Where an entry of the report stands in the draft (UTF-16 offsets into its text), so a view can go there. */
export interface Span {
  start: number;
  end: number;
}

export interface StyleReport {
  words: number;
  readingMinutes: number;
  counts: Record<Severity, number>;
  families: Array<{ family: string; error: number; warning: number; information: number; hint: number; fixable: number }>;
  /** Every finding in reading order (hints too), for a report a writer can click through. */
  findings: Array<Span & { rule: string; severity: Severity; message: string }>;
  quotes: Array<Span & { text: string; speaker?: string; line: number }>;
  people: Array<Span & { reference: string; last: string; line: number }>;
  /** The byline(s) as written (`Story by Staff Sgt. Jane Doe`), with their lines. */
  bylines: Array<Span & { text: string; line: number }>;
  /** Short forms a reader may need spelled out, each at its first appearance; never a rank, a state, a month or a weekday. */
  acronyms: Array<Span & { short: string; expansion?: string; definedOnLine?: number }>;
  /** Photo captions: where each is, its first sentence, its credit line and VIRIN if any. */
  captions: Array<Span & { line: number; text: string; credit?: string; virin?: string }>;
  /** Ships named with a prefix, at their first reference (`USS Harry S. Truman (CVN 75)`), and how often named again. */
  ships: Array<Span & { reference: string; line: number; later: number }>;
  /** Units at their first reference (`Destroyer Squadron 23 (DESRON 23)`). */
  units: Array<Span & { reference: string; line: number }>;
  clearance: string;
  /** Before release (issue 15): the privacy, operations security and marking findings, first in the report. */
  beforeRelease: BeforeRelease;
}

/** The `marking/…`, `privacy/…` and `opsec/…` findings of a check, and what they mean for release. */
export interface BeforeRelease {
  findings: Array<Span & { rule: string; severity: Severity; line: number; text: string; message: string }>;
  /** Any of them is an error or a warning: the draft is not ready for release. */
  blocking: boolean;
  /** Always said: Copydesk does not replace the security and policy review. */
  reminder: string;
}

export const BEFORE_RELEASE_FAMILIES: readonly string[] = ['marking', 'privacy', 'opsec'];
export const REVIEW_REMINDER = 'The security and policy review (DoD Instruction 5230.09) still applies: Copydesk does not replace it.';

const WORDS_PER_MINUTE = 238;

const MONTH_OR_WEEKDAY = new Set([
  ...MONTHS.flatMap((m) => [m.name, m.ap.replace('.', ''), m.name.slice(0, 3)]),
  ...WEEKDAYS,
  ...WEEKDAY_ABBREVIATIONS.keys(),
].map((w) => w.toUpperCase()));

/**
 * Capitals that are not an acronym a reader needs spelled out: a rank in a service's form (`SSG`,
 * `SFC`, `CPT`), a state's postal code (`KY`), a month or weekday in capitals (`OCT`, `MON`).
 * The checks have their own rules for these; the report's acronym list never shows them.
 */
function isOtherShortForm(short: string): boolean {
  return ranksByServiceForm(short).length > 0 || STATE_BY_POSTAL.has(short) || MONTH_OR_WEEKDAY.has(short);
}

export function styleReport(doc: ReleaseDocument, findings: Finding[], options: { acronyms?: Record<string, string> } = {}): StyleReport {
  const prose = doc.blocks.filter((b) => b.kind === 'body' || b.kind === 'headline').map((b) => doc.text.slice(b.start, b.end)).join(' ');
  const words = (prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const byFamily = new Map<string, StyleReport['families'][number]>();
  for (const f of findings) {
    counts[f.severity]++;
    const family = f.rule.split('/')[0];
    const row = byFamily.get(family) ?? { family, error: 0, warning: 0, information: 0, hint: 0, fixable: 0 };
    row[f.severity]++;
    if (f.fix) row.fixable++;
    byFamily.set(family, row);
  }
  const line = (offset: number): number => doc.positionAt(offset).line + 1;
  let previous: { block: unknown; speaker: string | undefined } | undefined;
  const quotes = doc.quotes.map((q) => {
    // A quotation that goes on after its attribution (`"…," Carter said. "…"`) is the same speaker's.
    const block = doc.blockAt(q.start);
    const speaker = quoteSpeaker(doc, q) ?? (previous?.block === block ? previous?.speaker : undefined);
    previous = { block, speaker };
    const text = doc.text.slice(q.start, q.end).replace(/\s+/g, ' ');
    return { text: text.length > 90 ? `${text.slice(0, 89)}…` : text, ...(speaker ? { speaker } : {}), line: line(q.start), start: q.start, end: q.end };
  });
  const bylines = doc.blocks
    .filter((b) => b.kind === 'byline')
    .map((b) => ({ text: doc.text.slice(b.start, b.end).replace(/\s+/g, ' '), line: line(b.start), start: b.start, end: b.end }));
  const people = introducedPeople(doc).map((p) => ({ reference: p.reference, last: p.last, line: line(p.start), start: p.start, end: p.end }));
  const acronyms = [...analyzeAcronyms(doc, options.acronyms ?? {}).values()]
    .filter((a) => (a.uses.length > 0 || a.parens.length > 0) && !isOtherShortForm(a.short))
    .map((a) => {
      const def = firstDefinition(a);
      const phrase = def?.phraseStart !== undefined && def.phraseEnd !== undefined ? doc.text.slice(def.phraseStart, def.phraseEnd) : undefined;
      const expansion = phrase ?? a.known;
      const first = [...a.uses.map((u) => u.start), ...a.parens.map((p) => (p.paren ? doc.text.indexOf(a.short, p.paren.start) : p.at))].sort((x, y) => x - y)[0];
      return { short: a.short, ...(expansion ? { expansion } : {}), ...(def ? { definedOnLine: line(def.at) } : {}), start: first, end: first + a.short.length };
    })
    .sort((a, b) => a.short.localeCompare(b.short));
  const captions = captionsIn(doc).map((c) => {
    const first = doc.text.slice(c.first.start, c.first.end).replace(/\s+/g, ' ');
    return {
      line: line(c.block.start),
      start: c.first.start,
      end: c.first.end,
      text: first.length > 90 ? `${first.slice(0, 89)}…` : first,
      ...(c.credit ? { credit: doc.text.slice(c.credit.start, c.credit.end) } : {}),
      ...(c.virins.length > 0 ? { virin: c.virins[0].text } : {}),
    };
  });
  const beforeRelease = beforeReleaseOf(doc, findings);
  const clearance = clearanceLine(counts, beforeRelease.blocking);
  return {
    words,
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    counts,
    families: [...byFamily.values()].sort((a, b) => a.family.localeCompare(b.family)),
    findings: [...findings].sort((a, b) => a.start - b.start || a.end - b.end).map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, start: f.start, end: f.end })),
    quotes,
    people,
    bylines,
    acronyms,
    captions,
    ...militaryParts(doc),
    clearance,
    beforeRelease,
  };
}

/**
 * The line a writer trusts before release. It counts exactly what the Problems panel lists
 * (errors, warnings and notes; hints are dots in the editor, not problems), then says what they mean.
 */
function clearanceLine(counts: Record<Severity, number>, blockingBeforeRelease: boolean): string {
  const n = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  const problems = `${n(counts.error, 'error')}, ${n(counts.warning, 'warning')}, ${n(counts.information, 'note')}`;
  if (counts.error > 0) return `${problems}: not ready for release`;
  if (blockingBeforeRelease) return `${problems}: not ready for release (privacy and security)`;
  if (counts.warning > 0) return `${problems}: review before release`;
  return `${problems}: ready for release`;
}

/** The ships and units of the report, each at its first reference. */
export function militaryParts(doc: ReleaseDocument): Pick<StyleReport, 'ships' | 'units'> {
  const line = (offset: number): number => doc.positionAt(offset).line + 1;
  const flat = (a: number, b: number): string => doc.text.slice(a, b).replace(/\s+/g, ' ');
  return {
    ships: analyzeShips(doc).map((s) => {
      const { start, end } = s.mentions[0];
      return { reference: flat(start, end), line: line(start), later: s.mentions.length - 1, start, end };
    }),
    units: introducedUnits(doc).map((u) => ({ reference: flat(u.start, u.end), line: line(u.start), start: u.start, end: u.end })),
  };
}

/** The report's Ships and Units sections (none for a release that names neither). */
export function militaryMarkdown(r: Pick<StyleReport, 'ships' | 'units'>): string[] {
  const out: string[] = [];
  if (r.ships.length > 0) {
    out.push('## Ships', '');
    for (const s of r.ships) out.push(`- line ${s.line}: ${s.reference}${s.later > 0 ? ` (named again with its prefix ${s.later} time${s.later === 1 ? '' : 's'})` : ''}`);
    out.push('');
  }
  if (r.units.length > 0) {
    out.push('## Units', '');
    for (const u of r.units) out.push(`- line ${u.line}: ${u.reference}`);
    out.push('');
  }
  return out;
}

export function reportMarkdown(title: string, r: StyleReport): string {
  const out: string[] = [`# Copydesk style report: ${title}`, '', `**${r.clearance}**. ${r.beforeRelease.reminder}`, ''];
  out.push(...beforeReleaseMarkdown(r.beforeRelease));
  out.push(`${r.words} words, about ${r.readingMinutes} minute${r.readingMinutes === 1 ? '' : 's'} to read. `);
  const n = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  out.push(`${n(r.counts.error, 'error')}, ${n(r.counts.warning, 'warning')}, ${n(r.counts.information, 'note')}, ${n(r.counts.hint, 'hint')}.`, '');
  out.push('## Findings by rule family', '');
  if (r.families.length === 0) out.push('None.', '');
  else {
    out.push('| family | errors | warnings | notes | hints | fixable |', '|---|---:|---:|---:|---:|---:|');
    for (const f of r.families) out.push(`| ${f.family} | ${f.error} | ${f.warning} | ${f.information} | ${f.hint} | ${f.fixable} |`);
    out.push('');
  }
  out.push('## Quotes and who is quoted', '');
  if (r.quotes.length === 0) out.push('No direct quotations.', '');
  for (const q of r.quotes) out.push(`- line ${q.line}: ${q.speaker ? `**${q.speaker}**` : '*(no attribution found)*'}: ${q.text}`);
  if (r.bylines.length > 0) {
    out.push('', '## Byline', '');
    for (const b of r.bylines) out.push(`- line ${b.line}: ${b.text}`);
  }
  out.push('', '## People and their first references', '');
  if (r.people.length === 0) out.push('Nobody is introduced with a title or rank and full name.', '');
  for (const p of r.people) out.push(`- line ${p.line}: ${p.reference} (later: ${p.last})`);
  out.push('', '## Acronyms', '');
  if (r.acronyms.length === 0) out.push('None.', '');
  for (const a of r.acronyms) {
    out.push(`- **${a.short}**: ${a.expansion ?? '*(no expansion)*'}${a.definedOnLine ? ` (spelled out on line ${a.definedOnLine})` : ''}`);
  }
  if (r.captions.length > 0) {
    out.push('', '## Photo captions', '');
    for (const c of r.captions) {
      const extra = [c.credit ?? '*(no credit line)*', ...(c.virin ? [`VIRIN ${c.virin}`] : [])].join(', ');
      out.push(`- line ${c.line}: ${c.text} ${extra}`);
    }
  }
  out.push('');
  out.push(...militaryMarkdown(r));
  return out.join('\n');
}

/** Before release: the privacy, security and marking findings, one line each (kept apart from the other sections). */
function beforeReleaseOf(doc: ReleaseDocument, findings: Finding[]): BeforeRelease {
  const ours = findings.filter((f) => BEFORE_RELEASE_FAMILIES.includes(f.rule.split('/')[0]));
  return {
    findings: ours.map((f) => {
      const text = doc.original.slice(f.start, f.end).replace(/\s+/g, ' ');
      return { rule: f.rule, severity: f.severity, line: doc.positionAt(f.start).line + 1, start: f.start, end: f.end, text: text.length > 60 ? `${text.slice(0, 59)}…` : text, message: f.message };
    }),
    blocking: ours.some((f) => f.severity === 'error' || f.severity === 'warning'),
    reminder: REVIEW_REMINDER,
  };
}

function beforeReleaseMarkdown(b: BeforeRelease): string[] {
  const out = ['## Before release: privacy and security', ''];
  if (b.findings.length === 0) out.push('Copydesk found no markings, personal details or movement details to check.', '');
  else {
    for (const f of b.findings) out.push(`- line ${f.line}: **${f.rule}** (${f.severity}) "${f.text}": ${f.message}`);
    out.push('');
  }
  return out;
}
