// `npm start`: the product, running. Builds the extension and opens examples/ in VS Code with it
// loaded: the local `code` command when there is one, otherwise the project's pinned code-server,
// served on 127.0.0.1 until Ctrl+C.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CODE_SERVER_VERSION, ROOT, SetupError, ensureCodeServer, installVsix, packageExtension, say, startCodeServer,
} from './editor/codeServer.mjs';

const EXAMPLES = join(ROOT, 'examples');

function hasDesktopCode() {
  if (process.env.SORA_USE_CODE_SERVER) return false;
  const probe = spawnSync('code', ['--version'], { encoding: 'utf8' });
  // code-server also installs a `code` shim on some machines: only a real desktop VS Code counts.
  return probe.status === 0 && !/code-server/i.test(probe.stdout);
}

async function main() {
  if (hasDesktopCode()) {
    say('building the extension…');
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new SetupError('the build failed (see above)');
    say('opening examples/ in VS Code with the extension loaded (--extensionDevelopmentPath)…');
    spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${ROOT}`, EXAMPLES], { stdio: 'inherit' });
    return;
  }
  say(`no desktop VS Code here: using code-server ${CODE_SERVER_VERSION} (VS Code in the browser).`);
  ensureCodeServer();
  const vsix = packageExtension();
  const scratch = mkdtempSync(join(tmpdir(), 'sora-start-'));
  const userDataDir = join(scratch, 'user');
  const extensionsDir = join(scratch, 'extensions');
  installVsix(vsix, extensionsDir, userDataDir);
  const port = process.env.PORT ? Number(process.env.PORT) : 8080;
  const server = await startCodeServer({ userDataDir, extensionsDir, folder: EXAMPLES, port });
  const url = `${server.base}/?folder=${encodeURIComponent(EXAMPLES)}`;
  say(`VS Code is serving examples/ with the Sora Prompt extension at:\n\n    ${url}\n`);
  say('open it in a browser on this machine (or forward the port); press Ctrl+C to stop.');
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    say('stopping code-server…');
    server.stop();
    rmSync(scratch, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.child.on('exit', (code) => {
    if (stopping) return;
    say(`code-server stopped (exit ${code}).`);
    rmSync(scratch, { recursive: true, force: true });
    process.exit(code ?? 1);
  });
}

main().catch((error) => {
  if (error instanceof SetupError) {
    process.stderr.write(`sora: cannot start: ${error.message}\n`);
  } else {
    process.stderr.write(`sora: cannot start: ${error?.message ?? error}\n`);
  }
  process.exit(1);
});
