/**
 * The Settings editor offers every rule by name, with its description and a severity dropdown, and
 * `.copydesk.json` completes every rule id: package.json's `copydesk.rules` and the project file
 * schema list exactly the registry's rules and families (scripts/rule-settings.js writes them).
 * Every rule id a setting's description gives as an example is a real rule.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../checker';
import { SEVERITIES } from '../../protocol/settings';

const REPO = path.resolve(__dirname, '..', '..', '..');
const readJson = (file: string): any => JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ruleProperties } = require(path.join(REPO, 'scripts', 'rule-settings.js')) as { ruleProperties: () => Record<string, { enum: string[]; description: string }> };

describe('the rules setting lists every rule', () => {
  const manifest = readJson('package.json');
  const setting = manifest.contributes.configuration.properties['copydesk.rules'];
  const schema = readJson('schemas/copydesk.schema.json').properties.rules;
  const hint = 'run `npm run compile && node scripts/rule-settings.js` after adding, renaming or redescribing a rule';

  it('package.json: one entry per rule and per family, each a severity dropdown with the rule’s description', () => {
    assert.deepStrictEqual(setting.properties, ruleProperties(), hint);
    for (const rule of RULES) {
      const entry = setting.properties[rule.id] as { enum: string[]; description: string };
      assert.deepStrictEqual(entry.enum, [...SEVERITIES], rule.id);
      assert.ok(entry.description.includes(rule.description), `${rule.id}: ${entry.description}`);
    }
    assert.ok(setting.properties.rank && setting.properties.date, 'families can be set at once');
  });

  it('schemas/copydesk.schema.json: the same entries for .copydesk.json', () => {
    assert.deepStrictEqual(schema.properties, ruleProperties(), hint);
  });

  it('still accepts any key, so a rule of a newer Copydesk in a shared project file is reported by the server, not by the schema', () => {
    assert.deepStrictEqual(setting.additionalProperties.enum, [...SEVERITIES]);
  });

  it('every rule id in a setting’s description or example is a rule of the registry', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const texts = JSON.stringify([manifest.contributes.configuration, readJson('schemas/copydesk.schema.json')]);
    const named = [...texts.matchAll(/\\"([a-z]+\/[a-z-]+)\\"/g)].map((m) => m[1]);
    assert.ok(named.length > 0, 'the descriptions give examples');
    assert.deepStrictEqual(named.filter((id) => !ids.has(id)), [], 'examples naming no rule');
  });
});
