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

/** Past forms of LOADED_VERBS that are ordinary English outside attribution (`the plan noted in the report`): flagged only next to a direct quotation. */
export const LOADED_ONLY_WITH_QUOTE: ReadonlySet<string> = new Set([
  'noted', 'explained', 'added', 'mentioned', 'pointed out', 'commented', 'remarked', 'revealed', 'admitted', 'conceded',
]);

/**
 * Past forms of LOADED_ONLY_WITH_QUOTE that are speech before a `that` clause when a person speaks
 * (`Smith explained that …`, `He noted that …`); `added that` stays allowed (AP accepts "added").
 */
export const LOADED_THAT_WITH_PERSON: ReadonlySet<string> = new Set([
  'noted', 'explained', 'mentioned', 'pointed out', 'commented', 'remarked', 'admitted', 'conceded',
]);

/** Past forms of LOADED_VERBS that are speech even with no quotation or `that` (`Carter stated the plan`). */
export const LOADED_ALWAYS_SPEECH: ReadonlySet<string> = new Set(['stated', 'opined', 'exclaimed']);

/** Lowercase nouns for people who are quoted (`the secretary says`, `officials say`), singular and plural. */
export const SPEAKER_ROLES_SINGULAR: readonly string[] = [
  'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'commander', 'general', 'admiral', 'colonel',
  'captain', 'sergeant', 'chairman', 'director', 'president', 'minister', 'officer', 'chief', 'chaplain', 'soldier',
  'sailor', 'airman', 'marine', 'guardian', 'pilot', 'leader', 'ambassador', 'senator', 'governor', 'mayor',
];
export const SPEAKER_ROLES_PLURAL: readonly string[] = [
  'officials', 'officers', 'leaders', 'commanders', 'soldiers', 'sailors', 'airmen', 'marines', 'guardians', 'pilots',
  'spokesmen', 'troops', 'residents', 'witnesses', 'analysts', 'experts', 'organizers',
];

/**
 * Words that show a paragraph attributes its quotation (attribution/missing looks for any of them).
 * Generous on purpose: a missed "missing attribution" costs less than a false one.
 */
export const ATTRIBUTION_CUES: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'tell', 'wrote', 'writes', 'asked', 'asks', 'added', 'adds', 'according to',
  'testified', 'testifies', 'announced', 'announces', 'stated', 'states', 'explained', 'explains', 'noted', 'notes',
  'remarked', 'commented', 'declared', 'claimed', 'insisted', 'admitted', 'conceded', 'confessed', 'boasted', 'exclaimed',
  'opined', 'pointed out', 'points out', 'mentioned', 'revealed', 'continued', 'continues', 'recalled', 'recalls',
  'replied', 'answered', 'responded', 'emphasized', 'stressed', 'urged', 'warned', 'reads', 'read', 'promised', 'vowed',
  'predicted', 'acknowledged', 'agreed', 'observed', 'reiterated', 'quipped', 'joked', 'concluded', 'shared', 'posted',
  'tweeted', 'quoted', 'echoed', 'remembered', 'reflected', 'described', 'describes', 'called', 'summarized', 'put it',
  'puts it', 'affirmed', 'assured', 'cautioned', 'advised', 'argued', 'suggested', 'offered', 'encouraged', 'spoke',
  'speaks', 'remarks', 'statement', 'interview', 'motto', 'message', 'words', 'saying', 'quote', 'quotes', 'inscription',
  'inscribed', 'reminded', 'highlighted', 'underscored', 'explaining', 'adding', 'noting', 'telling', 'asking',
  // A crowd's chant or cheer is attributed to the crowd by what was heard (`"Go Navy, beat Army!" could be heard`).
  'could be heard', 'can be heard', 'was heard', 'were heard', 'rang out', 'rings out', 'echoes', 'chanted',
  'chanting', 'chant', 'chants', 'shouted', 'shouting', 'shouts', 'yelled', 'cheered', 'cheers', 'sang', 'sings',
  'signs read', 'sign read', 'banner read',
];
