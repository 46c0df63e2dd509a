/** `copydesk rules` and `copydesk explain RULE`. */
import { RULE_BY_ID, RULES } from '../../checker';
import { ruleHelpUri, rulePage } from './ruleDocs';

export function rulesTable(): string {
  const rows = [['RULE', 'FAMILY', 'DEFAULT', 'FIX', 'DESCRIPTION']];
  for (const r of [...RULES].sort((a, b) => (a.id < b.id ? -1 : 1))) rows.push([r.id, r.family, r.defaultSeverity, r.fixable ? 'yes' : 'no', r.description]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  return rows.map((row) => row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ')).join('\n');
}

export function rulesJson(): string {
  return JSON.stringify(
    [...RULES]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((r) => ({ id: r.id, family: r.family, defaultSeverity: r.defaultSeverity, fixable: r.fixable, description: r.description, helpUri: ruleHelpUri(r.id) })),
  );
}

/** Edit distance (Levenshtein) between two strings. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = keep;
    }
  }
  return row[b.length];
}

/** Rule ids close to a mistyped one: by edit distance, or sharing the name part. */
export function closeRuleIds(input: string, max = 3): string[] {
  const q = input.toLowerCase();
  const name = q.includes('/') ? q.slice(q.indexOf('/') + 1) : q;
  return RULES.map((r) => {
    const own = r.id.slice(r.id.indexOf('/') + 1);
    const d = Math.min(distance(q, r.id), distance(name, own));
    const contains = name.length >= 3 && (r.id.includes(name) || (own.includes(name) && own !== name)) ? 0.5 : Infinity;
    return { id: r.id, score: Math.min(d, contains) };
  })
    .filter((c) => c.score <= Math.max(2, Math.floor(q.length / 3)))
    .sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1))
    .slice(0, max)
    .map((c) => c.id);
}

/** The rule's page, or undefined for an unknown rule. */
export function explain(id: string): string | undefined {
  const rule = RULE_BY_ID.get(id);
  if (!rule) return undefined;
  return rulePage(id) ?? `# ${rule.id}\n\n${rule.description}\n\n**Why:** ${rule.why}\n\n- Right: \`${rule.right}\`\n- Wrong: \`${rule.wrong}\`\n`;
}
