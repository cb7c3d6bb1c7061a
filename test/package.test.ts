import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = resolve(__dirname, '..');
const VSCE = resolve(ROOT, 'node_modules/@vscode/vsce/vsce');

function vsce(...args: string[]): string {
  return execFileSync(process.execPath, [VSCE, ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('the packaged extension (.vsix)', () => {
  it('holds the bundles, grammar, snippets, language configuration, docs and icon, and no sources', () => {
    const files = vsce('ls', '--no-dependencies').trim().split('\n').map((f) => f.trim());
    for (const needed of [
      'dist/extension.js', 'dist/server.js', 'dist/cli.js', 'syntaxes/sora.tmLanguage.json', 'snippets/sora.json',
      'language-configuration.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'images/icon.png', 'package.json',
      'docs/rules/vague-adjective.md',
    ]) assert.ok(files.includes(needed), `${needed} is packaged`);
    const leaked = files.filter((f) => /^(server|client|test|node_modules|scripts|\.ci)\//.test(f) || f.endsWith('.ts') || f.endsWith('.map'));
    assert.deepEqual(leaked, []);
  });

  it('packs into an installable .vsix', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sora-vsix-')), 'sora-prompt.vsix');
    vsce('package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--out', out);
    assert.ok(existsSync(out));
    assert.ok(statSync(out).size > 10_000);
  });
});
