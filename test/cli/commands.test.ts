/** `copydesk explain RULE` and `copydesk rules`. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { cli, root } from './run';

describe('copydesk explain and rules (the built CLI)', () => {
  it('explain prints the rule page from docs/rules', () => {
    const r = cli(['explain', 'rank/spelled-out']);
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.stdout, fs.readFileSync(path.join(root, 'docs', 'rules', 'rank-spelled-out.md'), 'utf8'));
  });

  it('explain works from a copy of the CLI without the docs folder (the pages are in the bundle)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-pkg-'));
    try {
      fs.mkdirSync(path.join(dir, 'bin'));
      fs.mkdirSync(path.join(dir, 'dist'));
      fs.copyFileSync(path.join(root, 'bin', 'copydesk.js'), path.join(dir, 'bin', 'copydesk.js'));
      // The CLI's bundles (entry, commands, worker), and nothing else.
      for (const f of ['cli.js', 'cli-commands.js', 'cli-worker.js']) fs.copyFileSync(path.join(root, 'dist', f), path.join(dir, 'dist', f));
      const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'copydesk.js'), 'explain', 'date/ordinal'], { cwd: dir, encoding: 'utf8' });
      assert.strictEqual(r.status, 0, r.stderr);
      assert.strictEqual(r.stdout, fs.readFileSync(path.join(root, 'docs', 'rules', 'date-ordinal.md'), 'utf8'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('explain with an unknown rule suggests close ids and exits 2', () => {
    const r = cli(['explain', 'rank/spelledout']);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stdout, '');
    assert.strictEqual(r.stderr, 'copydesk: unknown rule "rank/spelledout"; did you mean rank/spelled-out? (copydesk rules lists them)\n');
    assert.match(cli(['explain', 'ordinal']).stderr, /did you mean date\/ordinal, unit\/army-ordinal\?/);
    assert.strictEqual(cli(['explain']).code, 2);
  });

  it('rules lists every rule in an aligned table: id, family, default severity, fix', () => {
    const r = cli(['rules']);
    assert.strictEqual(r.code, 0);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^RULE +FAMILY +DEFAULT +FIX +DESCRIPTION$/);
    const pages = fs.readdirSync(path.join(root, 'docs', 'rules')).filter((f) => f.endsWith('.md'));
    assert.strictEqual(lines.length - 1, pages.length, 'one row per rule page');
    const row = lines.find((l) => l.startsWith('date/ordinal '))!;
    assert.match(row, /^date\/ordinal +date +error +yes +\S/);
    const familyAt = lines[0].indexOf('FAMILY');
    assert.ok(lines.every((l) => l[familyAt - 1] === ' ' && l[familyAt] !== ' '), 'the family column lines up');
  });

  it('rules lists the before-release families (marking, privacy, opsec), on by default', () => {
    const lines = cli(['rules']).stdout.split('\n');
    for (const [id, severity] of [['marking/portion-marking', 'error'], ['privacy/home-address', 'warning'], ['privacy/age', 'hint'], ['opsec/future-movement', 'warning']]) {
      assert.match(lines.find((l) => l.startsWith(`${id} `)) ?? '', new RegExp(`^${id} +${id.split('/')[0]} +${severity} `), id);
    }
  });

  it('explain says the security and policy review still applies', () => {
    assert.match(cli(['explain', 'opsec/future-movement']).stdout, /does not replace that review/);
  });

  it('rules --format json', () => {
    const r = cli(['rules', '--format', 'json']);
    const list = JSON.parse(r.stdout) as Array<{ id: string; family: string; defaultSeverity: string; fixable: boolean; helpUri: string }>;
    const ordinal = list.find((x) => x.id === 'date/ordinal')!;
    assert.deepStrictEqual(
      { family: ordinal.family, defaultSeverity: ordinal.defaultSeverity, fixable: ordinal.fixable, helpUri: ordinal.helpUri },
      { family: 'date', defaultSeverity: 'error', fixable: true, helpUri: 'https://github.com/copydesk/copydesk/blob/main/docs/rules/date-ordinal.md' },
    );
    assert.strictEqual(cli(['rules', '--format', 'xml']).code, 2);
  });
});
