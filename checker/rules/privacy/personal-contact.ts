import { Rule } from '../../types';
import { matchesIn } from '../../analysis/time';
import { sentenceAround, storyBlocks } from '../../analysis/privacy';

const PHONE = /(?<![\w-])(?:\+?1[-. ])?(?:\(\d{3}\)[ \u00a0]?|\d{3}[-.])\d{3}[-.]\d{4}(?![\w-])/g;
/** An e-mail address on a commercial mail service: a person's own, not an office's. */
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mac|comcast|verizon|att|sbcglobal|cox|charter|protonmail|proton|mail|gmx|zoho|yandex)\.(?:com|net|me|ch)\b/gi;
const TOLL_FREE = /^(?:\+?1[-. ])?\(?8(?:00|88|77|66|55|44|33)\b/;
/** Words that make a number a person's own. */
const PERSONAL = /\b(?:cell|cellphone|cellular|mobile|personal|private|home phone|at home|his (?:own )?(?:phone|number)|her (?:own )?(?:phone|number)|their (?:own )?(?:phones?|numbers?))\b/i;
/** Words that make it an office's, a help line's or an event's. */
const OFFICE = /\b(?:contact|call|calling|public affairs|PAO|office|offices|media|information|info|hotline|help ?line|helpdesk|crisis|lifeline|line|desk|DSN|commercial|switchboard|operator|center|registration|register|RSVP|reservations?|tickets?|recruit(?:ing|er|ers)?|station|toll-free|duty|headquarters|command|unit|branch|section|division|squadron|battalion|wing|clinic|hospital|fax)\b/i;

export const rule: Rule = {
  id: 'privacy/personal-contact',
  family: 'privacy',
  description: 'A personal phone number or personal e-mail address (a commercial mail service) outside the contact block.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'DoD guidance for public affairs: a service member\'s personal phone number and e-mail address are not releasable. Office numbers and .mil or .gov addresses belong in the contact block; a help line or an office number may be given in the story. Copydesk points it out for a person to decide; the security and policy review (DoD Instruction 5230.09) still applies.',
  right: 'For more information, contact the 1st Infantry Division Public Affairs Office at 785-239-3033.',
  wrong: 'Sgt. Jane Doe can be reached on her cell at 785-555-0142 or at jane.doe1990@gmail.com.',
  fixable: false,
  check(doc, ctx) {
    const text = doc.text;
    for (const block of storyBlocks(doc)) {
      const s = doc.blockText(block);
      if (s.includes('@')) {
        for (const m of matchesIn(text, block, EMAIL)) {
          ctx.report({ start: m.index, end: m.index + m[0].length, message: 'A personal e-mail address is not releasable: give an office address (.mil or .gov) in the contact block.' });
        }
      }
      if (!/\d{4}/.test(s)) continue;
      for (const m of matchesIn(text, block, PHONE)) {
        const start = m.index;
        const end = start + m[0].length;
        const around = sentenceAround(text, block, start, end);
        const sentence = text.slice(around.start, around.end);
        if (PERSONAL.test(sentence)) {
          ctx.report({ start, end, message: 'A personal phone number is not releasable: give an office number in the contact block.' });
          continue;
        }
        if (TOLL_FREE.test(m[0]) || OFFICE.test(sentence)) continue;
        ctx.report({ start, end, severity: 'hint', message: 'A phone number in the story: if it is a person\'s own, it is not releasable; an office number belongs in the contact block.' });
      }
    }
  },
};
