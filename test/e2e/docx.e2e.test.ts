/**
 * A Word document as a writer meets it in the workbench: opening the .docx offers Check with
 * Copydesk, its text opens with the findings underlined, Fix All applies, Ctrl+S writes the fixes
 * into the .docx. Screenshots docx-offer, docx-check and docx-fixed.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { editor, editorText, openSession, poll, runCommand, screenshot, Session, waitForText } from './workbench';

const ROOT = path.join(__dirname, '..', '..', '..');
// The project's reader, compiled by the root tsconfig (outside this suite's rootDir).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const docx = require(path.join(ROOT, 'out', 'docx')) as { readDocx: (b: Uint8Array, max: number) => { stories: Array<{ text: string }> } };

describe('A Word document in the VS Code workbench (code-server + Chromium)', function () {
  this.timeout(90_000);
  let session: Session | undefined;
  let page: Page;
  const file = (): string => path.join(process.env.COPYDESK_E2E_WORKSPACE ?? '', 'unit-release.docx');

  before(async () => {
    fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'docx', 'libreoffice-release.docx'), file());
    session = await openSession();
    page = session.page;
  });

  after(async () => {
    if (session) await session.browser.close();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await screenshot(page, `failed-docx-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`).catch(() => undefined);
  });

  it('opening the .docx offers Check with Copydesk, which opens its text with the findings underlined', async () => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('unit-release.docx');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'unit-release.docx' }).first().waitFor();
    await page.keyboard.press('Enter');
    const offer = page.locator('.notification-toast', { hasText: 'unit-release.docx is a Word document' });
    await offer.waitFor({ timeout: 30_000 });
    await screenshot(page, 'docx-offer');
    await offer.locator('.monaco-button', { hasText: 'Check with Copydesk' }).click();
    await page.locator('.tab.active', { hasText: 'unit-release.docx.release' }).waitFor();
    const squiggles = editor(page).locator('.squiggly-error, .squiggly-warning, .squiggly-info');
    await poll(page, 'the findings underlined', async () => (await squiggles.count()) >= 4, 30_000);
    assert.ok((await editorText(page)).includes('Carter announces 560 more troops for Iraq'));
    await screenshot(page, 'docx-check');
  });

  it('Fix All and Ctrl+S write the fixes into the .docx', async () => {
    await runCommand(page, 'Copydesk: Fix All Issues', undefined, true);
    const preview = page.locator('.quick-input-widget');
    await preview.waitFor({ state: 'visible', timeout: 20_000 });
    await preview.locator('.monaco-list-row', { hasText: 'Change to "2 p.m."' }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    await preview.waitFor({ state: 'hidden', timeout: 20_000 }).catch(() => undefined);
    await waitForText(page, 'the fixes', (t) => t.includes('reporters at 2 p.m. and said') && t.includes('Lt. Gen. Sean MacFarland'));
    await page.keyboard.press('Control+S');
    const body = await poll(page, 'the .docx on disk to hold the fixes', () => {
      const text = docx.readDocx(new Uint8Array(fs.readFileSync(file())), 5 * 1024 * 1024).stories[0].text;
      return Promise.resolve(text.includes('2 p.m.') ? text : undefined);
    });
    assert.ok(body.includes('on July 11 and announced') && body.includes('by August 2016'), body);
    await poll(page, 'the tab to show it saved', async () => !(await page.locator('.tab.active.dirty').count()));
    await screenshot(page, 'docx-fixed');
  });
});
