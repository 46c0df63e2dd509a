/**
 * Copydesk as a person sees it: code-server's VS Code workbench in headless Chromium, with the
 * packaged extension installed (scripts/test-e2e.js starts it on a fresh copy of
 * test/vscode/workspace). The tests run in order on one window, like one editing session.
 * Each saves a screenshot under test-results/screenshots/.
 */
import * as assert from 'assert';
import type { Locator, Page } from 'playwright-core';
import {
  copydeskStatus,
  editor,
  editorText,
  hoverOnRank,
  openFile,
  poll,
  runCommand,
  screenshot,
  sessionPerSuite,
  statusLabel,
  waitForText,
  wordCenter,
} from './workbench';

/** "Copydesk: 2 errors, 1 warning" → 3; "Copydesk: no problems" → 0. */
function statusCount(text: string): number {
  const m = /Copydesk:\s*(.*)/.exec(text);
  return m ? [...m[1].matchAll(/(\d+) (?:errors?|warnings?|notes?)/g)].reduce((n, x) => n + Number(x[1]), 0) : 0;
}

describe('Copydesk in the VS Code workbench (code-server + Chromium)', function () {
  this.timeout(90_000);
  let page: Page;
  sessionPerSuite((p) => (page = p));

  it('opening broken.release shows squiggles, the Problems count and the Copydesk status', async () => {
    await openFile(page, 'broken.release');
    const squiggles = editor(page).locator('.squiggly-error, .squiggly-warning, .squiggly-info');
    await squiggles.first().waitFor({ timeout: 30_000 });
    // rank/service-abbreviation, date/ordinal and attribution/loaded-verb at least.
    await poll(page, 'three squiggles', async () => (await squiggles.count()) >= 3);
    const problems = await poll(page, 'the Problems status to count the findings', async () => {
      const label = await statusLabel(page, 'status.problems');
      const n = [...label.matchAll(/(\d+)/g)].reduce((s, m) => s + Number(m[1]), 0);
      return n >= 3 ? label : undefined;
    });
    assert.match(problems, /Errors: \d+, Warnings: \d+/);
    const status = await poll(page, 'the Copydesk status bar item', async () => {
      const t = await copydeskStatus(page).innerText();
      return statusCount(t) >= 3 ? t : undefined;
    });
    assert.match(status, /Copydesk: \d+ errors?, \d+ warnings?/);
    await screenshot(page, 'squiggles');
  });

  it('the Problems panel lists the findings with their rule ids', async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await poll(page, 'three problem rows', async () => (await rows.count()) >= 4); // file row + findings
    const text = (await page.locator('.markers-panel').innerText()).replace(/\u00a0/g, ' ');
    for (const rule of ['rank/service-abbreviation', 'date/ordinal', 'attribution/loaded-verb']) {
      assert.ok(text.includes(rule), `Problems panel does not show ${rule}:\n${text}`);
    }
    assert.ok(text.includes('copydesk'), 'the source "copydesk" is not shown');
    await screenshot(page, 'problems-panel');
    // The rule link opens the rule's page shipped in the extension, rendered, with no "open external website?" prompt.
    await page.locator('.markers-panel a.monaco-link', { hasText: 'date/ordinal' }).first().click();
    const previewTab = page.locator('.tab', { hasText: 'Preview date-ordinal.md' });
    await previewTab.waitFor({ timeout: 20_000 });
    assert.strictEqual(await page.locator('.monaco-dialog-box').count(), 0, 'a dialog opened');
    const rendered = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await rendered.locator('h1').first().waitFor({ timeout: 20_000 });
    await screenshot(page, 'rule-page');
    await previewTab.hover();
    await previewTab.locator('.tab-actions .action-label').first().click();
    await page.keyboard.press('Control+J'); // hide the panel again
    await page.locator('.markers-panel').waitFor({ state: 'hidden' });
    await openFile(page, 'broken.release');
  });

  it('"Copydesk: Explain a Rule" lists every rule by family and opens the chosen page', async () => {
    await runCommand(page, 'Copydesk: Explain a Rule', undefined, true);
    const list = page.locator('.quick-input-widget');
    await list.locator('.quick-input-list .monaco-list-row', { hasText: 'acronym/' }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.type('service-abbreviation');
    await list.locator('.quick-input-list .monaco-list-row', { hasText: 'rank/service-abbreviation' }).first().waitFor();
    await screenshot(page, 'explain-a-rule');
    await page.keyboard.press('Enter');
    const previewTab = page.locator('.tab', { hasText: 'rank-service-abbreviation.md' });
    await previewTab.waitFor({ timeout: 20_000 });
    await previewTab.hover();
    await previewTab.locator('.tab-actions .action-label').first().click();
    await openFile(page, 'broken.release');
  });

  it('hovering the rank LTG explains it', async () => {
    const { hover, text } = await hoverOnRank(page);
    assert.ok(text.includes('rank/service-abbreviation'), text);
    await screenshot(page, 'hover-rank');
    // The problem's own rule link in the hover opens the packaged page, rendered.
    await hover.locator('a.code-link', { hasText: 'rank/service-abbreviation' }).first().click();
    const previewTab = page.locator('.tab', { hasText: 'Preview rank-service-abbreviation.md' });
    await previewTab.waitFor({ timeout: 20_000 });
    assert.strictEqual(await page.locator('.monaco-dialog-box').count(), 0, 'a dialog opened');
    await previewTab.hover();
    await previewTab.locator('.tab-actions .action-label').first().click();
    await openFile(page, 'broken.release');
    await page.mouse.move(5, 400);
    await page.keyboard.press('Escape');
  });

  it('Ctrl+. on LTG offers the quick fix and applying it writes Lt. Gen.', async () => {
    const at = await wordCenter(page, 'LTG');
    await page.mouse.click(at.x, at.y);
    await page.keyboard.press('Control+Period');
    const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Lt. Gen.' }).first();
    await item.waitFor({ timeout: 20_000 });
    await screenshot(page, 'quick-fix-menu');
    await item.click();
    const text = await waitForText(page, 'Lt. Gen. Sean MacFarland', (t) => t.includes('Lt. Gen. Sean MacFarland'));
    assert.ok(!text.includes('LTG'), text);
    await screenshot(page, 'quick-fix-applied');
  });

  it('clicking the Copydesk status bar item opens the Style Report beside the draft', async () => {
    await copydeskStatus(page).click();
    const tab = page.locator('.tab', { hasText: 'Style Report: broken.release' });
    await tab.waitFor({ timeout: 20_000 });
    // The report is a webview: the workbench's iframe holds the document's own iframe.
    const report = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const clearance = report.locator('strong', { hasText: /ready for release|review before release/ }).first();
    await clearance.waitFor({ timeout: 20_000 });
    // After the quick fix the draft still has the ordinal date and the loaded verb: both errors.
    assert.match(await clearance.innerText(), /^\d+ errors?, \d+ warnings?, \d+ notes?: not ready for release$/);
    await report.locator('h1', { hasText: 'Style report: broken.release' }).waitFor();
    await report.locator('.checked', { hasText: /Checked at .*as you type/ }).waitFor();
    for (const heading of ['Findings', 'Quotes and who is quoted', 'People and their first references', 'Acronyms']) {
      await report.locator('h2', { hasText: heading }).first().waitFor();
    }
    // Findings grouped by family with plain names, each a link to its place.
    await report.locator('h3', { hasText: /^Dates \(\d+\)$/ }).waitFor();
    await report.locator('h3', { hasText: /^Attribution \(\d+\)$/ }).waitFor();
    await screenshot(page, 'style-report');
    // Clicking the loaded verb's entry puts the cursor on "stated" (line 8) in the draft.
    await report.locator('a.go', { hasText: 'stated' }).first().click();
    await poll(page, 'the cursor on line 8', async () => /Ln 8, Col \d+/.test(await statusLabel(page, 'status.editor.selection')));
    await tab.hover();
    await tab.locator('.tab-actions .action-label').first().click();
    await tab.waitFor({ state: 'detached' });
    await openFile(page, 'broken.release');
  });

  it('"Copydesk: Fix All Issues" from the command palette lists the fixes by family, all checked; Enter applies them and the status count drops', async () => {
    const before = await poll(page, 'a Copydesk count', async () => {
      const n = statusCount(await copydeskStatus(page).innerText());
      return n > 0 ? n : undefined;
    });
    await runCommand(page, 'Copydesk: Fix All Issues', () => screenshot(page, 'command-palette').then(() => undefined), true);
    // The checklist: one section per family, in plain words, every fix checked; no entry that changes nothing.
    const preview = page.locator('.quick-input-widget');
    await preview.waitFor({ state: 'visible', timeout: 20_000 });
    const rows = preview.locator('.monaco-list-row');
    for (const family of ['Acronyms (1)', 'Attribution (1)', 'Dates (1)']) {
      await preview.locator('.quick-input-list-separator, .quick-input-list-separator-as-item, .monaco-list-row', { hasText: family }).first().waitFor({ timeout: 20_000 });
    }
    await rows.filter({ hasText: 'said' }).first().waitFor();
    assert.strictEqual(await rows.filter({ hasText: /changes nothing|rank\/|date\//i }).count(), 0, 'a dummy row or a rule id shows in the checklist');
    await expectChecked(preview, 3, 0);
    // Nothing changes until Enter.
    assert.ok((await editorText(page)).includes('July 11th'), 'the draft changed before Enter');
    await screenshot(page, 'fix-all-preview');
    await page.keyboard.press('Enter');
    await preview.waitFor({ state: 'hidden', timeout: 20_000 }).catch(() => undefined);
    const text = await waitForText(page, 'the fixes', (t) => !t.includes('July 11th') && t.includes('Carter said'));
    assert.ok(text.includes('on July 11 and'), text);
    const after = await poll(page, 'the Copydesk count to drop', async () => {
      const n = statusCount(await copydeskStatus(page).innerText());
      return n < before ? n : undefined;
    });
    assert.ok(after < before, `status count ${before} → ${after}`);
    await poll(page, 'the notification', async () => (await page.locator('.notification-toast', { hasText: 'Copydesk: applied' }).count()) > 0);
    // The tab's problem count follows the markers a moment later: wait until it no longer counts the fixed findings.
    await poll(page, "the tab's problem count to drop", async () => {
      const m = /(\d+)/.exec(await page.locator('.tab.active', { hasText: 'broken.release' }).innerText());
      return !m || Number(m[1]) <= after;
    });
    await screenshot(page, 'fix-all');
    assert.ok((await editorText(page)).includes('Lt. Gen. Sean MacFarland'));
  });

  it('unchecking a fix in the Fix All checklist leaves that one out and applies the others', async () => {
    await runCommand(page, 'File: Revert File');
    await waitForText(page, 'the draft as saved', (t) => t.includes('July 11th') && t.includes('Carter stated'));
    await poll(page, 'a Copydesk count', async () => statusCount(await copydeskStatus(page).innerText()) > 0 || undefined);
    await runCommand(page, 'Copydesk: Fix All Issues', undefined, true);
    const preview = page.locator('.quick-input-widget');
    const said = preview.locator('.monaco-list-row', { hasText: 'Change to "said"' }).first();
    await said.waitFor({ timeout: 20_000 });
    await expectChecked(preview, 4, 0);
    await said.locator('.monaco-checkbox').click();
    await expectChecked(preview, 4, 1);
    // The clicked checkbox has the focus (Enter there would toggle it back): OK applies, as a writer with the mouse does.
    await preview.locator('.monaco-button', { hasText: 'OK' }).first().click();
    const text = await waitForText(page, 'the checked fixes', (t) => !t.includes('July 11th'));
    assert.ok(text.includes('Carter stated.'), `the unchecked fix was applied: ${text}`);
    assert.ok(text.includes('Lt. Gen. Sean MacFarland') && !text.includes('Army Lt. Gen.'), text);
  });

  it('the light bulb on COL offers project actions; "Accept" writes .copydesk.json, not the draft, and its Undo takes it back', async () => {
    await openFile(page, 'unopened.release');
    const before = await poll(page, 'a Copydesk count for unopened.release', async () => {
      const n = statusCount(await copydeskStatus(page).innerText());
      return n > 0 ? n : undefined;
    });
    const original = await editorText(page);
    // COL carries two findings: the rank's abbreviation (on COL) and service before rank (on COL Jane Doe).
    const at = await wordCenter(page, 'COL');
    await page.mouse.click(at.x, at.y);
    await page.keyboard.press('Control+Period');
    const rows = page.locator('.action-widget .monaco-list-row');
    const accept = rows.filter({ hasText: 'Accept "COL" in this project' }).first();
    await accept.waitFor({ timeout: 20_000 });
    const titles = (await rows.allInnerTexts()).map((t) => t.trim()).filter((t) => t !== '' && t !== 'Quick Fix'); // less the menu's heading
    assert.strictEqual(titles[0], 'Replace "COL" with "Col."', `the fix first: ${titles.join(' | ')}`);
    assert.match(titles[titles.length - 1], /^Disable rank\/[a-z-]+ on this line$/, `a directive last: ${titles.join(' | ')}`);
    assert.ok(titles.includes('Ignore "COL" (rank/service-abbreviation) in this file'), titles.join(' | '));
    await screenshot(page, 'project-actions');
    await accept.click();
    const toast = page.locator('.notification-toast', { hasText: 'accepted "COL"' });
    await toast.first().waitFor({ timeout: 20_000 });
    const after = await poll(page, 'the Copydesk count to drop by one', async () => {
      const n = statusCount(await copydeskStatus(page).innerText());
      return n === before - 1 ? n : undefined;
    });
    assert.strictEqual(await editorText(page), original, 'the draft is untouched');
    await screenshot(page, 'project-action-done');
    await toast.first().locator('.monaco-button', { hasText: 'Undo' }).click();
    await poll(page, 'the Copydesk count back after Undo', async () => statusCount(await copydeskStatus(page).innerText()) === after + 1);
  });

  it('the Settings editor lists the Copydesk settings in plain words, and every rule in the rules setting with a severity dropdown', async () => {
    await runCommand(page, 'Preferences: Open Settings (UI)');
    const search = page.locator('.settings-editor .suggest-input-container .monaco-editor').first();
    await search.waitFor({ timeout: 20_000 });
    await search.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('@ext:copydesk.copydesk rules');
    const rules = page.locator('.setting-item', { hasText: 'How strictly Copydesk reports each check' }).first();
    await rules.waitFor({ timeout: 20_000 });
    await screenshot(page, 'settings-rules');
    // Add Item: the key is chosen from a list of every rule, the value from the severities.
    await rules.hover();
    const add = await rules.locator('.monaco-button', { hasText: 'Add Item' }).first().boundingBox();
    assert.ok(add, 'the Add Item button');
    await page.mouse.click(add.x + add.width / 2, add.y + add.height / 2);
    // A row with two dropdowns: the rule (or family), then its severity.
    const keyDropdown = rules.locator('.monaco-select-box').first();
    await keyDropdown.waitFor({ timeout: 10_000 });
    assert.strictEqual(await rules.locator('.monaco-select-box').count(), 2);
    await keyDropdown.click();
    // The list of every family and rule, the one under the pointer described below it.
    const list = page.locator('.monaco-select-box-dropdown-container').first();
    await list.locator('.option-text', { hasText: /^acronym$/ }).first().waitFor({ timeout: 10_000 });
    await list.locator('.select-box-details-pane', { hasText: 'Acronyms: every rule of this family at once.' }).waitFor({ timeout: 10_000 });
    await screenshot(page, 'settings-rules-keys');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await runCommand(page, 'View: Close Editor');
  });
});

/** The checklist shows `rows` fix checkboxes, `unchecked` of them unchecked (the rest checked). */
async function expectChecked(preview: Locator, rows: number, unchecked: number): Promise<void> {
  const boxes = preview.locator('.monaco-list-row .monaco-checkbox');
  await poll(preview.page(), `${rows} checkboxes, ${unchecked} unchecked`, async () => {
    const all = await boxes.count();
    const checked = await preview.locator('.monaco-list-row .monaco-checkbox.checked').count();
    return all === rows && all - checked === unchecked ? true : undefined;
  });
}
