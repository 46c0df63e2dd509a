/**
 * The quick actions that write the project file instead of the draft, over a real LSP connection:
 * their place in the light bulb (fix first, the inline directive last), what their command carries,
 * and the `ignore` entry they write silencing exactly that finding, through edits elsewhere.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { Commands, ProjectActionArgs } from '../../protocol';
import { TrustNotification } from '../../protocol/messages';
import { ofRule, TestClient } from './harness';

const DRAFT =
  'FORT POLK, La. — Soldiers trained at the JMRC on July 11th. The NTC staff said Sgt. Smith was there.\n\nMedia contact: Press Desk, 703-555-0100, press@example.mil\n';

const titles = (actions: CodeAction[] | null): string[] => (actions ?? []).map((a) => a.title);
const textOf = (c: TestClient, uri: string, d: Diagnostic): string => c.doc(uri).getText(d.range);

describe('project-file quick actions over LSP', () => {
  let dir: string;
  let draftUri: string;
  let otherUri: string;
  const clients: TestClient[] = [];
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-actions-'));
    fs.mkdirSync(path.join(dir, 'drafts'));
    draftUri = pathToFileURL(path.join(dir, 'drafts', 'polk.release')).toString();
    otherUri = pathToFileURL(path.join(dir, 'drafts', 'other.release')).toString();
  });
  afterEach(() => fs.rmSync(path.join(dir, '.copydesk.json'), { force: true }));
  after(() => {
    for (const c of clients) c.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function start(initializationOptions: unknown): Promise<TestClient> {
    const c = new TestClient({ pull: true, initializationOptions });
    clients.push(c);
    await c.initialize();
    await c.open(draftUri, DRAFT);
    return c;
  }

  /** Writes the project file and tells the server, as the client's file watcher does. */
  async function writeProject(c: TestClient, json: unknown): Promise<void> {
    const file = path.join(dir, '.copydesk.json');
    fs.writeFileSync(file, JSON.stringify(json, null, 2));
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).toString(), type: 1 }] });
  }

  it('lists the fix first, then accept, office acronym, ignore and rule off, and the inline directive last', async () => {
    const c = await start({ projectActions: true });
    const diags = await c.pull(draftUri);
    const [jmrc] = ofRule(diags, 'acronym/undefined').filter((d) => textOf(c, draftUri, d) === 'JMRC');
    assert.ok(jmrc, JSON.stringify(diags));
    const actions = await c.codeActions(draftUri, jmrc.range, [jmrc], ['quickfix']);
    assert.deepStrictEqual(titles(actions), [
      'Accept "JMRC" in this project',
      'Add "JMRC" to office acronyms…',
      'Ignore this finding in this file',
      'Turn off rule acronym/undefined for this project',
      'Disable acronym/undefined on this line',
    ]);
    const args = actions?.[2].command?.arguments?.[0] as ProjectActionArgs;
    assert.strictEqual(actions?.[2].command?.command, Commands.projectAction);
    assert.deepStrictEqual(args, { kind: 'ignore', uri: draftUri, rule: 'acronym/undefined', text: 'JMRC' });
    assert.ok(actions?.slice(0, 4).every((a) => a.edit === undefined), 'the project actions never edit the draft');

    const [ordinal] = ofRule(diags, 'date/ordinal');
    const dated = await c.codeActions(draftUri, ordinal.range, [ordinal], ['quickfix']);
    const t = titles(dated);
    assert.ok(dated?.[0].isPreferred === true && dated[0].edit !== undefined, `the fix comes first: ${t.join(' | ')}`);
    // A date is not a word or name to accept everywhere: no Accept.
    assert.deepStrictEqual(t.slice(1), [
      'Ignore this finding in this file',
      'Turn off rule date/ordinal for this project',
      'Disable date/ordinal on this line',
    ]);
  });

  it('with several findings in the menu, each Ignore names its finding', async () => {
    const c = await start({ projectActions: true });
    const diags = await c.pull(draftUri);
    const both = ofRule(diags, 'acronym/undefined');
    const range = { start: both[0].range.start, end: both[1].range.end };
    const t = titles(await c.codeActions(draftUri, range, both, ['quickfix']));
    assert.ok(t.includes('Ignore "JMRC" (acronym/undefined) in this file') && t.includes('Ignore "NTC" (acronym/undefined) in this file'), t.join(' | '));
    assert.ok(!t.includes('Ignore this finding in this file'), t.join(' | '));
  });

  it('a client that does not run the commands gets the fixes and the directive only', async () => {
    const c = await start({});
    const diags = await c.pull(draftUri);
    const [jmrc] = ofRule(diags, 'acronym/undefined');
    assert.deepStrictEqual(titles(await c.codeActions(draftUri, jmrc.range, [jmrc], ['quickfix'])), ['Disable acronym/undefined on this line']);
  });

  it('an ignore entry silences exactly that finding in that file, and it stays silenced through edits elsewhere', async () => {
    const c = await start({ projectActions: true });
    await c.open(otherUri, DRAFT);
    const jmrcs = (uri: string, diags: Diagnostic[]): number => ofRule(diags, 'acronym/undefined').filter((d) => textOf(c, uri, d) === 'JMRC').length;
    assert.strictEqual(jmrcs(draftUri, await c.pull(draftUri)), 1);
    await writeProject(c, { ignore: [{ file: 'drafts/polk.release', rule: 'acronym/undefined', text: 'JMRC' }] });
    let diags = await c.pull(draftUri);
    assert.strictEqual(jmrcs(draftUri, diags), 0, 'ignored in polk.release');
    assert.strictEqual(ofRule(diags, 'acronym/undefined').length, 1, 'NTC is still flagged');
    assert.strictEqual(ofRule(diags, 'date/ordinal').length, 1, 'other rules still run');
    assert.strictEqual(jmrcs(otherUri, await c.pull(otherUri)), 1, 'the entry names one file: other.release still gets it');

    // Lines added above move the finding: the entry is keyed by rule and text, not by place.
    await c.replace(draftUri, 'Soldiers trained', 'Troops of the 1st Brigade arrived Monday.\n\nSoldiers trained');
    diags = await c.pull(draftUri);
    assert.strictEqual(jmrcs(draftUri, diags), 0, 'still ignored after the edit');
    assert.strictEqual(ofRule(diags, 'acronym/undefined').length, 1, JSON.stringify(diags));
  });

  it('in an untrusted folder an ignore entry waits for trust, a rule turned off applies at once', async () => {
    const c = await start({ projectActions: true, trusted: false });
    await writeProject(c, {
      rules: { 'date/ordinal': 'off' },
      ignore: [{ file: 'drafts/polk.release', rule: 'acronym/undefined', text: 'JMRC' }],
    });
    let diags = await c.pull(draftUri);
    assert.strictEqual(ofRule(diags, 'date/ordinal').length, 0, 'severities apply untrusted');
    assert.strictEqual(ofRule(diags, 'acronym/undefined').length, 2, 'the ignore entry waits for trust');
    await c.notify(TrustNotification, { trusted: true });
    diags = await c.pull(draftUri);
    assert.strictEqual(ofRule(diags, 'acronym/undefined').length, 1, 'trusted: JMRC is ignored');
  });
});
