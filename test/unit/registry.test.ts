import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../checker';

const root = path.join(__dirname, '..', '..', '..');

describe('rule registry', () => {
  it('has unique ids namespaced by their family, sorted', () => {
    const ids = RULES.map((r) => r.id);
    assert.deepStrictEqual([...new Set(ids)], ids, 'duplicate rule id');
    assert.deepStrictEqual([...ids].sort(), ids, 'registry is not sorted');
    for (const r of RULES) assert.match(r.id, new RegExp(`^${r.family}/[a-z0-9]+(?:-[a-z0-9]+)*$`), r.id);
  });

  for (const r of RULES) {
    const file = r.id.replace('/', '-');
    const [family, name] = r.id.split('/');
    it(`${r.id}: one file, a docs page, complete metadata`, () => {
      assert.ok(fs.existsSync(path.join(root, 'checker', 'rules', family, `${name}.ts`)), `checker/rules/${family}/${name}.ts`);
      const page = path.join(root, 'docs', 'rules', `${file}.md`);
      assert.ok(fs.existsSync(page), `docs/rules/${file}.md is missing`);
      assert.ok(fs.readFileSync(page, 'utf8').includes(r.id), `docs/rules/${file}.md does not name ${r.id}`);
      for (const key of ['description', 'why', 'right', 'wrong'] as const) assert.ok(r[key].trim().length > 5, `${r.id}.${key}`);
      assert.ok(['off', 'hint', 'information', 'warning', 'error'].includes(r.defaultSeverity));
    });
  }
});
