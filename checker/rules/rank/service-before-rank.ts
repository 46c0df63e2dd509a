import { Rule } from '../../types';
import { mentionFacts } from '../../facts/rank';
import { bodyMentions, findRetired, knownBefore, mentionServices, storyService } from '../../analysis/rank';

/** An appositive that names the service: `Capt. Lindsey Ochoa, an Air Force physician,`. */
const APPOSITIVE_SERVICE = /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:U\.S\.\s+)?(?:Army|Navy|Air Force|Marine|Space Force|Coast Guard|Air National Guard|Army National Guard|Army Reserve|Soldier|Sailor|Airman|Guardian)\b/;
/**
 * A foreign service before the rank, lowercase as AP writes the forces of other nations:
 * `German air force Col. Matthias Brenner`, `Polish army Maj. ...`, `Japan Maritime Self-Defense Force`.
 */
const FOREIGN_SERVICE = /\p{Lu}[\p{L}-]*\s+(?:army|navy|air force|air and space force|marines?|marine corps|naval infantry|coast guard|border guard|national guard|armed forces|defen[cs]e forces?|self-defense forces?|gendarmerie)\s+$/u;
const SUFFIX_SERVICE = /^,?\s*\(?(?:USA|USAF|USN|USMC|USSF|USCG|U\.S\. (?:Army|Navy|Air Force|Marine Corps|Space Force|Coast Guard))\b/;

export const rule: Rule = {
  id: 'rank/service-before-rank',
  family: 'rank',
  description: 'A first reference with a rank but no service named before it (Lt. Gen. Sean MacFarland, not Army Lt. Gen. ...).',
  defaultSeverity: 'hint',
  scope: 'document',
  why: 'DoD practice names the service before the rank on first reference (Army Gen. Joseph Votel, Marine Corps Lance Cpl. ...), so readers know which service the rank belongs to. A suggestion, not an AP rule: a release from one service often leaves it out.',
  right: 'Army Lt. Gen. Sean MacFarland visited the troops.',
  wrong: 'Lt. Gen. Sean MacFarland visited the troops.',
  fixable: true,
  check(doc, ctx) {
    const mentions = bodyMentions(doc);
    const known = knownBefore(mentions);
    // In one service's unit copy (a wing's, a cutter's, a battalion's story) a rank that service
    // holds is read as its own: a copy desk does not ask for "Air Force" before every airman.
    const home = storyService(doc);
    for (const [i, m] of mentions.entries()) {
      if (known[i] || !m.first || m.service || findRetired(doc.text, m)) continue;
      if (/\bretired\s+$/i.test(doc.text.slice(Math.max(m.block.start, m.start - 10), m.start))) continue;
      if (m.entries.some((e) => / of the /.test(e.title))) continue; // the title names the service
      if (SUFFIX_SERVICE.test(doc.text.slice(m.last.end, m.last.end + 24))) continue;
      if (APPOSITIVE_SERVICE.test(doc.text.slice(m.last.end, Math.min(m.block.end, m.last.end + 80)))) continue;
      // A capitalized word before the rank is a qualifier or title (`Iraqi`, `Chairman`, `Royal Navy`).
      const prev = /(\S+)\s+$/.exec(doc.text.slice(Math.max(m.block.start, m.start - 30), m.start));
      if (prev && /^\p{Lu}/u.test(prev[1]) && !/[.!?:;,"”]$/.test(prev[1]) && !/^(?:The|A|An|Then|When|After|Before|But|And|With|By|For|From|In|On|At|As)$/.test(prev[1])) continue;
      if (FOREIGN_SERVICE.test(doc.text.slice(Math.max(m.block.start, m.start - 60), m.start))) continue;
      const services = mentionServices(m);
      if (home && services.includes(home)) continue;
      const base = { start: m.start, end: m.last.end, facts: mentionFacts(m) };
      if (services.length === 1) {
        ctx.report({
          ...base,
          message: `DoD practice names the service before the rank on first reference: "${services[0]} ${m.ap ?? doc.text.slice(m.start, m.end)} ${doc.text.slice(m.tokens[0].start, m.last.end)}".`,
          fix: { title: `Insert "${services[0]}" before the rank`, edits: [{ start: m.start, end: m.start, newText: `${services[0]} ` }] },
        });
      } else {
        ctx.report({ ...base, message: `DoD practice names the service before the rank on first reference (${services.join(', ')}).` });
      }
    }
  },
};
