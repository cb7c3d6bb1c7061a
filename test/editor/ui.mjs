// `npm run test:ui`: a smoke test of what a person sees in VS Code (code-server in headless
// Chromium): the Problems panel lists the vague-adjective warning, the completion widget lists
// camera moves, the hover explains a vague word and the light bulb on a mood offers to show it.
// Screenshots go to test-results/ui/; `npm run screenshots` copies them to docs/images/.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ROOT, SetupError, ensureCodeServer, installVsix, launchBrowser, packageExtension, say, startCodeServer,
} from '../../scripts/editor/codeServer.mjs';

const OUT = join(ROOT, 'test-results', 'ui');
const DOCS_IMAGES = join(ROOT, 'docs', 'images');
const WAIT = { timeout: 60_000 };
const results = [];

async function check(name, body) {
  try {
    await body();
    results.push(true);
    process.stdout.write(`ui: ok - ${name}\n`);
  } catch (error) {
    results.push(false);
    process.stdout.write(`ui: not ok - ${name}: ${error?.message?.split('\n')[0] ?? error}\n`);
  }
}

async function main() {
  ensureCodeServer();
  const vsix = process.env.SORA_VSIX || packageExtension();
  const scratch = mkdtempSync(join(tmpdir(), 'sora-ui-test-'));
  mkdirSync(OUT, { recursive: true });
  let server;
  let browser;
  try {
    const userDataDir = join(scratch, 'user');
    const extensionsDir = join(scratch, 'extensions');
    installVsix(vsix, extensionsDir, userDataDir);
    const workspace = join(scratch, 'lantern-festival');
    cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
    cpSync(join(ROOT, 'test/editor/workspace/draft.sora'), join(workspace, 'draft.sora'));
    server = await startCodeServer({
      userDataDir,
      extensionsDir,
      settings: { 'workbench.colorTheme': 'Default Dark Modern', 'editor.fontSize': 15, 'window.commandCenter': false },
    });
    browser = await launchBrowser();
    const page = browser.pages()[0] ?? (await browser.newPage());
    say('opening the workbench in headless Chromium…');
    await page.goto(`${server.base}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', WAIT);

    // Open draft.sora through Quick Open, as a person would.
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.sora' }).first().waitFor(WAIT);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.sora' }).first().click();
    await page.waitForSelector('.monaco-editor .view-lines', WAIT);

    await check('the status bar shows the Sora Prompt language mode', async () => {
      await page.waitForFunction(() => /Sora Prompt/.test(document.getElementById('status.editor.mode')?.textContent ?? ''), null, WAIT);
    });

    await check('the status bar shows the model and clip length', async () => {
      await page.locator('.statusbar-item', { hasText: 'sora-2 · 8 s' }).first().waitFor(WAIT);
    });

    await check('the Problems panel lists the vague-adjective warning', async () => {
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'vague-adjective' });
      await row.first().waitFor(WAIT);
      await page.screenshot({ path: join(OUT, 'problems.png') });
    });

    await check('the completion widget lists camera moves in a Camera field', async () => {
      const cameraLine = page.locator('.monaco-editor .view-line', { hasText: 'Camera: Slow push-in' }).first();
      await cameraLine.click();
      await page.keyboard.press('End');
      await page.keyboard.type(' then a dol');
      await page.keyboard.press('Control+Space');
      await page.locator('.editor-widget.suggest-widget .monaco-list-row', { hasText: 'dolly zoom' }).first().waitFor(WAIT);
      // Let the details pane render its documentation before the picture is taken.
      await page.locator('.editor-widget.suggest-details', { hasText: 'dolly zoom' }).first().waitFor(WAIT).catch(() => undefined);
      await page.screenshot({ path: join(OUT, 'completion.png') });
      await page.keyboard.press('Escape');
    });

    await check('hovering a vague word explains it', async () => {
      // Put the cursor inside the word and ask for the hover from the keyboard (Ctrl+K Ctrl+I).
      await page.locator('.monaco-editor .view-line', { hasText: 'Scene: A beautiful pier' }).first().click();
      await page.keyboard.press('Home');
      for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      await page.locator('.monaco-hover', { hasText: 'vague word' }).first().waitFor(WAIT);
      await page.screenshot({ path: join(OUT, 'hover.png') });
      await page.keyboard.press('Escape');
    });

    await check('the light bulb on a mood offers to show it', async () => {
      // A new line at the end of the file, typed as a person would, then the quick fixes on "sad".
      await page.locator('.monaco-editor .view-line', { hasText: 'Audio: Waves throughout' }).first().click();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Subject: A sad old man on a bench.');
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'mood-on-person' }).first().waitFor(WAIT);
      await page.keyboard.press('Home');
      for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Control+.');
      await page.locator('.action-widget', { hasText: 'Show it' }).first().waitFor(WAIT);
      await page.screenshot({ path: join(OUT, 'quickfix.png') });
      await page.keyboard.press('Escape');
    });
  } finally {
    await browser?.close().catch(() => undefined);
    server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
  const passed = results.filter(Boolean).length;
  process.stdout.write(`ui: ${passed} passed, ${results.length - passed} failed (screenshots in test-results/ui/)\n`);
  if (process.argv.includes('--update-docs') && passed === results.length) {
    mkdirSync(DOCS_IMAGES, { recursive: true });
    for (const name of ['problems.png', 'completion.png', 'hover.png', 'quickfix.png']) copyFileSync(join(OUT, name), join(DOCS_IMAGES, name));
    say('copied the screenshots to docs/images/.');
  }
  return passed === results.length ? 0 : 1;
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    process.stderr.write(`sora: UI test could not run: ${error instanceof SetupError ? error.message : error?.stack ?? error}\n`);
    process.exit(1);
  });
