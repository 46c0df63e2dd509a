/**
 * The checker's only cache. Analyses declare what they read and what it depends on; this module
 * decides what is kept, for how long, and what a later version of the draft may reuse.
 *
 * - A **paragraph reading** (`ParagraphReading`) is a pure function of one paragraph's text and of
 *   the context it declares (a short string: the block's kind, where a dateline ends in it, its
 *   quotations, the project's acronyms — never an absolute offset). Every offset in its result is
 *   relative to the paragraph's start, so a result read in one version of a draft is right in the
 *   next wherever the paragraph moved. Results are detached from the draft's text (memory.ts) and
 *   never changed once stored; callers that need absolute offsets add the paragraph's start to a
 *   copy.
 * - A **document reading** (`perDocument`) is computed once per document object (a whole version,
 *   or a window of one) and dropped with it.
 *
 * The engine hands a version's paragraph readings to the next (`handOn`) and drops them once the
 * next version has been checked (`settle`), so at most two versions' readings are alive.
 */
import type { Block, ReleaseDocument } from '../document/model';
import { detach } from './memory';

export interface ParagraphReading<T, A = undefined> {
  /** Unique among readings: readings with one name share entries. */
  readonly name: string;
  /** Everything besides the paragraph's text that the result depends on. */
  context(doc: ReleaseDocument, block: Block, arg: A): string;
  /** The reading, with offsets relative to `block.start`. */
  read(doc: ReleaseDocument, block: Block, arg: A): T;
  /**
   * Every string in the result is a constant, a slice of the paragraph's own text (`doc.blockText`,
   * which its entry keeps anyway) or a detached copy (memory.ts): it is stored as it is. Otherwise
   * the result is detached from the version's text before it is stored.
   */
  readonly ownStrings?: true;
}

/** reading name → paragraph text → context → result. Keyed by the text string each block keeps across versions. */
type Entries = Map<string, Map<string, Map<string, unknown>>>;

interface Store {
  own: Entries;
  previous: Entries | undefined;
  /** Contexts shared by many paragraphs (see `sharedContext`), by name. */
  shared: Map<string, string>;
  previousShared: Map<string, string> | undefined;
}

const stores = new WeakMap<ReleaseDocument, Store>();
const documents = new WeakMap<ReleaseDocument, Map<string, unknown>>();

function storeOf(doc: ReleaseDocument): Store {
  let s = stores.get(doc.root);
  if (!s) {
    s = { own: new Map(), previous: undefined, shared: new Map(), previousShared: undefined };
    stores.set(doc.root, s);
  }
  return s;
}

/** `reading` of `block` in `doc`: the stored result when this or the previous version read the same paragraph in the same context. */
export function perParagraph<T, A = undefined>(doc: ReleaseDocument, reading: ParagraphReading<T, A>, block: Block, ...arg: A extends undefined ? [] : [A]): T {
  const a = arg[0] as A;
  const store = storeOf(doc);
  const text = doc.blockText(block);
  const context = reading.context(doc, block, a);
  let byText = store.own.get(reading.name);
  if (!byText) {
    byText = new Map();
    store.own.set(reading.name, byText);
  }
  let byContext = byText.get(text);
  if (byContext?.has(context)) return byContext.get(context) as T;
  const before = store.previous?.get(reading.name)?.get(text);
  const value = before?.has(context) ? (before.get(context) as T) : reading.ownStrings ? reading.read(doc, block, a) : detach(reading.read(doc, block, a));
  if (!byContext) {
    byContext = new Map();
    byText.set(text, byContext);
  }
  byContext.set(context, value);
  return value;
}

/**
 * `context`, or the equal string the previous version gave under `name`. A long context that every
 * paragraph shares (the short forms a phrase search looks for) is then the same string object in
 * both versions, and each paragraph's lookup compares it by identity, not character by character.
 */
export function sharedContext(doc: ReleaseDocument, name: string, context: string): string {
  const store = storeOf(doc);
  const known = store.shared.get(name) ?? store.previousShared?.get(name);
  const value = known === context ? known : context;
  store.shared.set(name, value);
  return value;
}

/** `compute(doc)` once per document object (a version of a draft, or a window of one). */
export function perDocument<T>(doc: ReleaseDocument, name: string, compute: () => T): T {
  let own = documents.get(doc);
  if (!own) {
    own = new Map();
    documents.set(doc, own);
  }
  if (own.has(name)) return own.get(name) as T;
  const value = compute();
  own.set(name, value);
  return value;
}

/** Lets `next`, a later version of `prev`'s draft, reuse `prev`'s paragraph readings. */
export function handOn(prev: ReleaseDocument, next: ReleaseDocument): void {
  if (prev.root === next.root) return;
  const from = storeOf(prev);
  const to = storeOf(next);
  // Readings `next` already made stay; the previous version's fill in the rest.
  to.previous = from.own;
  to.previousShared = from.shared;
  from.previous = undefined;
  from.previousShared = undefined;
}

/** `doc` has been checked: every reading it reuses has been taken, the previous version's can go. */
export function settle(doc: ReleaseDocument): void {
  const store = storeOf(doc);
  store.previous = undefined;
  store.previousShared = undefined;
}
