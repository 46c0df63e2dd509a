import { Rule } from '../../types';
import { captionBlocks } from '../../analysis/caption';
import { firstSentenceVerbs } from '../../analysis/caption-verbs';

export const rule: Rule = {
  id: 'caption/past-tense',
  family: 'caption',
  description: "A photo caption whose first sentence is in the past tense (Soldiers fired …).",
  defaultSeverity: 'warning',
  scope: 'neighbours',
  why: 'DoD imagery practice (DoD Visual Information Style Guide): the first sentence of a caption describes what the picture shows in the present tense, as if the reader were watching; background in the sentences after it is in the past tense.',
  right: 'U.S. Army Soldiers fire an M777 howitzer at Fort Bragg, N.C., Aug. 11, 2020. The battery qualified in May. (U.S. Army photo by Spc. Jane Doe)',
  wrong: 'U.S. Army Soldiers fired an M777 howitzer at Fort Bragg, N.C., Aug. 11, 2020. (U.S. Army photo by Spc. Jane Doe)',
  fixable: false,
  check(doc, ctx) {
    for (const { block, caption } of captionBlocks(doc)) {
      if (caption.block !== block) continue;
      const past = firstSentenceVerbs(doc, caption).past;
      if (!past) continue;
      ctx.report({
        start: past.start,
        end: past.end,
        message: `The first sentence of a caption is in the present tense: "${past.text}" is past (what the picture shows happens now; background may follow in the past tense).`,
      });
    }
  },
};
