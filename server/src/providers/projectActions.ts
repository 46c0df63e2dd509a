/**
 * The quick actions that change the project file `.copydesk.json`, never the draft: accept the
 * finding's text, add it to the office acronyms, ignore the finding in this file, turn the rule
 * off. Each is a command the client runs (it finds and edits the project file, so the change can be
 * undone and keeps the file's comments); the server only says which apply to a finding.
 */
import { CodeAction, CodeActionKind, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Commands, ProjectActionArgs, ProjectActionKind } from '../../../protocol';

/** Longest text offered as a word or name to accept: a finding over a whole sentence is not one. */
const MAX_ACCEPT = 60;
/** A short form as the office acronyms table holds it: JMRC, JTF-B, 1st SFG(A)'s parts, AT&T. */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9&./-]{2,15}$/;

/** How the finding's text is named in a menu title: quoted, cut short when long. */
function shown(text: string): string {
  return `"${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;
}

/**
 * The project-file actions for one diagnostic, in the order the light bulb lists them. With
 * `several` (the menu lists other findings too) "Ignore this finding" names the one it means.
 */
export function projectActions(doc: TextDocument, d: Diagnostic, several = false): CodeAction[] {
  const rule = String(d.code);
  const text = doc.getText(d.range);
  const action = (kind: ProjectActionKind, title: string): CodeAction => {
    const args: ProjectActionArgs = { kind, uri: doc.uri, rule, text };
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title, command: Commands.projectAction, arguments: [args] } };
  };
  const actions: CodeAction[] = [];
  // Words and names: a date, a time or a figure is not something to accept everywhere.
  const word = text.trim() === text && text.length <= MAX_ACCEPT && /\p{L}/u.test(text) && !/[\d\r\n]/.test(text);
  if (word) actions.push(action('accept', `Accept ${shown(text)} in this project`));
  if (rule.startsWith('acronym/') && ACRONYM.test(text)) actions.push(action('acronym', `Add ${shown(text)} to office acronyms…`));
  actions.push(action('ignore', several && text ? `Ignore ${shown(text)} (${rule}) in this file` : 'Ignore this finding in this file'));
  actions.push(action('ruleOff', `Turn off rule ${rule} for this project`));
  return actions;
}
