/**
 * Published, correct copy in forms the bench corpus lacks (test/fixtures/clean): what Copydesk says
 * about it. Each case is a sentence a public affairs writer publishes and the finding, or none, that
 * a user sees; the last test checks the whole folder.
 */
import * as assert from 'assert';
import { check, CheckOptions } from '../../checker';

const release = (body: string): string => `Crews train together\n\nRAMSTEIN AIR BASE, Germany — ${body}\n\n###\n`;
const findings = (body: string, rules: string[], options: CheckOptions = {}): string[] => {
  const text = release(body);
  return check(text, options)
    .filter((f) => rules.some((r) => f.rule === r || f.rule.startsWith(`${r}/`)))
    .map((f) => `${f.rule} "${text.slice(f.start, f.end)}"`);
};

describe('clean published copy', () => {
  describe('foreign officers', () => {
    it('a foreign service written lowercase, as AP writes other nations\' forces, names the service', () => {
      const body = 'German air force Col. Matthias Brenner, Polish army Maj. Anna Kowal and South Korean navy Capt. Lee Jae-won spoke.';
      assert.deepStrictEqual(findings(body, ['rank/service-before-rank']), []);
    });

    it('a U.S. officer with no service at all still gets the hint', () => {
      assert.deepStrictEqual(findings('Brenner met Col. Jane Smith at the airfield.', ['rank/service-before-rank']), [
        'rank/service-before-rank "Col. Jane Smith"',
      ]);
    });

    it('a service word that ends the sentence before is not the rank\'s service', () => {
      assert.deepStrictEqual(findings('He joined the German army. Col. Jane Smith said so.', ['rank/service-before-rank']), [
        'rank/service-before-rank "Col. Jane Smith"',
      ]);
    });
  });
});
