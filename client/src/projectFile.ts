/**
 * Commands that keep a writer's choices in the project file `.copydesk.json`, never in the draft:
 * the light bulb's project actions (accept a word, add an office acronym, ignore one finding in
 * this file, turn a rule off), and Choose House Style, Create Project File, Add Substitution and
 * Show Ignored Findings from the palette. Every change can be undone (the message's Undo, or Ctrl+Z
 * in the file) and takes effect in every open draft once the file is saved, which these commands do.
 */
import * as vscode from 'vscode';
import { Commands, ProjectActionArgs, ProjectActionKind } from '../../protocol';
import { PRESETS } from '../../checker/data/presets';
import { Change, changeProject, isFile, PROJECT_FILE, projectTarget, ProjectTarget, readProject, relativeToProject, setIn, Written } from './projectEdit';

type Say = (message: string, error?: boolean, file?: vscode.Uri) => void;
type Writable = { kind: 'found' | 'create'; uri: vscode.Uri };

const KINDS: readonly ProjectActionKind[] = ['accept', 'acronym', 'ignore', 'ruleOff'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const OPEN = 'Open .copydesk.json';

/** What a project action keeps, for the messages: `the accepted word "JMRC"`. */
function describe(kind: ProjectActionKind, a: { rule: string; text: string }): string {
  if (kind === 'accept') return `the accepted word "${a.text}"`;
  if (kind === 'acronym') return `the office acronym "${a.text}"`;
  if (kind === 'ignore') return 'this ignored finding';
  return `${a.rule} turned off`;
}

/** The arguments of a project action as the server sent them, or undefined when they are not well formed. */
function readArgs(raw: unknown): (ProjectActionArgs & { expansion?: string }) | undefined {
  if (!isObject(raw) || !KINDS.includes(raw.kind as ProjectActionKind)) return undefined;
  if (typeof raw.uri !== 'string' || typeof raw.rule !== 'string' || !raw.rule || typeof raw.text !== 'string') return undefined;
  const args: ProjectActionArgs & { expansion?: string } = { kind: raw.kind as ProjectActionKind, uri: raw.uri, rule: raw.rule, text: raw.text };
  if (typeof raw.expansion === 'string') args.expansion = raw.expansion;
  return args;
}

const listOf = (v: unknown): unknown[] | undefined => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : undefined);
const mapOf = (v: unknown): Record<string, unknown> | undefined => (v === undefined ? {} : isObject(v) ? v : undefined);
const notA = (key: string, what: string): Change => ({ stop: `"${key}" in .copydesk.json is not ${what}; fix it there, then try again.` });

/** The preset a new project file starts from: the draft's `copydesk.preset` setting. */
const presetFor = (scope: vscode.Uri | undefined): string => vscode.workspace.getConfiguration('copydesk', scope).get<string>('preset', 'ap');

export function registerProjectFileCommands(record: (message: string) => void): vscode.Disposable[] {
  const say: Say = (message, error = false, file) => {
    const text = `Copydesk: ${message}`;
    record(text);
    const shown = error ? vscode.window.showErrorMessage(text, ...(file ? [OPEN] : [])) : vscode.window.showInformationMessage(text, ...(file ? [OPEN] : []));
    void shown.then((choice) => (choice === OPEN && file ? openFile(file) : undefined));
  };

  /** Says what was written, with Undo and Open; returns the write for the caller (tests undo through it). */
  const announce = (result: { written: Written; done: string } | undefined): Written | undefined => {
    if (!result) return undefined;
    const text = `Copydesk: ${result.done}`;
    record(text);
    void vscode.window.showInformationMessage(text, 'Undo', OPEN).then(async (choice) => {
      if (choice === 'Undo') await result.written.undo();
      else if (choice === OPEN) await openFile(result.written.file);
    });
    return result.written;
  };

  /**
   * In an untrusted folder a project file changes only severities: anything else is written only if
   * the writer wants it kept for later, after being told it waits for trust.
   */
  const trustAllows = async (what: string): Promise<boolean> => {
    if (vscode.workspace.isTrusted) return true;
    const message = `Copydesk: this folder is not trusted, so Copydesk reads only rule severities from its .copydesk.json; ${what} would take effect only once you trust the folder.`;
    record(message);
    const choice = await vscode.window.showWarningMessage(message, 'Manage Workspace Trust', 'Write It for Later');
    if (choice === 'Manage Workspace Trust') await vscode.commands.executeCommand('workbench.trust.manage');
    return choice === 'Write It for Later';
  };

  const writableFor = async (draft: vscode.Uri, what: string): Promise<Writable | undefined> => {
    const target: ProjectTarget = await projectTarget(draft);
    if (target.kind !== 'none') return target;
    say(`nowhere to keep ${what}: ${target.why}`, true);
    return undefined;
  };

  async function projectAction(raw: unknown): Promise<Written | undefined> {
    const args = readArgs(raw);
    if (!args) return void say('this project action came with arguments Copydesk cannot read; nothing was written.', true);
    let draft: vscode.Uri;
    try {
      draft = vscode.Uri.parse(args.uri, true);
    } catch {
      return void say(`this project action names a draft Copydesk cannot read (${args.uri}); nothing was written.`, true);
    }
    const what = describe(args.kind, args);
    const target = await writableFor(draft, what);
    if (!target) return undefined;
    if (args.kind !== 'ruleOff' && !(await trustAllows(what))) return undefined;
    let expansion = args.expansion;
    if (args.kind === 'acronym' && expansion === undefined) {
      expansion = await vscode.window.showInputBox({
        title: `Office acronym ${args.text}`,
        prompt: `What ${args.text} stands for: Copydesk then offers to spell it out on first reference. Leave it empty if your readers know ${args.text}: Copydesk then never flags it.`,
        placeHolder: 'e.g. Joint Multinational Readiness Center (or leave empty)',
        ignoreFocusOut: true,
      });
      if (expansion === undefined) return undefined;
      expansion = expansion.trim();
    }
    const file = relativeToProject(target.uri, draft);
    const change = (text: string, value: Record<string, unknown>): Change => {
      switch (args.kind) {
        case 'accept': {
          const accept = listOf(value.accept);
          if (!accept) return notA('accept', 'a list');
          if (accept.includes(args.text)) return { stop: `"${args.text}" is already accepted in .copydesk.json.` };
          return { text: setIn(text, ['accept', -1], args.text, true), done: `accepted "${args.text}" in ${label(target.uri)}, for every draft in its folder and below.` };
        }
        case 'acronym': {
          const acronyms = mapOf(value.acronyms);
          if (!acronyms) return notA('acronyms', 'an object of short form → expansion');
          const done = expansion
            ? `"${args.text}" is an office acronym standing for "${expansion}": Copydesk now offers to spell it out on first reference.`
            : `"${args.text}" is an office acronym readers know: Copydesk no longer flags it.`;
          return { text: setIn(text, ['acronyms', args.text], expansion ?? ''), done };
        }
        case 'ignore': {
          if (file === undefined) return { stop: `${label(target.uri)} is not above this draft, so it cannot name it.` };
          const ignore = listOf(value.ignore);
          if (!ignore) return notA('ignore', 'a list');
          const entry = { file, rule: args.rule, text: args.text };
          if (ignore.some((e) => isObject(e) && e.file === file && e.rule === args.rule && e.text === args.text)) return { stop: 'this finding is already ignored in this file.' };
          return {
            text: setIn(text, ['ignore', -1], entry, true),
            done: `ignoring ${args.rule} on "${args.text}" in ${file}. "Copydesk: Show Ignored Findings" lists it and takes it back.`,
          };
        }
        case 'ruleOff': {
          const rules = mapOf(value.rules);
          if (!rules) return notA('rules', 'an object of rule id → severity');
          if (rules[args.rule] === 'off') return { stop: `${args.rule} is already off in .copydesk.json.` };
          return { text: setIn(text, ['rules', args.rule], 'off'), done: `turned off ${args.rule} in ${label(target.uri)}, for every draft in its folder and below.` };
        }
      }
    };
    const result = await changeProject(target, presetFor(draft), change, say);
    if (result && args.kind !== 'ruleOff' && !vscode.workspace.isTrusted) result.done += ' It takes effect once you trust this folder.';
    return announce(result);
  }

  /** The draft the palette commands act for: the active editor's, else the first workspace folder's root. */
  const activeTarget = async (what: string): Promise<Writable | undefined> => {
    const editor = vscode.window.activeTextEditor;
    if (editor) return writableFor(editor.document.uri, what);
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return void say(`open a folder (File > Open Folder…) first: Copydesk keeps ${what} in that folder's .copydesk.json.`, true);
    return writableFor(vscode.Uri.joinPath(folder.uri, 'draft.release'), what);
  };

  async function showIgnored(): Promise<Written | undefined> {
    const editor = vscode.window.activeTextEditor;
    const target = editor ? await projectTarget(editor.document.uri) : undefined;
    if (target?.kind !== 'found') return void say('no .copydesk.json applies to the active draft, so no finding is ignored there.');
    const doc = await vscode.workspace.openTextDocument(target.uri);
    const read = readProject(doc.getText());
    if ('problem' in read) return void say(read.problem, true, target.uri);
    const entries = (listOf(read.value.ignore) ?? []).flatMap((e, index) =>
      isObject(e) && typeof e.file === 'string' && typeof e.rule === 'string' && typeof e.text === 'string' ? [{ index, file: e.file, rule: e.rule, text: e.text }] : [],
    );
    if (entries.length === 0) return void say(`nothing is ignored in ${label(target.uri)}.`, false, target.uri);
    const here = editor ? relativeToProject(target.uri, editor.document.uri) : undefined;
    entries.sort((a, b) => Number(b.file === here) - Number(a.file === here));
    const picked = await vscode.window.showQuickPick(
      entries.map((e) => ({ label: e.text ? `"${e.text}"` : '(the whole draft)', description: e.rule, detail: e.file === here ? `${e.file} (this draft)` : e.file, entry: e })),
      { title: `Ignored findings in ${label(target.uri)}`, placeHolder: 'Pick one to stop ignoring it: Copydesk flags it again', matchOnDescription: true, matchOnDetail: true },
    );
    if (!picked) return undefined;
    const e = picked.entry;
    const change = (text: string, value: Record<string, unknown>): Change => {
      const now = listOf(value.ignore)?.[e.index];
      if (!isObject(now) || now.file !== e.file || now.rule !== e.rule || now.text !== e.text) return { stop: 'the ignore list changed meanwhile; run Show Ignored Findings again.' };
      return { text: setIn(text, ['ignore', e.index], undefined), done: `no longer ignoring ${e.rule} on "${e.text}" in ${e.file}.` };
    };
    return announce(await changeProject(target, presetFor(target.uri), change, say));
  }

  async function chooseHouseStyle(raw?: unknown): Promise<Written | undefined> {
    const given = isObject(raw) ? raw : {};
    const editor = vscode.window.activeTextEditor;
    const target = editor ? await projectTarget(editor.document.uri) : undefined;
    const setting = presetFor(editor?.document.uri);
    let projectPreset: string | undefined;
    if (target?.kind === 'found') {
      const read = readProject((await vscode.workspace.openTextDocument(target.uri)).getText());
      if ('value' in read && typeof read.value.extends === 'string') projectPreset = read.value.extends;
    }
    const current = projectPreset ?? setting;
    let preset = typeof given.preset === 'string' && PRESETS[given.preset] ? given.preset : undefined;
    if (!preset) {
      const picked = await vscode.window.showQuickPick(
        Object.entries(PRESETS).map(([name, p]) => ({ label: name, description: name === current ? '(in use)' : undefined, detail: p.description })),
        { title: 'Copydesk: Choose House Style', placeHolder: `In use: ${current}${projectPreset ? ' (from .copydesk.json)' : ''}` },
      );
      if (!picked) return undefined;
      preset = picked.label;
    }
    // A project file's "extends" wins over the setting, so a file that has one is where the choice goes.
    const projectPlace = target && target.kind !== 'none' ? target : undefined;
    let where = given.target === 'user' || given.target === 'project' ? given.target : projectPreset ? 'project' : undefined;
    if (!where && projectPlace) {
      const picked = await vscode.window.showQuickPick(
        [
          { label: 'This project', detail: `"extends" in ${label(projectPlace.uri)}: every writer who opens drafts here gets ${preset}`, where: 'project' },
          { label: 'Only me', detail: `the copydesk.preset setting in your user settings: ${preset} for drafts without a project file that names a style`, where: 'user' },
        ],
        { title: `Use ${preset} for…` },
      );
      if (!picked) return undefined;
      where = picked.where;
    }
    if (where === 'project' && projectPlace) {
      if (!(await trustAllows(`the house style ${preset}`))) return undefined;
      const change = (text: string): Change => ({ text: setIn(text, ['extends'], preset), done: `house style ${preset} in ${label(projectPlace.uri)}, for every draft in its folder and below.` });
      return announce(await changeProject(projectPlace, preset, change, say));
    }
    await vscode.workspace.getConfiguration('copydesk').update('preset', preset, vscode.ConfigurationTarget.Global);
    const shadowed = vscode.workspace.getConfiguration('copydesk', editor?.document.uri).inspect<string>('preset');
    const overridden = shadowed?.workspaceFolderValue ?? shadowed?.workspaceValue;
    say(
      overridden !== undefined && overridden !== preset
        ? `your user settings now use ${preset}, but this folder's settings set copydesk.preset to ${overridden}, which wins here.`
        : `your user settings now use house style ${preset}.`,
    );
    return undefined;
  }

  async function createProjectFile(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const folder =
      (editor && vscode.workspace.getWorkspaceFolder(editor.document.uri)) ??
      (vscode.workspace.workspaceFolders?.length === 1 ? vscode.workspace.workspaceFolders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Folder for the new .copydesk.json' }));
    if (!folder) return void say('open a folder (File > Open Folder…) first: the project file goes at its top.', !vscode.workspace.workspaceFolders?.length);
    const uri = vscode.Uri.joinPath(folder.uri, PROJECT_FILE);
    if (await isFile(uri)) {
      await openFile(uri);
      return void say(`${folder.name} already has a .copydesk.json; Copydesk opened it and never overwrites it.`);
    }
    const preset = presetFor(folder.uri);
    const made = await changeProject({ kind: 'create', uri }, preset, (text) => ({ text, done: `created ${label(uri)} with house style ${preset}.` }), say);
    if (!made) return;
    await openFile(uri);
    announce(made);
  }

  async function addSubstitution(raw?: unknown): Promise<Written | undefined> {
    const given = isObject(raw) ? raw : {};
    const editor = vscode.window.activeTextEditor;
    const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection).trim() : '';
    const nonEmpty = (v: string): string | undefined => (v.trim() ? undefined : 'Type a word or phrase.');
    const term =
      typeof given.term === 'string'
        ? given.term.trim()
        : (await vscode.window.showInputBox({ title: 'Copydesk: Add Substitution (1 of 2)', prompt: 'The term to flag (whole words, exact capitals)', value: selected.includes('\n') ? '' : selected, validateInput: nonEmpty, ignoreFocusOut: true }))?.trim();
    if (!term) return undefined;
    const suggest =
      typeof given.replacement === 'string'
        ? given.replacement.trim()
        : (await vscode.window.showInputBox({ title: 'Copydesk: Add Substitution (2 of 2)', prompt: `What to write instead of "${term}"`, validateInput: nonEmpty, ignoreFocusOut: true }))?.trim();
    if (!suggest) return undefined;
    const target = await activeTarget(`the substitution "${term}" → "${suggest}"`);
    if (!target || !(await trustAllows(`the substitution "${term}" → "${suggest}"`))) return undefined;
    const change = (text: string, value: Record<string, unknown>): Change => {
      const subs = listOf(value.substitutions);
      if (!subs) return notA('substitutions', 'a list');
      const old = subs.find((s) => isObject(s) && s.flag === term);
      if (isObject(old)) return { stop: `.copydesk.json already flags "${term}" (suggesting "${String(old.suggest)}"); change it there.` };
      return { text: setIn(text, ['substitutions', -1], { flag: term, suggest }, true), done: `flagging "${term}" from now on and suggesting "${suggest}".` };
    };
    return announce(await changeProject(target, presetFor(target.uri), change, say));
  }

  return [
    vscode.commands.registerCommand(Commands.projectAction, projectAction),
    vscode.commands.registerCommand(Commands.showIgnored, showIgnored),
    vscode.commands.registerCommand(Commands.chooseHouseStyle, chooseHouseStyle),
    vscode.commands.registerCommand(Commands.createProjectFile, createProjectFile),
    vscode.commands.registerCommand(Commands.addSubstitution, addSubstitution),
  ];
}

/** A project file as the writer knows it: its path in the workspace (the folder's name first when there are several). */
const label = (uri: vscode.Uri): string => vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);

async function openFile(uri: vscode.Uri): Promise<void> {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
}
