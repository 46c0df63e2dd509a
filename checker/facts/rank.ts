import { ReleaseDocument } from '../document/model';
import { HoverFacts } from '../types';
import { RankEntry, RankFormKind, ranksByApForm, Service, SERVICES, servicesOfForm } from '../data/ranks';
import { RankMention, rankMentions } from '../analysis/rank';
import type { TokenFacts } from './index';

/** The rank token (any service form, AP form or spelled out) before a name covering `offset`, with its facts. */
export function rankFactsAt(doc: ReleaseDocument, offset: number): TokenFacts | undefined {
  const m = rankMentions(doc).find((r) => offset >= r.start && offset < r.end);
  return m ? { start: m.start, end: m.end, facts: mentionFacts(m) } : undefined;
}

/** The ranks a mention can be, narrowed by how it is written and by a service named before it. */
export function mentionEntries(written: string, kind: RankFormKind, entries: readonly RankEntry[], service?: Service): readonly RankEntry[] {
  let list = entries;
  // `Capt`, `Maj`, `Gen` without a period read like the AP form, so they carry all its grades.
  if (kind === 'service' && ranksByApForm(`${written}.`).length > 0) list = ranksByApForm(`${written}.`);
  if (service) {
    const narrowed = list.filter((e) => e.services.includes(service));
    if (narrowed.length > 0) list = narrowed;
  }
  return list;
}

function uniq<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function servicesText(set: Iterable<Service>): string {
  const s = new Set(set);
  return SERVICES.filter((x) => s.has(x)).join(', ');
}

/** Hover facts for a rank: AP form, full title, pay grade, services, the services' abbreviations. */
export function rankFacts(written: string, kind: RankFormKind, entries: readonly RankEntry[], service?: Service): HoverFacts {
  const list = mentionEntries(written, kind, entries, service);
  const heading = `${uniq(list.map((e) => e.ap)).join(' / ')} — ${uniq(list.map((e) => e.title)).join(' / ')}`;
  const grades = uniq(list.map((e) => e.grade));
  const lines: string[] = [];
  if (grades.length === 1) lines.push(`Pay grade: ${grades[0]}`);
  else {
    const parts = grades.map((g) => `${g} (${servicesText(list.filter((e) => e.grade === g).flatMap((e) => e.services))})`);
    lines.push(`Pay grade: ${parts.join('; ')}`);
  }
  lines.push(`Services: ${servicesText(list.flatMap((e) => e.services))}`);
  lines.push(`AP form: ${uniq(list.map((e) => e.ap)).join(' / ')}`);
  const forms = new Map<string, Set<Service>>();
  for (const e of list) {
    for (const [f, s] of e.forms) {
      const set = forms.get(f) ?? new Set<Service>();
      s.forEach((x) => set.add(x));
      forms.set(f, set);
    }
  }
  lines.push(`Service abbreviations: ${[...forms].map(([f, s]) => `${f} (${servicesText(s)})`).join('; ')}`);
  if (kind === 'service') lines.push(`Written here as ${written}, the ${servicesText(servicesOfForm(written))} abbreviation`);
  if (grades.length > 1 && !service) lines.push('The grade depends on the service: name the service before the rank to make it clear.');
  return { heading, lines };
}

export function mentionFacts(m: RankMention): HoverFacts {
  return rankFacts(m.written, m.kind, m.entries, m.service?.service);
}
