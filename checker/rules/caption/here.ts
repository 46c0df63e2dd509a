import { Rule } from '../../types';
import { captionBlocks } from '../../analysis/caption';

/** `here` standing for the place: before punctuation, a date or a preposition, not `here is`. */
/** `at sea` with no sea, ocean or area named: where at sea? */
const AT_SEA = /(?<!(?:[Rr]eplenishment|[Rr]efueling|[Ff]ueling|[Bb]urial|[Tt]ransfer|[Rr]escue|[Ss]earch|[Tt]ime|[Dd]ays|[Ww]eeks|[Mm]onths) )\b[Aa]t sea\b/;
const NAMED_WATER = /\b(?:Ocean|Sea|Gulf|Strait|Bay|Sound|Channel|Passage|Mediterranean|Pacific|Atlantic|Arctic|Caribbean|Baltic|Adriatic|Aegean|Fleet|[Aa]rea of (?:[Oo]perations|[Rr]esponsibility)|AOR|AO)\b/;

const HERE = /\b([Hh]ere)\b(?=\s*(?:[,.;)]|$)|\s+(?:on|during|in|at|for|as|while|after|before|to|with|Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\b)/g;

export const rule: Rule = {
  id: 'caption/here',
  family: 'caption',
  description: 'A caption that says "here" (or only "at sea") for the place the image was taken.',
  defaultSeverity: 'warning',
  scope: 'neighbours',
  why: 'DoD imagery practice: a caption names the place (base, ship, city, region) in its first sentence; it has no dateline, so "here" tells the reader nothing, and the caption may run far from the story. At sea, it names the ocean, sea or fleet area.',
  right: 'Soldiers fire an M777 howitzer at Fort Bragg, N.C., Aug. 11, 2020.',
  wrong: 'Soldiers fire an M777 howitzer here, Aug. 11, 2020.',
  fixable: false,
  check(doc, ctx) {
    const text = doc.text;
    for (const { block, caption } of captionBlocks(doc)) {
      if (caption.block !== block) continue;
      const prose = text.slice(caption.prose.start, caption.prose.end);
      for (const m of prose.matchAll(HERE)) {
        const start = caption.prose.start + (m.index ?? 0);
        const end = start + m[1].length;
        if (doc.inQuote(start, end)) continue;
        // `from here`, `near here`, `Here,` opening a sentence still stand for the place; `here and there` does not match.
        ctx.report({ start, end, message: 'A caption names the place the image was taken (the base, ship, city or region), not "here".' });
      }
      // `aboard USS Bataan at sea, Aug. 11` names no water: a hint, the area may be withheld on purpose.
      const first = text.slice(caption.first.start, caption.first.end);
      const sea = AT_SEA.exec(first);
      if (sea && !NAMED_WATER.test(first)) {
        const start = caption.first.start + sea.index;
        if (!doc.inQuote(start, start + sea[0].length)) {
          ctx.report({ start, end: start + sea[0].length, severity: 'hint', message: 'A caption names the waters the image was taken in (the ocean, sea or fleet area), not only "at sea".' });
        }
      }
    }
  },
};
