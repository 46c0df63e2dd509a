import { Rule } from '../../types';
import { atSentenceStart, bodyProse, numberWord } from '../../analysis/number';

/**
 * A lone figure 1–9 followed by a space and a lowercase word, or by a service member's name
 * (`4 Marines`, `3 Sailors`, `2 Coast Guardsmen`), which military copy capitalizes.
 */
const SMALL = /(?<![\w.,:/$#€£%'’-])([1-9])(?= ([a-z][a-z'’.]*|(?:Marines|Sailors|Soldiers|Airmen|Guardians|Guardsmen|Coast Guardsmen|(?:Marine|Sailor|Soldier|Airman|Guardian|Guardsman|Coast Guardsman)(?! [A-Z]))(?![\w’'-])))/g;

/** Words after the figure that make it a measurement, money, time, age, score or unit: AP keeps figures. */
const FIGURE_NOUNS = new Set(('percent percentage pct million billion trillion thousand dollars dollar cents cent euros pounds lb lbs kg kilograms ' +
  'kilogram grams gram g oz ounces ounce tons ton tonnes tonne feet foot ft inches inch yards yard yd miles mile mi mph kph km ' +
  'kilometers kilometer kilometres kilometre meters meter metres metre m cm mm centimeters millimeters nautical knots knot kt ' +
  'degrees degree acres acre hectares square cubic gallons gallon gal liters liter litres quarts pints a.m. p.m. am pm o’clock ' +
  "o'clock minutes minute min seconds second sec points point goals runs votes vote stars caliber mil volts watts megawatts " +
  'kilowatts psi gigabytes megabytes x to and or through of in by out over under per').split(' '));

/** Lowercase words before the figure that make it a designator (`phase 2`, `No. 1`, `age 5`). */
const DESIGNATORS = /(?:^|[^A-Za-z])(?:age|aged|ages|no|nos|number|numbers|version|phase|step|level|tier|grade|page|pages|chapter|section|article|paragraph|item|volume|issue|episode|season|stage|category|class|type|model|mark|block|lot|flight|gate|pier|room|building|hangar|runway|route|exit|highway|interstate|lane|channel|squad|team|unit|station|zone|sector|area|district|region|line|row|seat|table|figure|exhibit|appendix|annex|enclosure|tab|slide|week|day|round|heat|game|quarter|term|rated|rating|score|scored|ranked|mach|magnitude|size|strength|condition|defcon|increment|lot|spiral|option|alternative|course|box|bay|deck|pad|hole|post|slot|band|pay|scale|tranche|batch|wave|group|cell|ward|bed|suite|apartment|unit|ext|tel|p|pp|vs|v|version)[\s.]*$/i;

/** Capitalized words that start sentences and say nothing about the figure after them. */
const FUNCTION_WORDS = new Set(['The', 'All', 'Only', 'About', 'Nearly', 'Almost', 'Some', 'And', 'But', 'With', 'Of', 'For', 'In', 'On', 'At', 'By', 'After', 'Before', 'Another', 'Those', 'These', 'Its', 'Their', 'His', 'Her', 'Our']);

export const rule: Rule = {
  id: 'number/spell-out-small',
  family: 'number',
  description: 'A figure from 1 to 9 in running text where AP spells the number out.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'AP: spell out one through nine, use figures for 10 and up. Figures stay for ages, percentages, money, measurements, times, dates, addresses, military units and ranks, scores and votes.',
  right: 'Three soldiers were injured.',
  wrong: '3 soldiers were injured.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const range of bodyProse(doc)) {
      const slice = text.slice(range.start, range.end);
      SMALL.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = SMALL.exec(slice)) !== null) {
        const at = range.start + m.index;
        const next = m[2];
        if (FIGURE_NOUNS.has(next) || FIGURE_NOUNS.has(next.replace(/[.,]$/, ''))) continue;
        const before = text.slice(Math.max(range.start, at - 24), at);
        const after = text.slice(at + 1, Math.min(range.end, at + 40));
        // Sentence starts belong to number/sentence-start.
        if (atSentenceStart(text, at, range.start)) continue;
        // A capitalized word or abbreviation right before is a name or designator (`Spc. 4`, `Building 5`, `July 4`).
        const prev = /([A-Za-z][\w.’'-]*)\s$/.exec(before);
        if (prev && /^[A-Z]/.test(prev[1]) && !FUNCTION_WORDS.has(prev[1])) continue;
        if (DESIGNATORS.test(before)) continue;
        // Ranges, ratios and series with another figure next to it (`3 to 12`, `12 or 3`, `1 in 4`).
        if (/\d[\d,.]*%?\s*(?:-|–|to|and|or|through|of|in|out of|x|by|,)\s*$/.test(before)) continue;
        // Ages and appositives: `Smith, 5, said`; `5 years old`; `5-year-old` never reaches here (hyphen).
        if (/,\s*$/.test(before) && /^,/.test(after)) continue;
        if (/^ [a-z]+ (?:old|of age)\b/.test(after)) continue;
        // Parenthesized or bracketed list markers: `(1)` never reach here; `1 )` is not prose.
        if (/\(\s*$/.test(before)) continue;
        const word = numberWord(Number(m[1]));
        ctx.report({
          start: at,
          end: at + 1,
          message: `Spell out numbers under 10 in running text: "${word}".`,
          fix: { title: `Write "${word}"`, edits: [{ start: at, end: at + 1, newText: word }] },
        });
      }
    }
  },
};
