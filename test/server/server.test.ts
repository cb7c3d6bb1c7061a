import assert from 'node:assert/strict';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ResponseError, type CodeAction, type Diagnostic, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { random } from '../helpers';
import { connectToServer } from './connect';
import { LspClient, SERVER } from './lspClient';

const PROMPT = ['---', 'model: sora-2', 'duration: 12s', '---', 'Style: A beautiful sunset', 'Audio: a gull at 00:15', 'Camera: static wide shot'].join('\n');

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

describe('language server over stdio (dist/server.js)', () => {
  let client: LspClient;

  before(async () => {
    assert.ok(existsSync(SERVER), 'run `npm run build` first');
    client = new LspClient();
  });
  after(async () => client.shutdown());

  it('initializes with incremental sync and quick fixes', async () => {
    const result = (await client.initialize()) as { capabilities: { textDocumentSync: { change: number }; codeActionProvider: unknown } };
    assert.equal(result.capabilities.textDocumentSync.change, 2);
    assert.ok(result.capabilities.codeActionProvider);
  });

  it('publishes diagnostics on open with rule codes, source, severity and a doc link', async () => {
    const uri = 'file:///work/lantern.sora';
    await client.open(uri, PROMPT);
    const { diagnostics, version } = await client.diagnostics(uri);
    assert.equal(version, 1);
    assert.deepEqual(codes(diagnostics), ['vague-adjective', 'timestamp-out-of-range']);
    const [vague, late] = diagnostics;
    assert.deepEqual(vague.range, { start: { line: 4, character: 9 }, end: { line: 4, character: 18 } });
    assert.equal(vague.source, 'sora');
    assert.equal(vague.severity, 2);
    assert.equal(late.severity, 1);
    assert.match(vague.codeDescription!.href, /^file:\/\/.*\/docs\/rules\/vague-adjective\.md$/);
    assert.ok(existsSync(new URL(vague.codeDescription!.href)), 'the linked page exists');
  });

  it('answers code actions with versioned edits that remove the problem', async () => {
    const uri = 'file:///work/lantern.sora';
    const { diagnostics } = await client.diagnostics(uri);
    const vague = diagnostics.find((d) => d.code === 'vague-adjective')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: vague.range,
      context: { diagnostics: [vague] },
    })) as CodeAction[];
    assert.ok(actions.length >= 2);
    assert.equal(actions[0].isPreferred, true);
    assert.equal(actions[0].kind, 'quickfix');
    assert.ok(actions.some((a) => a.title === 'Remove "beautiful"'));
    assert.equal(actions.at(-1)!.title, 'Disable vague-adjective for this line');
    assert.ok(!actions.some((a) => a.command), 'no fix that runs a command this client did not say it has');
    const change = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, "sora", 1, PROMPT), change.edits as TextEdit[]);
    assert.doesNotMatch(fixed.split('\n')[4], /beautiful/);
  });

  it('re-checks after an incremental change, reporting the new version only', async () => {
    const uri = 'file:///work/lantern.sora';
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 5, character: 17 }, end: { line: 5, character: 22 } }, text: '00:05' }],
    });
    const { diagnostics } = await client.diagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(codes(diagnostics), ['vague-adjective']);
  });

  it('re-analyses a change that repeats the version number, and a second open of an open document', async () => {
    const uri = 'file:///work/repeat.sora';
    await client.open(uri, 'Camera: pan\nStyle: epic');
    assert.deepEqual(codes((await client.diagnostics(uri)).diagnostics), ['vague-adjective']);
    // The same version number again, with a change: the new text is what counts.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 1 },
      contentChanges: [{ range: { start: { line: 1, character: 7 }, end: { line: 1, character: 11 } }, text: 'teal' }],
    });
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 8 } })) as unknown;
    assert.equal(hover, null, 'no hover left from the old text');
    // Opened again without a close, with other text and the same version: that text is what counts.
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sora', version: 1, text: 'Camera: pan\nStyle: stunning' } });
    const again = await client.diagnostics(uri, (p) => p.diagnostics.length === 1);
    assert.deepEqual(codes(again.diagnostics), ['vague-adjective']);
    assert.equal(again.diagnostics[0].range.start.character, 7);
    assert.equal(again.diagnostics[0].range.end.character, 15);
  });

  it('answers the clip info request used by the status item', async () => {
    const info = (await client.connection.sendRequest('sora/clipInfo', { uri: 'file:///work/lantern.sora' })) as { model: string; duration: number };
    assert.equal(info.model, 'sora-2');
    assert.equal(info.duration, 12);
  });

  it('publishes for a run of quick edits exactly what it publishes for their result opened afresh', async () => {
    // Every edit adds or removes a line break, which in a file this long (over 500,000 characters)
    // the server leaves for the pause in typing rather than analysing on the keystroke. So the
    // edits, sent faster than that, reach the analysis as one replacement composed from all of
    // them: the result must not depend on it. Every problem is shown, so the two lists do not
    // depend on where each file was last edited.
    const example = readFileSync(join(__dirname, '../../examples/rooftop-chase.sora'), 'utf8');
    const shots = example.slice(example.indexOf('\n#') + 1);
    const source = example + shots.repeat(Math.ceil(520_000 / shots.length));
    client.settings = { maxProblems: 0 };
    const inserts = ['e\n', '\n', '\r\n', '# Shot 7 — 00:02-00:03\n', 'beautiful\n', '#\n', '\n00:'];
    const next = random(11);
    const uri = 'file:///work/quick-edits.sora';
    let document = TextDocument.create(uri, 'sora', 1, source);
    await client.open(uri, source);
    await client.diagnostics(uri);
    for (let version = 2; version <= 40; version++) {
      const at = Math.floor(next() * (document.getText().length + 1));
      // A deletion runs to the end of a line, so it takes a line break with it.
      const deleting = next() < 0.3;
      const lineEnd = document.getText().indexOf('\n', at);
      const range = { start: document.positionAt(at), end: document.positionAt(deleting && lineEnd >= 0 ? lineEnd + 1 : at) };
      const text = deleting ? '' : inserts[Math.floor(next() * inserts.length)];
      document = TextDocument.update(document, [{ range, text }], version);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    }
    const edited = await client.diagnostics(uri, (p) => p.version === 40);
    const fresh = 'file:///work/quick-edits-fresh.sora';
    await client.open(fresh, document.getText());
    const opened = await client.diagnostics(fresh);
    client.settings = {};
    assert.ok(edited.diagnostics.length > 100, `diagnostics to compare: ${edited.diagnostics.length}`);
    assert.deepEqual(edited.diagnostics, opened.diagnostics);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: fresh } });
  });

  it('answers a request cancelled while it waited as cancelled, and the request after it in full', async () => {
    const uri = 'file:///work/lantern.sora';
    const completion = { textDocument: { uri }, position: { line: 6, character: 'Camera: '.length } };
    // The three arrive in one read: the completion is still queued when its cancellation comes.
    const responses = await client.sendTogether([
      { id: 'stale', method: 'textDocument/completion', params: completion },
      { method: '$/cancelRequest', params: { id: 'stale' } },
      { id: 'current', method: 'textDocument/completion', params: completion },
    ]);
    assert.equal(responses.get('stale')?.error?.code, -32800);
    assert.equal(responses.get('stale')?.result, undefined);
    const labels = (responses.get('current')?.result as Array<{ label: string }>).map((item) => item.label);
    assert.ok(labels.includes('push-in'), `completion after the cancelled one: ${labels.slice(0, 20)}`);
  });

  it('applies settings pulled from the client: a rule turned off disappears, a word allowed is quiet', async () => {
    const uri = 'file:///work/lantern.sora';
    client.settings = { rules: { 'vague-adjective': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(codes((await client.diagnostics(uri, (p) => p.diagnostics.length === 0)).diagnostics), []);
    client.settings = { rules: { 'vague-adjective': 'error' }, vagueWords: { extra: ['sunset'] } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const { diagnostics } = await client.diagnostics(uri, (p) => p.diagnostics.length === 2);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['vague-adjective', 1], ['vague-adjective', 1]]);
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(uri, (p) => p.diagnostics.length === 1);
  });

  it('warns once, in a message, about settings that do nothing: an unknown default model, a misspelt rule id', async () => {
    const before = client.shownMessages.length;
    client.settings = { defaultModel: 'sora-3', rules: { 'vague-adjectiv': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const deadline = Date.now() + 60_000;
    while (client.shownMessages.length < before + 2 && Date.now() < deadline) await new Promise((wake) => setTimeout(wake, 20));
    // The same settings again, and a document analysed under them: no second message.
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = 'file:///work/settings-typo.sora';
    await client.open(uri, 'Camera: pan\nStyle: epic');
    assert.deepEqual(codes((await client.diagnostics(uri)).diagnostics), ['vague-adjective'], 'the misspelt id switched nothing off');
    assert.deepEqual(client.shownMessages.slice(before), [
      {
        type: 2,
        message: 'sora.defaultModel is "sora-3", which names no model profile (did you mean "sora-2"?): files without a "model:" line are checked against sora-2. Known models: sora-2, sora-2-pro, veo-3, veo-3.1, runway-gen3, runway-gen4; add your own in sora.models.',
      },
      { type: 2, message: 'sora.rules names "vague-adjectiv", which is not a rule, so its setting does nothing. Did you mean "vague-adjective"?' },
    ]);
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('survives binary junk, a 10 MB file and nonsense settings, and keeps answering', async () => {
    const junk = 'file:///work/junk.sora';
    await client.open(junk, '\u0000\u0001PNG\r\n\u001a\n' + String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 65536)));
    await client.diagnostics(junk);
    const big = 'file:///work/big.sora';
    const shot = '# Shot — 00:00-00:04\nCamera: slow push-in, 35mm\nStyle: a beautiful dusk\nAudio: rain at 00:02\n\n';
    await client.open(big, shot.repeat(Math.ceil(10_000_000 / shot.length)));
    const { diagnostics } = await client.diagnostics(big);
    // A vague word in each of 106,383 shots, and every shot but the first overlapping the one before
    // (all are timed 00:00-00:04): the default sora.maxProblems shows 1,000 problems after a notice.
    assert.equal(diagnostics.length, 1001);
    assert.match(String(diagnostics[0].message), /^This file has 212,\d{3} problems and shows 1,000: /);
    client.settings = { rules: 'nope', vagueWords: { extra: [42, null, { word: 7 }] }, models: { x: 'y' }, defaultModel: 12 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const reopened = 'file:///work/after.sora';
    await client.open(reopened, 'Camera: pan\nStyle: epic');
    assert.deepEqual(codes((await client.diagnostics(reopened)).diagnostics), ['vague-adjective']);
    assert.equal(client.exited, false);
  });

  it('clears diagnostics when a document closes', async () => {
    const uri = 'file:///work/after.sora';
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
  });
});

describe('rule page links', () => {
  const clients: Array<[string, Parameters<LspClient['initialize']>]> = [
    ['a client that cannot show them (no codeDescriptionSupport)', [undefined, { showsRuleLinks: false }]],
    ['a client that links rule pages itself, as our VS Code client does', [{ linksRulePages: true }]],
  ];
  for (const [who, initialize] of clients) {
    it(`are left out for ${who}`, async () => {
      const client = new LspClient();
      try {
        await client.initialize(...initialize);
        const uri = 'file:///work/links.sora';
        await client.open(uri, PROMPT);
        const { diagnostics } = await client.diagnostics(uri);
        assert.deepEqual(codes(diagnostics), ['vague-adjective', 'timestamp-out-of-range']);
        assert.deepEqual(diagnostics.map((d) => d.codeDescription), [undefined, undefined]);
      } finally {
        await client.shutdown();
      }
    });
  }
});

describe('an editor that refuses what the server asks of it', () => {
  it('keeps the server running when the registration for settings changes is refused', async () => {
    const client = new LspClient();
    try {
      let refused = 0;
      client.connection.onRequest('client/registerCapability', () => {
        refused++;
        return new ResponseError(-32601, 'registerCapability is not supported');
      });
      await client.initialize();
      const uri = 'file:///work/refused.sora';
      await client.open(uri, PROMPT);
      assert.deepEqual(codes((await client.diagnostics(uri)).diagnostics), ['vague-adjective', 'timestamp-out-of-range']);
      assert.equal(refused, 1, 'the server asked, and was refused');
      assert.equal(client.exited, false);
    } finally {
      await client.shutdown();
    }
  });
});

describe('a client that breaks the protocol', () => {
  it('has a request sent before initialize refused with ServerNotInitialized', async () => {
    const client = new LspClient();
    try {
      await assert.rejects(
        client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///work/early.sora' }, position: { line: 0, character: 0 } }),
        (error: ResponseError<unknown>) => error.code === -32002,
      );
      await client.initialize();
      assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///work/early.sora' }, position: { line: 0, character: 0 } }), null);
    } finally {
      await client.shutdown();
    }
  });

  it('answers a position past the end of a line with edits inside the document', async () => {
    const client = new LspClient();
    try {
      await client.initialize();
      const uri = 'file:///work/past-end.sora';
      const lines = ['---', 'model: ', '---', '# Shot 1', 'Audio: rain at '];
      await client.open(uri, lines.join('\n'));
      await client.diagnostics(uri);
      for (const line of [1, 3, 4]) {
        const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character: 400 } })) as Array<{ label: string; textEdit?: { range: { start: { character: number }; end: { character: number } } } }>;
        assert.ok(items.length > 0, `completion still answers on line ${line}`);
        for (const item of items) {
          if (!item.textEdit) continue;
          assert.ok(item.textEdit.range.end.character <= lines[line].length, `line ${line}, ${item.label}: ${JSON.stringify(item.textEdit.range)}`);
        }
      }
    } finally {
      await client.shutdown();
    }
  });
});

describe('the server process', () => {
  it('started by hand without a transport, says how to start it and exits 2', () => {
    const result = spawnSync(process.execPath, [SERVER], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(result.status, 2);
    assert.equal(result.stderr, 'sora-prompt-language-server: start me with --stdio (or --node-ipc, --socket=PORT, --pipe=NAME).\n');
  });

  const exitOf = (child: ChildProcess) => new Promise<number | null>((done) => (child.exitCode !== null ? done(child.exitCode) : child.once('exit', (code) => done(code))));

  for (const [when, shutsDown, code] of [['without being asked to shut down', false, 1], ['after a shutdown request', true, 0]] as const) {
    it(`ends with exit code ${code} when the editor closes its input ${when}`, async () => {
      const { child, connection } = connectToServer(SERVER, () => ({}), () => undefined);
      try {
        await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
        if (shutsDown) await connection.sendRequest('shutdown');
        child.stdin!.end();
        assert.equal(await exitOf(child), code);
      } finally {
        connection.dispose();
        child.kill();
      }
    });
  }
});
