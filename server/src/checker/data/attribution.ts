/** Attribution verbs (STYLE.md section 3). */

/** Loaded or editorializing verbs to replace with `said`, with their present-tense forms. */
export const LOADED_VERBS: ReadonlyArray<{ past: string; present: string }> = [
  { past: 'stated', present: 'states' },
  { past: 'claimed', present: 'claims' },
  { past: 'admitted', present: 'admits' },
  { past: 'insisted', present: 'insists' },
  { past: 'revealed', present: 'reveals' },
  { past: 'conceded', present: 'concedes' },
  { past: 'confessed', present: 'confesses' },
  { past: 'boasted', present: 'boasts' },
  { past: 'declared', present: 'declares' },
  { past: 'exclaimed', present: 'exclaims' },
  { past: 'remarked', present: 'remarks' },
  { past: 'commented', present: 'comments' },
  { past: 'noted', present: 'notes' },
  { past: 'explained', present: 'explains' },
  { past: 'opined', present: 'opines' },
  { past: 'pointed out', present: 'points out' },
  { past: 'mentioned', present: 'mentions' },
  { past: 'added', present: 'adds' },
];

/** Verbs that are acceptable attribution besides `said`. */
export const ACCEPTED_ATTRIBUTION = ['said', 'told', 'wrote', 'testified', 'announced', 'asked', 'according to', 'recalled', 'replied', 'answered'];
