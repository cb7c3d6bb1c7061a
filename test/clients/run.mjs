// `npm run test:clients`: the language server in an LSP client we did not write. Neovim (from
// Debian) starts `node dist/server.js --stdio` headless, opens a sample and reports what it got.
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
    const lines = readFileSync(FILE, 'utf8').split('\n');
    const cameraLine = lines.findIndex((l) => l.startsWith('Camera:'));
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
        SORA_COMPLETE_AT: `${cameraLine},${lines[cameraLine].length}`,
        SORA_HOVER_AT: `${cameraLine},${lines[cameraLine].indexOf('push-in') + 2}`,
      },
    });
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
    if (!existsSync(out)) throw new SetupError(`Neovim wrote no result (exit ${run.status}): ${run.stderr || run.stdout}`);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    check(`${version} started the server and received diagnostics`, result.ok === true, result.error);
    const codes = (result.diagnostics ?? []).map((d) => d.code);
    check('diagnostics carry the rule codes', codes.includes('vague-adjective') && codes.includes('timestamp-out-of-range'), JSON.stringify(codes));
    const vague = (result.diagnostics ?? []).find((d) => d.code === 'vague-adjective');
    const range = vague?.range;
    check('a diagnostic has the exact range', range?.start.line === 6 && range.start.character === 9 && range.end.line === 6 && range.end.character === 18, JSON.stringify(range));
    const labels = result.completion ?? [];
    check('completion in Camera offers camera moves', ['push-in', 'dolly zoom', 'whip pan'].every((l) => labels.includes(l)), labels.slice(0, 10).join(', '));
    check('hover explains the term under the cursor', /\*\*push-in\*\* — camera move/.test(result.hover ?? ''), String(result.hover));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

try {
  neovim();
} catch (error) {
  check('Neovim could run the server', false, error?.message ?? String(error));
}
const passed = checks.filter(Boolean).length;
process.stdout.write(`clients: ${passed} passed, ${checks.length - passed} failed\n`);
process.exit(passed === checks.length ? 0 : 1);
