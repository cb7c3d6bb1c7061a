import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, SERVER } from './lspClient';

const CAMERA = 'Camera: static wide shot';
const SHOTS = 40;
// Forty shots with a vague word on each Style line, then a shot with a cue past the 4-second end.
const LINES = ['---', 'duration: 4s', '---'];
for (let i = 0; i < SHOTS; i++) LINES.push(`## Shot ${i + 1}`, CAMERA, 'Style: a beautiful harbour');
LINES.push('## Last', CAMERA, 'Audio: a bell at 00:09');
const styleLine = (shot: number) => 5 + 3 * shot;
const ERROR_LINE = 5 + 3 * SHOTS;

const shown = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code}@${d.range.start.line}`);

describe('sora.maxProblems in the language server', () => {
  let client: LspClient;
  const uri = 'file:///work/shot-bible.sora';

  before(async () => {
    assert.ok(existsSync(SERVER), 'run `npm run build` first');
    client = new LspClient();
    client.settings = { maxProblems: 3 };
    await client.initialize({ clientCommands: ['sora.showAllProblems'] });
  });
  after(async () => client.shutdown());

  it('publishes a notice, the error and the warnings nearest the top on open', async () => {
    await client.open(uri, LINES.join('\n'));
    const { diagnostics } = await client.diagnostics(uri);
    assert.deepEqual(shown(diagnostics), ['problem-limit@0', `vague-adjective@${styleLine(0)}`, `vague-adjective@${styleLine(1)}`, `timestamp-out-of-range@${ERROR_LINE}`]);
    const [notice] = diagnostics;
    assert.equal(notice.severity, 3);
    assert.match(String(notice.message), /^This file has 41 problems and shows 3: every error, then the warnings nearest /);
    assert.match(notice.codeDescription!.href, /\/docs\/settings\.md$/);
  });

  it('offers a quick fix on the notice that lifts the limit', async () => {
    const [notice] = (await client.diagnostics(uri)).diagnostics;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: notice.range,
      context: { diagnostics: [notice], triggerKind: 1 },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((a) => [a.title, a.command?.command, a.command?.arguments, a.isPreferred]),
      [['Show every problem (sets sora.maxProblems to 0)', 'sora.showAllProblems', [uri], true]],
    );
  });

  it('shows the warnings where the user types next', async () => {
    const at = { line: styleLine(30), character: 9 };
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: at, end: at }, text: 'very ' }],
    });
    const { diagnostics } = await client.diagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(shown(diagnostics), ['problem-limit@0', `vague-adjective@${styleLine(30)}`, `vague-adjective@${styleLine(30)}`, `timestamp-out-of-range@${ERROR_LINE}`]);
    assert.deepEqual(diagnostics.slice(1, 3).map((d) => d.range.start.character), [9, 14], '"very" and "beautiful"');
  });

  it('follows the cursor: code actions asked for far away bring that place\'s warnings', async () => {
    const before = client.publishedCount(uri);
    const cursor = { line: styleLine(5), character: 0 };
    await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: cursor, end: cursor }, context: { diagnostics: [] } });
    const { diagnostics } = await client.diagnostics(uri, () => client.publishedCount(uri) > before);
    assert.deepEqual(shown(diagnostics), ['problem-limit@0', `vague-adjective@${styleLine(5)}`, `vague-adjective@${styleLine(6)}`, `timestamp-out-of-range@${ERROR_LINE}`]);
  });

  it('shows everything again when the limit is lifted', async () => {
    client.settings = { maxProblems: 0 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const { diagnostics } = await client.diagnostics(uri, (p) => p.diagnostics.length === SHOTS + 2);
    assert.ok(!diagnostics.some((d) => d.code === 'problem-limit'));
  });
});
