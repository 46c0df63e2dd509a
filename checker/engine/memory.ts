/**
 * Keeping strings without keeping the document they came from.
 *
 * V8 represents `text.slice(a, b)` (13 characters or more) as a view into `text`, and a template
 * literal as a rope over its parts: either keeps the whole parent string alive for as long as the
 * part lives. Results that outlive one version of a draft (per-paragraph caches, findings kept for
 * unchanged paragraphs) would otherwise keep every version of a 200 KB draft the writer ever typed
 * (issue "Hold up through a long editing day": 1.6 GB after 4,000 edits). Everything that is kept
 * across versions goes through `detach` once, when it is made.
 */

/**
 * A copy of `s` that shares no memory with any other string (short strings are copied by V8 anyway).
 * `' ' + s` is a rope; slicing it makes V8 flatten the rope into a new string of its own and return a
 * view into that copy, never into `s`'s parent (one copy, about ten times faster than a JSON round
 * trip; test/unit/memory checks that the parent is let go).
 */
export function detachString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * `value` with every string inside it (in arrays and plain objects, however deep) detached. For
 * tree-shaped values such as findings and reports: objects are rebuilt, never mutated, so shared
 * identity inside the value is not preserved. Maps, sets, class instances and frozen objects (shared
 * data tables such as the rank entries, never made from a draft) are returned as they are.
 */
export function detach<T>(value: T): T {
  if (typeof value === 'string') return detachString(value) as T;
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) return value.map((v: unknown) => detach(v)) as T;
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = detach(v);
  return out as T;
}
