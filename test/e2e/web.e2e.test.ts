/**
 * The web extension as a person sees it: the same workbench, with Copydesk in the browser's web
 * worker extension host (scripts/test-e2e.js starts a second code-server for this file with the
 * user setting "remote.extensionKind": { "copydesk.copydesk": ["web"] }), as in vscode.dev and
 * github.dev. Squiggles, the hover and a quick fix, with nothing of Copydesk in a Node process.
 */
import * as assert from 'assert';
import type { Page } from 'playwright-core';
import { copydeskStatus, editor, editorText, hoverOnRank, openFile, poll, runCommand, screenshot, sessionPerSuite } from './workbench';

describe('Copydesk as a web extension (the browser\'s web worker extension host)', function () {
  this.timeout(90_000);
  let page: Page;
  sessionPerSuite((p) => (page = p), 'web-');

  it('runs in the web worker host: Running Extensions lists Copydesk there', async () => {
    await openFile(page, 'broken.release'); // activates Copydesk
    await runCommand(page, 'Developer: Show Running Extensions');
    const view = page.locator('.runtime-extensions-editor');
    const row = view.locator('.monaco-list-row', { hasText: 'Copydesk' }).first();
    try {
      // The list is virtual: only the rows in view exist, and where Copydesk's row falls depends on
      // the activation times, so the list is scrolled down until it is drawn.
      const text = await poll(page, 'Copydesk in the running extensions', async () => {
        if ((await row.count()) > 0) return row.innerText();
        const box = await view.locator('.monaco-list').first().boundingBox();
        if (box) {
          await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
          await page.mouse.wheel(0, box.height / 2);
        }
        return undefined;
      });
      // Its row whole in view for the screenshot: the list scrolled to its end, where the last rows are.
      const box = await view.locator('.monaco-list').first().boundingBox();
      if (box) await page.mouse.wheel(0, 10 * box.height);
      await row.waitFor();
      await screenshot(page, 'web-running-extensions');
      // Each row names its host: the remote's address for the Node host, "Web Worker" for the browser's.
      assert.match(text, /Web Worker/i, `Copydesk's row: ${text}`);
      assert.doesNotMatch(text, /127\.0\.0\.1/, `Copydesk's row: ${text}`);
    } finally {
      // Closed whatever happened, so the next test starts from the editor.
      await page.keyboard.press('Escape');
      await view.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => page.keyboard.press('Control+W'));
    }
  });

  it('shows squiggles, the Copydesk status and the rank hover, and its quick fix rewrites LTG', async () => {
    await openFile(page, 'broken.release');
    const squiggles = editor(page).locator('.squiggly-error, .squiggly-warning, .squiggly-info');
    await poll(page, 'three squiggles', async () => (await squiggles.count()) >= 3);
    const status = await poll(page, 'the Copydesk status bar item', async () => {
      const t = await copydeskStatus(page).innerText();
      return /Copydesk: \d+ error/.test(t) ? t : undefined;
    });
    assert.match(status, /Copydesk: \d+ errors?/);
    const { at } = await hoverOnRank(page);
    await screenshot(page, 'web-squiggles-hover');
    await page.mouse.move(5, 400);
    await page.keyboard.press('Escape');
    // The quick fix, from the keyboard as a writer would: Ctrl+. on the rank, the first entry.
    await page.mouse.click(at.x, at.y);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Lt. Gen.' }).first();
    await fix.waitFor({ timeout: 20_000 });
    await fix.click();
    await poll(page, 'LTG rewritten', async () => (await editorText(page)).includes('Lt. Gen. Sean MacFarland'));
    await page.keyboard.press('Control+Z');
  });
});
