/**
 * Drives the VS Code workbench (code-server in headless Chromium) the way a person would: Quick
 * Open, the command palette, the mouse and the keyboard. Only playwright locators are used, so
 * this compiles without the DOM lib.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Browser, chromium, Locator, Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');
// The same browser and flags as the VS Code suite's (scripts/code-server.js); requireChromium()
// throws with the apt-get command when it is missing.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CHROMIUM_ARGS, requireChromium } = require(path.join(ROOT, 'scripts', 'code-server.js')) as { CHROMIUM_ARGS: string[]; requireChromium: () => string };

export interface Session {
  browser: Browser;
  page: Page;
}

/** The code-server that scripts/test-e2e.js started, with the extension installed. */
export function serverUrl(): string {
  const url = process.env.COPYDESK_E2E_URL;
  if (!url) throw new Error('COPYDESK_E2E_URL is not set: run these tests with `npm run test:e2e` (scripts/test-e2e.js starts code-server)');
  return url;
}

export async function openSession(): Promise<Session> {
  const browser = await chromium.launch({ executablePath: requireChromium(), headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(serverUrl(), { waitUntil: 'domcontentloaded' });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view').waitFor({ timeout: 60_000 });
  return { browser, page };
}

/**
 * One workbench window for the tests of a describe block, like one editing session: opened before
 * them (`use` gets its page), closed after them; a failing test leaves a screenshot of what it
 * left on screen (`failed-<prefix><title>.png`).
 */
export function sessionPerSuite(use: (page: Page) => void, prefix = ''): void {
  let session: Session | undefined;
  before(async () => {
    session = await openSession();
    use(session.page);
  });
  after(async () => {
    if (session) await session.browser.close();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await screenshot(session.page, `failed-${prefix}${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`).catch(() => undefined);
    }
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled' }); // no half-faded notifications
  return file;
}

/** Quick Open (Ctrl+P) → file name → Enter, then waits for its editor tab to be active. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: name }).waitFor();
  await editor(page).locator('.view-lines').waitFor();
}

/** Command palette (F1) → command title → Enter. */
/** Runs a palette command; `opensQuickInput`: the command shows its own list in the same widget, so it is not waited away. */
export async function runCommand(page: Page, title: string, beforeEnter?: () => Promise<void>, opensQuickInput = false): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  if (beforeEnter) await beforeEnter();
  await page.keyboard.press('Enter');
  if (opensQuickInput) await page.locator('.quick-input-widget input', { hasNotText: title }).and(page.locator(`:not([value^=">"])`)).waitFor({ state: 'visible' });
  else await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

export function editor(page: Page): Locator {
  return page.locator('.editor-group-container.active .monaco-editor').first();
}

/** The text the editor shows (Monaco renders spaces as no-break spaces). */
export async function editorText(page: Page): Promise<string> {
  const text = await editor(page).locator('.view-lines').innerText();
  return text.replace(/\u00a0/g, ' ');
}

/** Polls the shown text until `ok` holds (never a fixed sleep). */
export async function waitForText(page: Page, what: string, ok: (text: string) => boolean, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await editorText(page);
    if (ok(text)) return text;
    await page.waitForTimeout(100);
  }
  throw new Error(`Timed out waiting for ${what}; the editor shows:\n${text}`);
}

/** Screen coordinates of the middle of `word` in the first rendered line that contains it. */
export async function wordCenter(page: Page, word: string): Promise<{ x: number; y: number }> {
  const span = editor(page).locator('.view-lines .view-line span span', { hasText: word }).first();
  await span.waitFor();
  const text = (await span.innerText()).replace(/\u00a0/g, ' ');
  const box = await span.boundingBox();
  if (!box) throw new Error(`"${word}" is not visible`);
  const charWidth = box.width / text.length; // monospace editor font
  const index = text.indexOf(word);
  return { x: box.x + (index + word.length / 2) * charWidth, y: box.y + box.height / 2 };
}

/** Points the mouse at LTG in the open draft and waits for Copydesk's hover, which gives its AP form and title. */
export async function hoverOnRank(page: Page): Promise<{ hover: Locator; text: string; at: { x: number; y: number } }> {
  const at = await wordCenter(page, 'LTG');
  await page.mouse.move(at.x, at.y);
  const hover = page.locator('.monaco-hover:visible', { hasText: 'Lt. Gen.' }).first();
  await hover.waitFor({ timeout: 20_000 });
  const text = await hover.innerText();
  if (!/lieutenant general/i.test(text)) throw new Error(`the hover on LTG does not spell out the rank:\n${text}`);
  return { hover, text, at };
}

/** A status bar entry's aria-label, found by its element id. */
export async function statusLabel(page: Page, id: string): Promise<string> {
  const item = page.locator(`.statusbar-item[id="${id}"]`);
  await item.waitFor();
  return (await item.getAttribute('aria-label')) ?? '';
}

/** The Copydesk status bar item's visible text, e.g. "Copydesk: 3". */
export function copydeskStatus(page: Page): Locator {
  return page.locator('.statusbar-item[id="copydesk.copydesk.copydesk.status"]');
}

/** Polls until `probe` returns a value (not undefined/false), or fails with `what`. */
export async function poll<T>(page: Page, what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await page.waitForTimeout(100);
  }
}
