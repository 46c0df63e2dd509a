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
 * The engine hands a version's paragraph readings on to the next (`handOn`): the two share one
 * store, and a paragraph the edit did not change costs two map lookups. Each version marks the
 * entries it reads; once a version is checked (`settle`), the store drops the entries that version
 * did not read (paragraphs edited away) when they have grown to an eighth of those it read, so a
 * long editing session holds at most about 1.125 times the readings of its latest version and
 * sweeps only every hundred edits or so.
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

interface Entry {
  context: string;
  value: unknown;
  /** The latest version that read it. */
  generation: number;
  /** The entry for the same text in another context (rare: a list, not a map per paragraph). */
  next: Entry | undefined;
}

/** reading name → paragraph text → entries by context. Keyed by the text string each block keeps across versions. */
type Entries = Map<string, Map<string, Entry>>;

interface Store {
  entries: Entries;
  /** The latest version's generation, and how many entries it has read. */
  generation: number;
  read: number;
  size: number;
  /** Contexts shared by many paragraphs (see `sharedContext`), by name. */
  shared: Map<string, string>;
}

/** Every version of a draft has a generation in its store; windows read through their root. */
const versions = new WeakMap<ReleaseDocument, { store: Store; generation: number }>();
const documents = new WeakMap<ReleaseDocument, Map<string, unknown>>();

function versionOf(doc: ReleaseDocument): { store: Store; generation: number } {
  let v = versions.get(doc.root);
  if (!v) {
    v = { store: { entries: new Map(), generation: 0, read: 0, size: 0, shared: new Map() }, generation: 0 };
    versions.set(doc.root, v);
  }
  return v;
}

/** `reading` of `block` in `doc`: the stored result when a version of the draft read the same paragraph in the same context. */
export function perParagraph<T, A = undefined>(doc: ReleaseDocument, reading: ParagraphReading<T, A>, block: Block, ...arg: A extends undefined ? [] : [A]): T {
  const a = arg[0] as A;
  const { store, generation } = versionOf(doc);
  const text = doc.blockText(block);
  const context = reading.context(doc, block, a);
  let byText = store.entries.get(reading.name);
  if (!byText) {
    byText = new Map();
    store.entries.set(reading.name, byText);
  }
  const head = byText.get(text);
  let entry = head;
  while (entry !== undefined && entry.context !== context) entry = entry.next;
  if (!entry) {
    const value = reading.ownStrings ? reading.read(doc, block, a) : detach(reading.read(doc, block, a));
    entry = { context, value, generation: -1, next: head };
    byText.set(text, entry);
    store.size++;
  }
  if (entry.generation < generation) {
    if (entry.generation < store.generation && generation === store.generation) store.read++;
    entry.generation = generation;
  }
  return entry.value as T;
}

/**
 * `context`, or the equal string the previous version gave under `name`. A long context that every
 * paragraph shares (the short forms a phrase search looks for) is then the same string object in
 * both versions, and each paragraph's lookup compares it by identity, not character by character.
 */
export function sharedContext(doc: ReleaseDocument, name: string, context: string): string {
  const shared = versionOf(doc).store.shared;
  const known = shared.get(name);
  if (known === context) return known;
  shared.set(name, context);
  return context;
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
  const { store } = versionOf(prev);
  const own = versions.get(next.root);
  if (own?.store === store) return;
  // Readings `next` made before it was handed on are read again from the shared store.
  store.generation++;
  store.read = 0;
  versions.set(next.root, { store, generation: store.generation });
}

/** `doc` has been checked: drop the entries it did not read, once they are many. */
export function settle(doc: ReleaseDocument): void {
  const { store, generation } = versionOf(doc);
  if (generation !== store.generation || store.size <= store.read + (store.read >> 3) + 256) return;
  for (const byText of store.entries.values()) {
    for (const [text, head] of byText) {
      let kept: Entry | undefined;
      for (let e: Entry | undefined = head; e !== undefined; e = e.next) if (e.generation >= generation) kept = { ...e, next: kept };
      if (kept) byText.set(text, kept);
      else byText.delete(text);
    }
  }
  store.size = store.read;
}
