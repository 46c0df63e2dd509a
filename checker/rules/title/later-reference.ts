import { Fix, Rule } from '../../types';
import { ReleaseDocument } from '../../document/model';
import { OFFICE_ABBREVIATIONS, TITLES } from '../../data/titles';
import { parseName, rankMentions } from '../../analysis/rank';
import { perDocument } from '../../engine/cache';
import { classifyRankForm } from '../../data/ranks';
import { NOT_NAMES } from '../../lex/text';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Titles that stand before a name (`Secretary of the Army`, `Defense Secretary`, `Secretary`), longest first. */
const TITLE_ALTERNATION = [...TITLES].sort((a, b) => b.cap.length - a.cap.length).map((e) => escape(e.cap)).join('|');
/** A title before a last name alone: `Secretary of the Army Smith said` (group 1 the title, group 2 the name). */
const TITLE_LAST = new RegExp(`(?<![\\p{L}\\p{N}])(${TITLE_ALTERNATION}) (\\p{Lu}[\\p{Ll}'’-]+(?:-\\p{Lu}[\\p{Ll}'’-]+)?)(?![\\p{L}\\p{N}'’-])(?![ \\t]+\\p{Lu})(?!\\.\\p{L})`, 'gu');
/** An office abbreviation as the subject of a verb: `SMA toured`, `CMSAF said`. */
const OFFICE_SUBJECT = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${OFFICE_ABBREVIATIONS.map(([a]) => a).join('|')})(?= (?:said|says|told|met|spoke|took|gave|went|made|saw|led|thanked|toured|visited|visits|tours|thanks|meets|speaks|[a-z]{3,}ed)\\b)`, 'gu');
const OFFICE_TITLES = new Map(OFFICE_ABBREVIATIONS);
/** A full name: a capitalized word, an optional initial, the last name (its earliest place is kept). */
const FULL_NAME = /\p{Lu}\p{Ll}+[ \t]+(?:\p{Lu}\.[ \t]+)?(?=(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}]))/gu;

export const rule: Rule = {
  id: 'title/later-reference',
  family: 'title',
  description: 'A title or an office abbreviation standing in for the name on a later reference (Secretary of the Army Smith said, SMA toured).',
  defaultSeverity: 'warning',
  scope: 'document',
  why: 'AP: give the title with the full name on first reference and the last name alone after that: "Secretary of the Army Christine Wormuth visited … Wormuth said". An office abbreviation (SMA, CMSAF, CNO) does not stand in for the name.',
  right: 'Secretary of the Army Christine Wormuth visited the base. Wormuth said the force is ready.',
  wrong: 'Secretary of the Army Christine Wormuth visited the base. Secretary of the Army Wormuth said the force is ready.',
  fixable: false,
  check(doc, ctx) {
    const text = doc.text;
    const firstFull = fullNames(doc);
    for (const block of doc.bodyBlocks) {
      if (block.allCaps) continue;
      const slice = text.slice(0, block.end);
      TITLE_LAST.lastIndex = block.start;
      let m: RegExpExecArray | null;
      while ((m = TITLE_LAST.exec(slice)) !== null) {
        const start = m.index;
        const end = start + m[0].length;
        const last = m[2];
        const seen = firstFull.get(last);
        if (seen === undefined || seen >= start || doc.inQuote(start, end)) continue;
        // `Commandant of the Marine Corps Gen. David Berger`: a rank, not a last name.
        if (NOT_NAMES.has(last) || classifyRankForm(last) || classifyRankForm(`${last}.`)) continue;
        // `Press Secretary Smith`, `Deputy Secretary Hicks`: a longer title this table does not hold.
        const prev = /(\S+)[ \t]+$/.exec(text.slice(Math.max(block.start, start - 30), start));
        if (prev && /^\p{Lu}/u.test(prev[1]) && !/[.!?:;,"”]$/.test(prev[1])) continue;
        const fix: Fix = { title: `Replace with "${last}"`, edits: [{ start, end, newText: last }] };
        ctx.report({ start, end, message: `After the first reference use the last name alone: "${last}".`, suggestions: [fix] });
      }
      OFFICE_SUBJECT.lastIndex = block.start;
      while ((m = OFFICE_SUBJECT.exec(slice)) !== null) {
        const start = m.index;
        const end = start + m[1].length;
        if (doc.inQuote(start, end)) continue;
        // `the SMA program`, `Army SMA …`: a modifier, not the person.
        const prev = /(\S+)[ \t]+$/.exec(text.slice(Math.max(block.start, start - 30), start));
        if (prev && (/^(?:the|a|an|The|A|An)$/.test(prev[1]) || (/^\p{Lu}/u.test(prev[1]) && !/[.!?:;,"”]$/.test(prev[1])))) continue;
        const holder = officeHolder(doc, OFFICE_TITLES.get(m[1]) ?? [], start);
        ctx.report({
          start,
          end,
          severity: 'hint',
          message: holder ? `Use the last name on a later reference, not the office abbreviation "${m[1]}": "${holder}".` : `Use the holder's last name on a later reference, not the office abbreviation "${m[1]}".`,
          ...(holder ? { suggestions: [{ title: `Replace with "${holder}"`, edits: [{ start, end, newText: holder }] }] } : {}),
        });
      }
    }
  },
};

/** Each last name's earliest place as the end of a full name in the body. */
function fullNames(doc: ReleaseDocument): Map<string, number> {
  return perDocument(doc, 'title-full-names', () => {
    const map = new Map<string, number>();
    for (const block of doc.bodyBlocks) {
      for (const m of doc.text.slice(block.start, block.end).matchAll(FULL_NAME)) {
        if (!map.has(m[1])) map.set(m[1], block.start + m.index);
      }
    }
    return map;
  });
}

/** The last name of the first person the body introduces with one of the titles, before `before`. */
function officeHolder(doc: ReleaseDocument, titles: readonly string[], before: number): string | undefined {
  const text = doc.text;
  for (const m of rankMentions(doc)) {
    if (m.start >= before) break;
    if (m.entries.some((e) => titles.includes(e.title) || titles.includes(e.ap)) && m.first) return m.last.text;
  }
  for (const block of doc.bodyBlocks) {
    if (block.start >= before) break;
    const body = text.slice(block.start, Math.min(block.end, before));
    for (const title of titles) {
      const at = body.indexOf(`${title} `);
      if (at < 0) continue;
      const pos = block.start + at + title.length + 1;
      const ranked = rankMentions(doc).find((r) => r.start === pos);
      if (ranked?.first) return ranked.last.text;
      const name = parseName(text, pos, block.end);
      if (name && name.length > 1) return name[name.length - 1].text;
    }
  }
  return undefined;
}
