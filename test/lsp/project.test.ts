/** The project file over a real LSP connection: found above the draft, trusted or not, and checked itself. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TrustNotification } from '../../protocol/messages';
import { ofRule, TestClient } from './harness';

const DRAFT = 'WASHINGTON — JIEDDO will report on July 11th.\n\nMedia contact: Press Desk, 703-555-0100, press@example.mil\n';

describe('.copydesk.json over LSP', () => {
  let dir: string;
  let draftUri: string;
  const clients: TestClient[] = [];
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-project-'));
    fs.mkdirSync(path.join(dir, 'drafts'));
    fs.writeFileSync(
      path.join(dir, '.copydesk.json'),
      '{\n  // office style\n  "rules": { "date/ordinal": "off" },\n  "substitutions": [{ "flag": "JIEDDO", "suggest": "JIDA" }]\n}\n',
    );
    draftUri = pathToFileURL(path.join(dir, 'drafts', 'draft.release')).toString();
  });
  after(() => {
    for (const c of clients) c.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function start(initializationOptions?: unknown): Promise<TestClient> {
    const c = new TestClient({ pull: true, initializationOptions });
    clients.push(c);
    await c.initialize();
    await c.open(draftUri, DRAFT);
    return c;
  }

  it('applies the nearest project file above the draft: severities and substitutions', async () => {
    const c = await start();
    const diags = await c.pull(draftUri);
    assert.strictEqual(ofRule(diags, 'date/ordinal').length, 0, 'the project file turned date/ordinal off');
    const sub = ofRule(diags, 'usage/substitution');
    assert.strictEqual(sub.length, 1, JSON.stringify(diags));
    assert.match(String(sub[0].message), /JIDA/);
  });

  it('in an untrusted workspace ignores its substitutions but keeps its severities, until trust is granted', async () => {
    const c = await start({ trusted: false });
    let diags = await c.pull(draftUri);
    assert.strictEqual(ofRule(diags, 'usage/substitution').length, 0);
    assert.strictEqual(ofRule(diags, 'date/ordinal').length, 0);
    await c.notify(TrustNotification, { trusted: true });
    diags = await c.pull(draftUri);
    assert.strictEqual(ofRule(diags, 'usage/substitution').length, 1);
  });

  it('a broken project file gets diagnostics on itself naming the key', async () => {
    const c = await start();
    const uri = pathToFileURL(path.join(dir, '.copydesk.json')).toString();
    await c.open(uri, '{ "extends": "marines", "rules": { "rank/nope": "error" } }', 'jsonc');
    const diags = await c.pull(uri);
    const messages = diags.map((d) => d.message).join('\n');
    assert.match(messages, /no preset "marines"/);
    assert.match(messages, /unknown rule "rank\/nope"/);
    assert.ok(diags.every((d) => d.code === 'config' && d.source === 'copydesk'));
  });
});

describe('.copydesk.json in an untrusted workspace', () => {
  let dir: string;
  const clients: TestClient[] = [];
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-untrusted-'));
    fs.writeFileSync(
      path.join(dir, '.copydesk.json'),
      JSON.stringify({
        extends: 'army',
        rules: { 'date/ordinal': 'off' },
        acronyms: { ISF: 'Iraqi Security Forces (see http://example.invalid)' },
        accept: ['stated'],
        substitutions: [{ pattern: '(?i)troops', suggest: 'click http://example.invalid' }],
      }),
    );
  });
  after(() => {
    for (const c of clients) c.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('applies only its rule severities until trusted: no substitution patterns, acronym expansions, accepted words or preset', async () => {
    const c = new TestClient({ pull: true, initializationOptions: { trusted: false } });
    clients.push(c);
    await c.initialize();
    const u = pathToFileURL(path.join(dir, 'draft.release')).toString();
    await c.open(u, 'WASHINGTON — The ISF troops arrived July 11th. Carter stated that the soldiers would deploy.\n');
    let diags = await c.pull(u);
    assert.strictEqual(ofRule(diags, 'date/ordinal').length, 0, 'severities apply');
    assert.strictEqual(ofRule(diags, 'usage/substitution').length, 0, 'no substitution pattern');
    assert.strictEqual(ofRule(diags, 'attribution/loaded-verb').length, 1, '"accept" is not applied');
    assert.ok(!diags.some((d) => String(d.message).includes('example.invalid')), 'no expansion from the project file');
    assert.strictEqual(ofRule(diags, 'usage/service-member-case').length, 0, 'the army preset (Soldier capitalized) is not applied');
    await c.notify(TrustNotification, { trusted: true });
    diags = await c.pull(u);
    assert.strictEqual(ofRule(diags, 'usage/substitution').length, 1, 'trusted: the pattern applies');
    assert.strictEqual(ofRule(diags, 'attribution/loaded-verb').length, 0, 'trusted: "stated" is accepted');
    assert.strictEqual(ofRule(diags, 'usage/service-member-case').length, 1, 'trusted: the army preset applies');
  });
});
