import { Rule } from '../../types';
import { captionBlocks } from '../../analysis/caption';
import { firstSentenceVerbs } from '../../analysis/caption-verbs';

export const rule: Rule = {
  id: 'caption/passive',
  family: 'caption',
  description: 'A photo caption whose first sentence is in the passive voice (A round is fired by Soldiers …).',
  defaultSeverity: 'hint',
  scope: 'neighbours',
  why: 'DoD imagery practice: the first sentence of a caption is in the active voice, the people in the picture doing what it shows (Soldiers destroy a weapons cache, not A weapons cache is destroyed by Soldiers).',
  right: 'U.S. Army Soldiers fire a round at Fort Bragg, N.C., Aug. 11, 2020.',
  wrong: 'A round is fired by U.S. Army Soldiers at Fort Bragg, N.C., Aug. 11, 2020.',
  fixable: false,
  check(doc, ctx) {
    for (const { block, caption } of captionBlocks(doc)) {
      if (caption.block !== block) continue;
      const passive = firstSentenceVerbs(doc, caption).passive;
      if (!passive) continue;
      ctx.report({
        start: passive.start,
        end: passive.end,
        message: `The first sentence of a caption is in the active voice: "${passive.text}" is passive (put the doer first: "Soldiers fire a round", not "A round is fired by Soldiers").`,
      });
    }
  },
};
