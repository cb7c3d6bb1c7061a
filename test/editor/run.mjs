// `npm run test:editor`: the in-editor suite (test/editor/suite) inside real VS Code. The packaged
// .vsix is installed with code-server's own installer and loaded from where it was installed, so the
// packaging is tested too; headless Chromium drives the workbench. Waits are for events with deadlines.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleSuite } from './bundleSuite.mjs';
import {
  ROOT, SetupError, ensureCodeServer, installVsix, launchBrowser, packageExtension, say, startCodeServer,
} from '../../scripts/editor/codeServer.mjs';

const DEADLINE_MS = 180_000;

/** Error lines the extension host logged about our extension. */
function extensionHostErrors(userDataDir) {
  const found = [];
  let seen = 0;
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/exthost|remoteexthost|Sora/i.test(path) && name.endsWith('.log')) {
        seen++;
        for (const line of readFileSync(path, 'utf8').split('\n')) {
          if (/\[error\]/i.test(line) && /sora/i.test(line)) found.push(`${name}: ${line.trim()}`);
        }
      }
    }
  };
  walk(join(userDataDir, 'logs'));
  if (!seen) throw new SetupError(`no extension host log found under ${join(userDataDir, 'logs')}: cannot check it for errors`);
  return found;
}

async function main() {
  ensureCodeServer();
  const vsix = process.env.SORA_VSIX || packageExtension();
  const scratch = mkdtempSync(join(tmpdir(), 'sora-editor-test-'));
  let server;
  let browser;
  try {
    const userDataDir = join(scratch, 'user');
    const installedDir = join(scratch, 'installed');
    installVsix(vsix, installedDir, userDataDir);
    const extensionPath = readdirSync(installedDir).map((n) => join(installedDir, n)).find((p) => statSync(p).isDirectory() && existsSync(join(p, 'package.json')));
    if (!extensionPath) throw new SetupError(`the .vsix installed nothing into ${installedDir}`);
    const workspace = join(scratch, 'workspace');
    mkdirSync(workspace);
    cpSync(join(ROOT, 'test/editor/workspace'), workspace, { recursive: true });
    const suite = await bundleSuite(scratch);

    // The installed copy runs as the extension under development, from an otherwise empty extensions folder.
    // With NODE_EXTRA_CA_CERTS set (to an empty bundle, which Node accepts quietly), the suite can
    // check that the client starts the server without it.
    const certificates = join(scratch, 'no-certificates.pem');
    writeFileSync(certificates, '');
    server = await startCodeServer({ userDataDir, extensionsDir: join(scratch, 'extensions'), env: { NODE_EXTRA_CA_CERTS: certificates } });
    const host = new URL(server.base).host;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', `vscode-remote://${host}${extensionPath}`],
      ['extensionTestsPath', `vscode-remote://${host}${suite}`],
    ]);
    const url = `${server.base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`;
    browser = await launchBrowser();
    const page = browser.pages()[0] ?? (await browser.newPage());
    let finish;
    const exited = new Promise((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = (args ?? []).map(String).join(' ');
      if (text.includes('EDITOR-TEST')) process.stdout.write(`${text.replace(/^.*?EDITOR-TEST /, 'editor: ')}\n`);
      else if (type === 'error' && !text.includes('127.0.0.1:9')) process.stdout.write(`editor [${type}] ${text.slice(0, 500)}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    say('running the in-editor suite in code-server…');
    await page.goto(url);
    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), DEADLINE_MS))]);
    if (code === 'timeout') throw new SetupError(`the suite did not finish within ${DEADLINE_MS / 1000} s`);
    const errors = extensionHostErrors(userDataDir);
    for (const line of errors) process.stdout.write(`editor: extension host error: ${line}\n`);
    if (errors.length) process.stdout.write('editor: not ok - no errors in the extension host log\n');
    else process.stdout.write('editor: ok - no errors in the extension host log\n');
    return code === 0 && errors.length === 0 ? 0 : 1;
  } finally {
    await browser?.close().catch(() => undefined);
    server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    process.stderr.write(`sora: editor tests could not run: ${error?.message ?? error}\n`);
    process.exit(1);
  });
