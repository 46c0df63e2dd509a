/** Runs every annotated fixture under test/unit/fixtures (see fixture-harness.ts for the format). */
import * as fs from 'fs';
import * as path from 'path';
import { runFixture } from './fixture-harness';
import { LanguageKind, PRESETS } from '../../checker';

const dir = path.join(__dirname, '..', '..', '..', 'test', 'unit', 'fixtures');

describe('annotated fixtures', () => {
  for (const file of fs.readdirSync(dir).filter((f) => /\.(txt|md|release)$/.test(f)).sort()) {
    const family = file.split(/[-.]/)[0];
    const language: LanguageKind = file.endsWith('.md') ? 'markdown' : 'press-release';
    // `name.army.txt` runs under the army house style.
    const preset = /\.([a-z-]+)\.(?:txt|md|release)$/.exec(file)?.[1];
    const options = preset && PRESETS[preset] ? { language, preset } : { language };
    it(file, () => {
      runFixture(fs.readFileSync(path.join(dir, file), 'utf8'), family === 'all' ? 'all' : [family], options);
    });
  }
});
