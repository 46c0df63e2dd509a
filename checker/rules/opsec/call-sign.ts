import { Rule } from '../../types';
import { matchesIn } from '../../analysis/time';
import { sentenceAround, storyBlocks } from '../../analysis/privacy';

/**
 * A unit's radio call sign: a word and a number after `call sign` (`call sign Reaper 6`,
 * `callsign "Dagger 06"`), or the number with `Actual`. A pilot's personal call sign (`whose call
 * sign is Tank`) is a nickname features print, and is not matched.
 */
const CALL_SIGN = /\b(?:[Cc]all[ -]?[Ss]igns?|CALL ?SIGNS?)[,:]?[ \u00a0](?:(?:is|was|of|as)[ \u00a0])?["“']?([A-Z][A-Za-z]+[ \u00a0-]?(?:\d{1,3}(?:-\d{1,2})?|Six|Actual)(?:[ \u00a0]Actual)?)\b["”']?|\b[A-Z][a-z]+[ \u00a0]\d{1,2}[ \u00a0]Actual\b/g;
/** A radio frequency: `243.0 MHz`, `30 megahertz`, `on frequency 121.5`. */
const FREQUENCY = /\b\d{1,4}(?:\.\d{1,4})?[ \u00a0]?(?:MHz|kHz|GHz|megahertz|kilohertz|gigahertz)\b|\bfrequenc(?:y|ies)[ \u00a0](?:of[ \u00a0])?\d{2,4}\.\d{1,4}\b/g;
/** A broadcast station's frequency is public: `AFN Kaiserslautern on 101.6 MHz FM`. */
const BROADCAST = /\b(?:AFN|FM|AM|radio station|station|broadcasts?|broadcasting|listen|listeners|tune|streams?|podcast|Wi-?Fi|5G|spectrum auction)\b/;

export const rule: Rule = {
  id: 'opsec/call-sign',
  family: 'opsec',
  description: 'A unit\'s radio call sign (call sign Reaper 6) or a radio frequency (243.0 MHz) in the story.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'Operations security: call signs and radio frequencies let an adversary find, listen to or jam a unit\'s nets. Communications details are not releasable in news copy; describe the communication instead. Copydesk points it out for a person to decide; the security and policy review (DoD Instruction 5230.09) still applies.',
  right: 'The platoon leader radioed the company command post for support.',
  wrong: 'The platoon leader, call sign Reaper 6, radioed the command post on 243.0 MHz.',
  fixable: false,
  check(doc, ctx) {
    const text = doc.text;
    for (const block of storyBlocks(doc)) {
      const s = doc.blockText(block);
      if (/[Cc]all[ -]?[Ss]ign|CALL ?SIGN|Actual/.test(s)) {
        for (const m of matchesIn(text, block, CALL_SIGN)) {
          const at = m[1] ? m.index + m[0].indexOf(m[1]) : m.index;
          const end = m[1] ? at + m[1].length : m.index + m[0].length;
          ctx.report({ start: at, end, message: 'A unit\'s radio call sign is not releasable: describe the unit instead (operations security).' });
        }
      }
      if (/hertz|Hz|frequenc/.test(s)) {
        for (const m of matchesIn(text, block, FREQUENCY)) {
          const around = sentenceAround(text, block, m.index, m.index + m[0].length);
          if (BROADCAST.test(text.slice(around.start, around.end))) continue;
          ctx.report({ start: m.index, end: m.index + m[0].length, message: 'A radio frequency is not releasable: leave it out (operations security).' });
        }
      }
    }
  },
};
