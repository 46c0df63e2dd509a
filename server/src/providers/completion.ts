import { CompletionItem, CompletionItemKind, CompletionParams, InsertTextFormat, MarkupKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RANKS, SERVICE_NAMES } from '../../../checker/data/ranks';
import { introducedPeople } from '../../../checker';
import { Analysis } from './analysis';

/**
 * Completions: after a service name (or at the start of a word), AP rank forms with their full
 * titles; and the last names of people the draft has already introduced (AP uses the last name
 * alone after the first reference).
 */
export function completions(analysis: Analysis, doc: TextDocument, params: CompletionParams): CompletionItem[] {
  const offset = doc.offsetAt(params.position);
  const text = doc.getText();
  const lineBefore = text.slice(Math.max(0, offset - 60), offset).split(/\r\n|\r|\n/).pop() ?? '';
  const service = SERVICE_NAMES.find(([name]) => new RegExp(`\\b${name} $`).test(lineBefore))?.[1];
  // A space only triggers completion after a service name; anywhere else prose stays quiet.
  if (params.context?.triggerCharacter === ' ' && !service) return [];
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const r of RANKS) {
    if (service && !r.services.includes(service)) continue;
    const key = `${r.ap}|${r.title}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({
      label: r.ap,
      kind: CompletionItemKind.Keyword,
      detail: `${r.title} (${r.grade})`,
      documentation: { kind: MarkupKind.Markdown, value: `**${r.ap}**: ${r.title}, pay grade ${r.grade}\n\nServices: ${r.services.join(', ')}` },
      insertText: `${r.ap} \${1:First} \${2:Last}`,
      insertTextFormat: InsertTextFormat.Snippet,
      filterText: `${r.ap} ${r.title}`,
      sortText: `1${r.grade[0] === 'O' ? 'a' : r.grade[0] === 'W' ? 'b' : 'c'}${r.grade.slice(2).padStart(2, '0')}`,
    });
  }
  for (const p of introducedPeople(analysis.release)) {
    if (p.end >= offset) continue;
    items.push({
      label: p.last,
      kind: CompletionItemKind.Reference,
      detail: `introduced as ${p.reference}`,
      documentation: 'After the first reference AP uses the last name alone.',
      sortText: `0${p.last}`,
    });
  }
  return items;
}

