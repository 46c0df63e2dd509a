/** Small helpers for the integration suite: polling with a deadline, never fixed sleeps. */
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'copydesk.copydesk';

/**
 * Whether the suite runs in the browser's web worker extension host (the web extension), not in
 * VS Code's Node extension host: there is no Node there (no `process.versions.node`).
 */
export const IN_BROWSER = typeof process === 'undefined' || typeof process.versions?.node !== 'string';

/** A setting of this run from the harness: the web runner's globals in the browser, the environment in Node. */
export function testEnv(name: string): string | undefined {
  const web = (globalThis as { COPYDESK_TEST_ENV?: Record<string, string | undefined> }).COPYDESK_TEST_ENV;
  if (web) return web[name];
  return typeof process === 'undefined' ? undefined : process.env[name];
}

/** A file's bytes as text and text as bytes (the web host has no Buffer). */
export const textOf = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
export const DEFAULT_TIMEOUT_MS = 20_000;

/** Polls `probe` until it returns a value other than undefined/false, or fails at the deadline. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  intervalMs = 50
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export function workspaceUri(file: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder (test/vscode/workspace copied by the runner)');
  return vscode.Uri.joinPath(folder.uri, file);
}

export async function activateCopydesk(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  await ext.activate();
  return ext;
}

/** Opens a workspace file in an editor (pull diagnostics are requested for visible documents). */
export async function openInEditor(file: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(file));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** The rule id of a diagnostic: `code` is a string or `{ value, target }` (rule page link). */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  if (typeof c === 'object') return String(c.value);
  return String(c);
}

export function copydeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');
}

/** Waits until the document's Copydesk diagnostics satisfy `ok`, and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  ok: (diags: vscode.Diagnostic[]) => boolean,
  timeoutMs = DEFAULT_TIMEOUT_MS
): Promise<vscode.Diagnostic[]> {
  return waitFor(`${what} in ${uri.path.split('/').pop()}`, () => {
    const diags = copydeskDiagnostics(uri);
    return ok(diags) ? diags : undefined;
  }, timeoutMs).catch((err: Error) => {
    throw new Error(`${err.message}; Copydesk diagnostics now: ${describeDiagnostics(copydeskDiagnostics(uri))}`);
  });
}

export function hasRule(diags: vscode.Diagnostic[], rule: string): boolean {
  return diags.some((d) => ruleOf(d) === rule);
}

export function describeDiagnostics(diags: vscode.Diagnostic[]): string {
  return diags.map((d) => `${ruleOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1}`).join(', ') || '(none)';
}

/** Position of the first occurrence of `needle` in the document (fails if absent). */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `"${needle}" not found in ${doc.uri.path}`);
  return doc.positionAt(i + delta);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Shows a document in an editor (a TextEditor object dies when its tab is hidden: never keep one). */
export async function show(doc: vscode.TextDocument): Promise<vscode.TextEditor> {
  try {
    return await vscode.window.showTextDocument(doc, { preview: false });
  } catch (err) {
    // The workbench opened an editor of its own at that moment (seen once at start-up, with the
    // user settings.json): showing the draft again is what a person would do.
    if (!(err instanceof Error) || !/another editor opened in the meantime/.test(err.message)) throw err;
    return vscode.window.showTextDocument(doc, { preview: false });
  }
}

/** Undoes unsaved changes to a document so later tests start from the file on disk. */
export async function revert(doc: vscode.TextDocument): Promise<void> {
  if (!doc.isDirty) return;
  await show(doc);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor('the revert to finish', () => !doc.isDirty);
}

/** Closes every editor without a save prompt (a modal prompt would hang the run). */
export async function closeAllWithoutSaving(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await show(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
