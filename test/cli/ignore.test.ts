/** `.copydesk.json` `ignore` from the command line: the same entries the editor writes silence the same finding. */
import * as assert from 'assert';
import { cli, tree } from './run';

const WARNINGS = 'Carter stated that the 3 soldiers left.\n';

interface Out {
  files: Array<{ path: string; findings: Array<{ rule: string }> }>;
}
const rules = (stdout: string): string[] => (JSON.parse(stdout) as Out).files.flatMap((f) => f.findings.map((x) => x.rule));

describe('copydesk check honours "ignore" in .copydesk.json (the built CLI)', () => {
  let t: ReturnType<typeof tree>;
  before(() => {
    t = tree({
      'office/.copydesk.json': JSON.stringify({ ignore: [{ file: 'drafts/visit.release', rule: 'attribution/loaded-verb', text: 'stated' }] }),
      'office/drafts/visit.release': WARNINGS,
      'office/drafts/other.release': WARNINGS,
      'elsewhere.json': JSON.stringify({ ignore: [{ file: 'office/drafts/other.release', rule: 'attribution/loaded-verb', text: 'stated' }] }),
    });
  });
  after(() => t.remove());
  const check = (...args: string[]) => cli(['check', '--format', 'json', '--rule', 'structure=off', ...args], { cwd: t.dir });

  it('drops that finding in the draft the entry names, and only there', () => {
    assert.deepStrictEqual(rules(check('office/drafts/visit.release').stdout), ['number/spell-out-small']);
    assert.deepStrictEqual(rules(check('office/drafts/other.release').stdout), ['attribution/loaded-verb', 'number/spell-out-small']);
  });

  it('with --config, entries name drafts from that file\'s folder', () => {
    assert.deepStrictEqual(rules(check('--config', 'elsewhere.json', 'office/drafts/other.release').stdout), ['number/spell-out-small']);
    assert.deepStrictEqual(rules(check('--config', 'elsewhere.json', 'office/drafts/visit.release').stdout), ['attribution/loaded-verb', 'number/spell-out-small']);
  });
});
