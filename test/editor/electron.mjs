// The same in-editor suite through @vscode/test-electron, for a machine with desktop VS Code:
//   VSCODE_PATH=/path/to/code node test/editor/electron.mjs
// It never downloads VS Code (these machines cannot): it runs the executable you point it at.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleSuite } from './bundleSuite.mjs';
import { runTests } from '@vscode/test-electron';
import { ROOT } from '../../scripts/editor/codeServer.mjs';

const executable = process.env.VSCODE_PATH;
if (!executable) {
  process.stderr.write('sora: set VSCODE_PATH to a desktop VS Code executable (this script does not download one).\n');
  process.exit(2);
}
const scratch = mkdtempSync(join(tmpdir(), 'sora-electron-'));
try {
  const suite = await bundleSuite(scratch);
  const workspace = join(scratch, 'workspace');
  cpSync(join(ROOT, 'test/editor/workspace'), workspace, { recursive: true });
  // As in run.mjs: the suite checks that the client starts the server without this variable.
  const certificates = join(scratch, 'no-certificates.pem');
  writeFileSync(certificates, '');
  await runTests({
    extensionTestsEnv: { NODE_EXTRA_CA_CERTS: certificates },
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: suite,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${join(scratch, 'user')}`],
  });
} catch (error) {
  process.stderr.write(`sora: the in-editor suite failed: ${error?.message ?? error}\n`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
