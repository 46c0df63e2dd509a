import { Rule } from '../../types';
import { captionBlocks } from '../../analysis/caption';
import { rankMentions } from '../../analysis/rank';

/** Words that name a unit, an organization or a ship (`2nd Battalion`, `Carrier Air Wing 9`, `USS Gerald R. Ford`). */
const UNIT = /\b(?:Battalion|Squadron|Regiment|Brigade|Division|Wing|Group|Company|Battery|Troop|Detachment|Fleet|Command|Corps|Task Force|Special Operations|Marines|Flight|Center|Unit|Team|Element|Office|Agency|Staff|National Guard|Reserve|Cavalry|Infantry|Artillery|Aviation|Engineers?|Rangers|USS|USNS|USCGC|School|Academy|Hospital|Headquarters|Department|Joint|Chiefs|Secretary|Commandant|Chief|Commander|commander|director|Director|chairman|Chairman|MEU|MEF|SEAL|Seabees|Band|Garrison|Clinic|Institute|Laboratory|Depot|Post|Station|Base|crew)\b|\b\d+(?:st|nd|rd|th|d)\b/;

export const rule: Rule = {
  id: 'caption/person-identification',
  family: 'caption',
  description: 'A person in a caption named without a full name, or with no unit named anywhere in the caption.',
  defaultSeverity: 'hint',
  scope: 'neighbours',
  why: 'DoD imagery practice: a caption identifies each person it names with service, rank, full name and unit (smallest unit first), so the image stays a usable record when it is separated from the story.',
  right: 'U.S. Army Spc. Jane Doe, a combat medic with 1st Battalion, 5th Infantry Regiment, treats a simulated casualty at Fort Polk, La., Aug. 11, 2020.',
  wrong: 'Spc. Doe treats a simulated casualty at Fort Polk, La., Aug. 11, 2020.',
  fixable: false,
  check(doc, ctx) {
    const text = doc.text;
    const byBlock = new Map<unknown, ReturnType<typeof rankMentions>>();
    for (const m of rankMentions(doc)) {
      const list = byBlock.get(m.block);
      if (list) list.push(m);
      else byBlock.set(m.block, [m]);
    }
    for (const { block, caption } of captionBlocks(doc)) {
      if (caption.block !== block) continue;
      const own = (byBlock.get(block) ?? []).filter((m) => m.start >= caption.prose.start && m.last.end <= caption.prose.end && !m.inQuote);
      if (own.length === 0) continue;
      // The caption's prose without its people (a rank such as `Sgt. 1st Class` names no unit) and without service names.
      let prose = '';
      let pos = caption.prose.start;
      for (const m of own) {
        prose += `${text.slice(pos, Math.max(pos, m.start))} `;
        pos = Math.max(pos, m.last.end);
      }
      prose += text.slice(pos, caption.prose.end);
      const hasUnit = UNIT.test(prose.replace(/\b(?:U\.S\. )?(?:Marine Corps|Army|Navy|Air Force|Space Force|Coast Guard)\b/g, ''));
      const named = new Set<string>();
      for (const m of own) {
        const known = named.has(m.last.text);
        named.add(m.last.text);
        if (known) continue;
        if (m.tokens.length === 1) {
          // `Spc. Doe` followed by more capitals may be a name the reading cut short.
          if (/^[ \t]+\p{Lu}/u.test(text.slice(m.last.end, m.last.end + 3))) continue;
          ctx.report({ start: m.start, end: m.last.end, message: `A caption identifies each person in full: give ${m.last.text}'s first name (service, rank, full name and unit).` });
        } else if (!hasUnit) {
          ctx.report({ start: m.start, end: m.last.end, message: `A caption identifies each person with service, rank, full name and unit: name ${m.last.text}'s unit.` });
        }
      }
    }
  },
};
