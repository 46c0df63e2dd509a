/**
 * Help that works offline: the rule pages ship in the extension and open rendered inside VS Code,
 * from the diagnostics' rule links, the hovers and "Copydesk: Explain a Rule".
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateCopydesk, closeAllWithoutSaving, hasRule, openInEditor, positionOf, waitFor, waitForDiagnostics } from './helpers';

const RANK = 'rank/service-abbreviation';

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType));
}

async function closePreviews(): Promise<void> {
  for (const tab of previewTabs()) await vscode.window.tabGroups.close(tab);
}

describe('rule pages, offline', function () {
  this.timeout(60_000);
  let ext: vscode.Extension<unknown>;

  before(async () => {
    ext = await activateCopydesk();
  });
  after(async () => {
    await closePreviews();
    await closeAllWithoutSaving();
  });

  it('every rule the Settings editor lists has its page inside the installed extension, and the extension page shows only pictures it ships', async () => {
    const rules = Object.keys((ext.packageJSON).contributes.configuration.properties['copydesk.rules'].properties as object).filter((k) => k.includes('/'));
    assert.ok(rules.length > 80, `${rules.length} rules`);
    for (const id of rules) {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', `${id.replace('/', '-')}.md`));
    }
    const readme = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'readme.md')));
    assert.match(readme, /Copydesk: AP style for military and DoD news releases/, 'the writers’ page, not the developers’ README');
    assert.doesNotMatch(readme, /npm |SARIF|JSON contract/, 'no developer material on the extension page');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    assert.ok(images.length >= 2, 'the page has pictures');
    for (const image of images) {
      assert.ok(!/^https?:/.test(image), `${image} would need the network`);
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(ext.extensionUri, image));
    }
  });

  it('a finding’s rule link (Problems panel, hover) is the page inside the extension, and opening it shows the page rendered', async () => {
    const editor = await openInEditor('broken.release');
    const diags = await waitForDiagnostics(editor.document.uri, RANK, (d) => hasRule(d, RANK));
    const d = diags.find((x) => typeof x.code === 'object' && String(x.code.value) === RANK);
    assert.ok(d && typeof d.code === 'object', 'the finding has a rule link');
    const target = d.code.target;
    assert.strictEqual(target.toString(), vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', 'rank-service-abbreviation.md').toString());
    await closePreviews();
    // What VS Code does with the link: open the URI. Copydesk shows the page rendered in its place.
    await vscode.commands.executeCommand('vscode.open', target);
    const fromLink = await waitFor('the rendered page from the link', () => previewTabs()[0]);
    assert.match(fromLink.label, /rank-service-abbreviation\.md/);
    await waitFor('the Markdown source to be closed', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).every((t) => !(t.input instanceof vscode.TabInputText && t.input.uri.toString() === target.toString())),
    );
    await closePreviews();
    const opened = await vscode.commands.executeCommand('copydesk.explainRule', RANK);
    assert.strictEqual(opened, RANK);
    const tab = await waitFor('the rendered rule page', () => previewTabs()[0]);
    assert.match(tab.label, /rank-service-abbreviation\.md/);
    await closePreviews();
  });

  it('the hover links to the same page through a command the hover is trusted to run, and to nothing else', async () => {
    const editor = await openInEditor('broken.release');
    await waitForDiagnostics(editor.document.uri, RANK, (d) => hasRule(d, RANK));
    const hovers = await waitFor('a hover on LTG', async () => {
      const h = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'LTG', 1))) ?? [];
      return h.length > 0 ? h : undefined;
    });
    const parts = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString);
    const ours = parts.find((p) => p.value.includes('command:copydesk.explainRule'));
    assert.ok(ours, `no rule page link in ${parts.map((p) => p.value).join('\n---\n')}`);
    assert.deepStrictEqual(ours.isTrusted, { enabledCommands: ['copydesk.explainRule'] });
  });
});
