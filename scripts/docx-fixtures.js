// Makes the Word documents the tests read, with real word processors: pandoc and LibreOffice
// convert the release drafts in test/fixtures/docx/src/ to .docx (and LibreOffice to a legacy
// .doc and a macro-enabled .docm, for the bad-input tests). The results are committed; run this
// again after changing a source:  node scripts/docx-fixtures.js
//
// Also `sofficeToText(files, outDir)`: LibreOffice's own reading of documents as text, which the
// tests compare with the fixed draft (and which fails with the install command when it is missing).
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { aptCommand, debianPackages } = require('./debian-packages');

const DIR = path.join(__dirname, '..', 'test', 'fixtures', 'docx');
const SRC = path.join(DIR, 'src');

/** @param {string} tool */
function need(tool) {
  const r = spawnSync(tool, ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`${tool} is not installed; install it with: ${aptCommand(debianPackages('docx'))}`);
}

/**
 * LibreOffice with a profile of its own (so that it runs beside another LibreOffice), headless.
 * @param {string[]} args
 */
function soffice(args) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-soffice-'));
  try {
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args], { encoding: 'utf8', timeout: 120000 });
    if (r.error) throw new Error(`soffice did not run (${r.error.message}); install it with: ${aptCommand(debianPackages('docx'))}`);
    return r;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * LibreOffice's reading of each document, exported as text (`txt`, BOM removed) or as flat ODF
 * XML (`fodt`: headers, footnotes, comments and text boxes included), and its exit status.
 * @param {string[]} files
 * @param {'txt' | 'fodt'} [as]
 * @returns {{ status: number | null, texts: string[], stderr: string }}
 */
function sofficeToText(files, as = 'txt') {
  need('soffice');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-txt-'));
  try {
    const r = soffice(['--convert-to', as === 'txt' ? 'txt:Text (encoded):UTF8' : 'fodt', '--outdir', out, ...files]);
    const texts = files.map((f) => {
      const txt = path.join(out, `${path.basename(f).replace(/\.[^.]+$/, '')}.${as}`);
      return fs.existsSync(txt) ? fs.readFileSync(txt, 'utf8').replace(/^\uFEFF/, '') : '';
    });
    return { status: r.status, texts, stderr: r.stderr };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

function make() {
  need('pandoc');
  need('soffice');
  // pandoc stamps the time of the conversion in docProps/core.xml unless told the time.
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1764547200' };
  for (const md of fs.readdirSync(SRC).filter((f) => f.endsWith('.md'))) {
    const out = path.join(DIR, md.replace(/\.md$/, '.docx'));
    const r = spawnSync('pandoc', [path.join(SRC, md), '-o', out], { encoding: 'utf8', env });
    if (r.status !== 0) throw new Error(`pandoc failed on ${md}: ${r.stderr}`);
    console.log(`pandoc ${md} -> ${path.relative(process.cwd(), out)}`);
  }
  const fodts = fs.readdirSync(SRC).filter((f) => f.endsWith('.fodt')).map((f) => path.join(SRC, f));
  const bad = path.join(DIR, 'bad');
  fs.mkdirSync(bad, { recursive: true });
  const runs = [
    { args: ['--convert-to', 'docx:MS Word 2007 XML', '--outdir', DIR, ...fodts], what: '.docx' },
    { args: ['--convert-to', 'doc:MS Word 97', '--outdir', bad, path.join(SRC, 'libreoffice-tracked.fodt')], what: 'legacy .doc' },
    { args: ['--convert-to', 'docm:MS Word 2007 XML VBA', '--outdir', bad, path.join(SRC, 'libreoffice-tracked.fodt')], what: 'macro-enabled .docm' },
  ];
  for (const { args, what } of runs) {
    const r = soffice(args);
    if (r.status !== 0) throw new Error(`LibreOffice could not make the ${what}: ${r.stderr}`);
    console.log(r.stdout.trim());
  }
}

module.exports = { sofficeToText };

if (require.main === module) {
  try {
    make();
  } catch (e) {
    console.error(`docx-fixtures: ${/** @type {Error} */ (e).message}`);
    process.exit(1);
  }
}
