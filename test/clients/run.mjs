// `npm run test:clients`: the language server in LSP clients we did not write. Neovim and Emacs
// (eglot), both from Debian, start `node dist/server.js --stdio` headless, open a sample and report
// what they got.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SetupError, ensureSystemPackages } from '../../scripts/editor/codeServer.mjs';

const SERVER = join(ROOT, 'dist/server.js');
const FILE = join(ROOT, 'test/editor/workspace/draft.sora');
const checks = [];

function check(name, ok, detail = '') {
  checks.push(ok);
  process.stdout.write(`clients: ${ok ? 'ok' : 'not ok'} - ${name}${ok ? '' : `: ${detail}`}\n`);
}

function neovim() {
  ensureSystemPackages([{ name: 'neovim', proof: '/usr/bin/nvim', why: 'an LSP client to test the server with' }]);
  if (!existsSync(SERVER)) throw new SetupError('dist/server.js is missing: run `npm run build` first');
  const scratch = mkdtempSync(join(tmpdir(), 'sora-nvim-'));
  try {
    const out = join(scratch, 'result.json');
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(ROOT, 'test/clients/neovim-probe.lua')}`], {
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        HOME: scratch,
        XDG_STATE_HOME: scratch,
        XDG_CACHE_HOME: scratch,
        SORA_SERVER: SERVER,
        SORA_FILE: FILE,
        SORA_OUT: out,
        ...probePositions(),
      },
    });
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
    if (!existsSync(out)) throw new SetupError(`Neovim wrote no result (exit ${run.status}): ${run.stderr || run.stdout}`);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    check(`${version} started the server and received diagnostics`, result.ok === true, result.error);
    checkReceived(result);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The checks both clients must pass on what they received from the server. */
function checkReceived(result) {
  const codes = (result.diagnostics ?? []).map((d) => d.code);
  check('diagnostics carry the rule codes', codes.includes('vague-adjective') && codes.includes('timestamp-out-of-range'), JSON.stringify(codes));
  const vague = (result.diagnostics ?? []).find((d) => d.code === 'vague-adjective');
  const range = vague?.range;
  check('a diagnostic has the exact range', range?.start.line === 6 && range.start.character === 9 && range.end.line === 6 && range.end.character === 18, JSON.stringify(range));
  const labels = result.completion ?? [];
  check('completion in Camera offers camera moves', ['push-in', 'dolly zoom', 'whip pan'].every((l) => labels.includes(l)), labels.slice(0, 10).join(', '));
  check('hover explains the term under the cursor', /\*\*push-in\*\* — camera move/.test(result.hover ?? ''), String(result.hover));
}

/** Positions the probes ask completion and hover at: the end of the Camera line, and inside `push-in`. */
function probePositions() {
  const lines = readFileSync(FILE, 'utf8').split('\n');
  const cameraLine = lines.findIndex((l) => l.startsWith('Camera:'));
  return {
    SORA_COMPLETE_AT: `${cameraLine},${lines[cameraLine].length}`,
    SORA_HOVER_AT: `${cameraLine},${lines[cameraLine].indexOf('push-in') + 2}`,
  };
}

// Emacs 28 from Debian with eglot from Debian's ELPA packages (eglot is built in from Emacs 29), set
// up exactly as the README's Emacs section says.
function emacs() {
  ensureSystemPackages([
    { name: 'emacs-nox', proof: '/usr/bin/emacs', why: 'Emacs, a third LSP client, through eglot' },
    { name: 'elpa-eglot', proof: '/usr/share/doc/elpa-eglot', why: "Emacs's LSP client on Emacs 28" },
  ]);
  if (!existsSync(SERVER)) throw new SetupError('dist/server.js is missing: run `npm run build` first');
  const scratch = mkdtempSync(join(tmpdir(), 'sora-emacs-'));
  try {
    const out = join(scratch, 'result.json');
    const run = spawnSync('emacs', ['--batch', '-Q', '-l', join(ROOT, 'test/clients/emacs-probe.el')], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, HOME: scratch, SORA_SERVER: SERVER, SORA_FILE: FILE, SORA_OUT: out, ...probePositions() },
    });
    if (!existsSync(out)) throw new SetupError(`Emacs wrote no result (exit ${run.status}): ${run.stderr || run.stdout}`);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    check(`Emacs ${result.emacs ?? ''} (eglot) started the server and received diagnostics`, result.ok === true, result.error);
    checkReceived(result);
    const warnings = `${run.stderr}${run.stdout}`.split('\n').filter((line) => /warning/i.test(line));
    check('eglot has no warning about the server', warnings.length === 0, warnings.join(' | '));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

try {
  neovim();
} catch (error) {
  check('Neovim could run the server', false, error?.message ?? String(error));
}
try {
  emacs();
} catch (error) {
  check('Emacs could run the server', false, error?.message ?? String(error));
}
const passed = checks.filter(Boolean).length;
process.stdout.write(`clients: ${passed} passed, ${checks.length - passed} failed\n`);
process.exit(passed === checks.length ? 0 : 1);
