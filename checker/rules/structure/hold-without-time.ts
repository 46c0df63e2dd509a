import { Rule } from '../../types';
import { furnitureOf } from '../../analysis/structure';
import { MONTHS, WEEKDAYS } from '../../data/months';

/** Case-insensitive: each month by its first three letters, whatever follows (`July`, `JUL`, `Sept.`), the weekdays, `today`, numeric forms. */
const STEMS = MONTHS.map((m) => m.name.slice(0, 3)).join('|');
const DATE = new RegExp(
  `\\b(?:${STEMS})[a-zA-Z.]*\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+(?:${STEMS})[a-z]*\\b|\\b\\d{1,2}\\/\\d{1,2}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b(?:today|tomorrow|${WEEKDAYS.join('|')})\\b`,
  'i',
);
const TIME = /\b\d{1,2}(?::\d{2})?\s?[ap]\.?\s?m\b\.?|\bnoon\b|\bmidnight\b|\b\d{4}\s?(?:hours|hrs|[A-Z]\b|[ECMP][SD]T\b)|\b\d{1,2}:\d{2}\b/i;

export const rule: Rule = {
  id: 'structure/hold-without-time',
  family: 'structure',
  description: 'HOLD FOR RELEASE (or EMBARGOED) without both a date and a time.',
  defaultSeverity: 'warning',
  scope: 'document',
  why: 'An embargo editors cannot read is no embargo: a hold needs the date and the time (with its zone) when the release may run.',
  right: 'HOLD FOR RELEASE until 10 a.m. EDT, July 11, 2016',
  wrong: 'HOLD FOR RELEASE',
  fixable: false,
  check(doc, ctx) {
    const hold = furnitureOf(doc).hold;
    if (!hold) return;
    // The date and time may sit on the tag's line or the line after it.
    const after = doc.text.slice(hold.end, hold.end + 120).split(/\r?\n|\r/).slice(0, 2).join(' ');
    const said = doc.text.slice(hold.start, hold.end) + ' ' + after;
    const hasDate = DATE.test(said);
    const hasTime = TIME.test(said);
    if (hasDate && hasTime) return;
    const missing = !hasDate && !hasTime ? 'a date and a time' : hasDate ? 'a time' : 'a date';
    ctx.report({ start: hold.start, end: hold.end, message: `A hold needs the date and time the release may run: add ${missing}.` });
  },
};
