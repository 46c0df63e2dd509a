/**
 * Inline directives, in an HTML comment or on a line of their own:
 *   copydesk-disable-next-line [RULE ...]
 *   copydesk-disable [RULE ...]   …   copydesk-enable [RULE ...]
 * A RULE is a rule id (`rank/service-abbreviation`) or a family (`rank`); none means every rule.
 */

export interface DisabledRange {
  start: number;
  end: number;
  /** Rule ids or family names; empty means every rule. */
  rules: string[];
}

export type DisabledRanges = DisabledRange[];

export interface Directives {
  disabled: DisabledRanges;
  /** Ranges of the directive text itself, blanked before rules run. */
  lines: Array<[number, number]>;
}

const DIRECTIVE =
  /^[ \t]*(?:<!--[ \t]*|\/\/[ \t]*|#[ \t]*)?copydesk-(disable-next-line|disable|enable)\b([^\r\n]*?)(?:[ \t]*-->)?[ \t]*$/gm;

export function parseDirectives(text: string): Directives {
  const disabled: DisabledRanges = [];
  const lines: Array<[number, number]> = [];
  const open = new Map<string, number>();
  if (!text.includes('copydesk-')) return { disabled, lines };
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE.exec(text)) !== null) {
    const kind = m[1];
    const rules = m[2]
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter((r) => r.length > 0);
    const lineEnd = m.index + m[0].length;
    lines.push([m.index, lineEnd]);
    if (kind === 'disable-next-line') {
      const nextStart = skipLineBreak(text, lineEnd);
      const nl = text.slice(nextStart).search(/\r|\n/);
      disabled.push({ start: nextStart, end: nl < 0 ? text.length : nextStart + nl, rules });
    } else if (kind === 'disable') {
      for (const r of rules.length ? rules : ['*']) if (!open.has(r)) open.set(r, lineEnd);
    } else {
      for (const r of rules.length ? rules : [...open.keys()]) {
        const s = open.get(r);
        if (s === undefined) continue;
        disabled.push({ start: s, end: m.index, rules: r === '*' ? [] : [r] });
        open.delete(r);
      }
    }
  }
  for (const [r, s] of open) disabled.push({ start: s, end: text.length, rules: r === '*' ? [] : [r] });
  return { disabled, lines };
}

function skipLineBreak(text: string, i: number): number {
  if (text[i] === '\r' && text[i + 1] === '\n') return i + 2;
  if (text[i] === '\r' || text[i] === '\n') return i + 1;
  return i;
}

export function isDisabled(ranges: DisabledRanges, rule: string, start: number): boolean {
  const family = rule.split('/')[0];
  return ranges.some(
    (d) => start >= d.start && start <= d.end && (d.rules.length === 0 || d.rules.includes(rule) || d.rules.includes(family)),
  );
}
