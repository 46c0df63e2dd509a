/**
 * A part of a Word document other than its body (a header, a footer, the footnotes, a comment, a
 * text box) is prose but not a release: it has no headline, dateline, contact or end mark. Its
 * findings leave out the release's structure and the headline's own rules, which would read its
 * first short line (`U.S. Army Garrison Fort Hood, Texas` in a header) as a headline.
 */
const RELEASE_ONLY: readonly string[] = ['structure', 'usage/us-headline'];

/** Whether a finding of `rule` belongs to a release's structure or its headline, not to any prose. */
export function releaseOnly(rule: string): boolean {
  return RELEASE_ONLY.some((r) => rule === r || rule.startsWith(`${r}/`));
}

/** The findings that hold in a part of a document that is not the release. */
export function outsideRelease<T extends { rule: string }>(findings: readonly T[]): T[] {
  return findings.filter((f) => !releaseOnly(f.rule));
}
