// Real VS Code on machines without a desktop: code-server (VS Code in the browser) at a pinned
// version, installed on first use into the git-ignored .code-server/ folder, served on 127.0.0.1.
// Desktop VS Code and Electron cannot be downloaded here; code-server comes from the npm registry.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER_VERSION = '4.100.3'; // VS Code 1.100, the last line that runs on Node 20
export const PLAYWRIGHT_VERSION = '1.65.1';
export const TOOLS = join(ROOT, '.code-server');
const CODE_SERVER_BIN = join(TOOLS, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = '/usr/bin/chromium';

export function say(message) {
  process.stdout.write(`sora: ${message}\n`);
}

export class SetupError extends Error {}

/** Debian packages the code-server install and the browser tests need, with the file that proves each. */
const SYSTEM_PACKAGES = [
  { name: 'chromium', proof: CHROMIUM, why: 'the browser that shows code-server in tests' },
  { name: 'ripgrep', proof: '/usr/bin/rg', why: "code-server's search (its own download is not reachable here)" },
  { name: 'libkrb5-dev', proof: '/usr/include/gssapi/gssapi.h', why: 'a native module code-server builds' },
  { name: 'pkg-config', proof: '/usr/bin/pkg-config', why: 'building native modules' },
];

/** Installs missing Debian packages when running as root, or says exactly what to install. */
export function ensureSystemPackages(extra = []) {
  const missing = [...SYSTEM_PACKAGES, ...extra].filter((p) => !existsSync(p.proof));
  if (!missing.length) return;
  const names = missing.map((p) => p.name);
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    throw new SetupError(
      `missing Debian packages: ${missing.map((p) => `${p.name} (${p.why})`).join(', ')}.\n` +
        `  Install them with: sudo apt-get install -y --no-install-recommends ${names.join(' ')}`,
    );
  }
  say(`installing Debian packages: ${names.join(', ')} (once per machine)…`);
  const quiet = { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  const update = spawnSync('apt-get', ['update', '-q'], quiet);
  const install = spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...names], quiet);
  if (update.status !== 0 || install.status !== 0) {
    throw new SetupError(`apt-get could not install ${names.join(' ')}:\n${String(install.stderr || update.stderr).trim().split('\n').slice(-5).join('\n')}`);
  }
}

function installedVersion() {
  const manifest = join(TOOLS, 'node_modules', 'code-server', 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
}

/** Installs the pinned code-server and playwright-core into .code-server/ unless they are there already. */
export function ensureCodeServer() {
  ensureSystemPackages();
  if (installedVersion() === CODE_SERVER_VERSION && existsSync(join(TOOLS, 'node_modules', 'playwright-core'))) return;
  say(`installing code-server ${CODE_SERVER_VERSION} into .code-server/ (first use only, 1-2 minutes)…`);
  rmSync(join(TOOLS, 'node_modules'), { recursive: true, force: true });
  mkdirSync(TOOLS, { recursive: true });
  writeFileSync(join(TOOLS, 'package.json'), `${JSON.stringify({ name: 'sora-prompt-editor-tools', private: true }, null, 2)}\n`);
  const tmp = join(TOOLS, 'tmp');
  // @vscode/ripgrep downloads rg from GitHub in its postinstall; hand it Debian's rg from its cache instead.
  const cache = join(tmp, 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(join(tmp, 'rg'), { recursive: true });
  mkdirSync(cache, { recursive: true });
  copyFileSync('/usr/bin/rg', join(tmp, 'rg', 'rg'));
  execFileSync('tar', ['czf', join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', join(tmp, 'rg'), 'rg']);
  const log = join(TOOLS, 'install.log');
  const result = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`, `playwright-core@${PLAYWRIGHT_VERSION}`],
    {
      cwd: TOOLS,
      encoding: 'utf8',
      env: {
        ...process.env,
        TMPDIR: tmp,
        npm_config_yes: 'true', // node-pty's build runs npx
        npm_config_unsafe_perm: 'true', // code-server's postinstall refuses root otherwise
        npm_config_nodedir: '/usr', // node-gyp uses the installed Node headers, nothing downloaded
        npm_config_update_notifier: 'false',
      },
    },
  );
  writeFileSync(log, `${result.stdout}\n${result.stderr}`);
  if (result.status !== 0 || installedVersion() !== CODE_SERVER_VERSION) {
    throw new SetupError(`installing code-server failed; the last lines of .code-server/install.log:\n${String(result.stderr).trim().split('\n').slice(-8).join('\n')}`);
  }
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Installs a .vsix into an extensions folder with code-server's own installer. */
export function installVsix(vsix, extensionsDir, userDataDir) {
  const result = spawnSync(process.execPath, [CODE_SERVER_BIN, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix], { encoding: 'utf8' });
  if (result.status !== 0) throw new SetupError(`code-server could not install ${vsix}:\n${result.stderr || result.stdout}`);
}

export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.enableExperiments': false,
};

/**
 * Starts code-server on 127.0.0.1 and waits (with a deadline) until it answers. Returns its base URL
 * and a stop() that ends it and everything it started. `env` adds variables to its environment.
 */
export async function startCodeServer({ userDataDir, extensionsDir, folder, port, settings = {}, env: extraEnv = {} }) {
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  const chosen = port ?? (await freePort());
  const args = [
    CODE_SERVER_BIN, '--bind-addr', `127.0.0.1:${chosen}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
  ];
  if (folder) args.push(folder);
  // The extension gallery points at this machine, where nothing answers: the workbench must not
  // look up open-vsx.org (unreachable here, and no business of a local test run).
  const gallery = 'http://127.0.0.1:9';
  const env = {
    ...process.env,
    // code-server keeps its own config under XDG folders: keep them with this run, not in $HOME.
    XDG_CONFIG_HOME: join(userDataDir, 'xdg-config'),
    XDG_DATA_HOME: join(userDataDir, 'xdg-data'),
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: `${gallery}/vscode/gallery`, itemUrl: `${gallery}/vscode/item`, resourceUrlTemplate: `${gallery}/vscode/asset/{publisher}/{name}/{version}/Microsoft.VisualStudio.Code.WebResources/{path}` }),
    ...extraEnv,
  };
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const base = `http://127.0.0.1:${chosen}`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new SetupError(`code-server exited at start:\n${output.trim().split('\n').slice(-10).join('\n')}`);
    try {
      const response = await fetch(`${base}/healthz`);
      if (response.ok) return { base, stop, child, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((wake) => setTimeout(wake, 250));
  }
  stop();
  throw new SetupError(`code-server did not answer on ${base} within 60 s:\n${output.trim().split('\n').slice(-10).join('\n')}`);
}

/** playwright-core from .code-server/, with Debian's Chromium (no browser download). */
export async function launchBrowser() {
  const { createRequire } = await import('node:module');
  const require = createRequire(join(TOOLS, 'package.json'));
  const { chromium } = require('playwright-core');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const profile = mkdtempSync(join(tmpdir(), 'sora-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 860 },
    // Without the background-networking flags Chromium keeps calling hosts this machine cannot reach.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Builds and packages the extension; returns the .vsix path. */
export function packageExtension() {
  say('building and packaging the extension…');
  const result = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new SetupError(`npm run package failed:\n${(result.stdout + result.stderr).trim().split('\n').slice(-10).join('\n')}`);
  return join(ROOT, 'sora-prompt.vsix');
}
