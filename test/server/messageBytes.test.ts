import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bytesOfDiagnostic, messageBytes } from '../../server/src/lsp/messageBytes';

const messageJson = (message: unknown) => messageBytes(message).toString('utf8');

const diagnostic = (line: number, message: string) => ({
  range: { start: { line, character: 2 }, end: { line, character: 9 } },
  severity: 2,
  code: 'vague-adjective',
  source: 'sora',
  message,
});

const publish = (params: Record<string, unknown>) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params });

describe('the bytes the server writes (messageBytes)', () => {
  it('writes diagnostics as JSON.stringify does, in UTF-8, with or without a version', () => {
    const diagnostics = [diagnostic(3, '"beautiful" is a judgement — say what “it” looks like\n'), { ...diagnostic(4, 'a'), codeDescription: { href: 'file:///x/y%20z.md' } }];
    // A list with a hole: JSON writes null there.
    const withHole = [, diagnostics[0]];
    for (const params of [{ uri: 'file:///work/lantern.sora', version: 7, diagnostics }, { uri: 'file:///work/a b.sora', diagnostics }, { uri: 'file:///e.sora', version: 1, diagnostics: [] }, { uri: 'file:///h.sora', diagnostics: withHole }]) {
      const message = publish(params);
      assert.deepEqual(JSON.parse(messageJson(message)), JSON.parse(JSON.stringify(message)));
    }
  });

  it('writes a reused diagnostic the same way each time, in whatever list it is', () => {
    const kept = diagnostic(10, 'kept from the last keystroke');
    const first = messageJson(publish({ uri: 'file:///a.sora', version: 1, diagnostics: [kept] }));
    const second = messageJson(publish({ uri: 'file:///a.sora', version: 2, diagnostics: [diagnostic(1, 'new'), kept] }));
    assert.deepEqual(JSON.parse(first).params.diagnostics, [kept]);
    assert.deepEqual(JSON.parse(second).params.diagnostics, [diagnostic(1, 'new'), kept]);
    assert.equal(JSON.parse(second).params.version, 2);
  });

  it("makes a diagnostic's bytes once, in a buffer of their own", () => {
    const kept = diagnostic(12, 'kept');
    const bytes = bytesOfDiagnostic(kept);
    assert.equal(bytesOfDiagnostic(kept), bytes);
    // Not a slice of Node's shared pool, which would keep a whole 8 KB block alive with it.
    assert.equal(bytes.buffer.byteLength, bytes.length);
    assert.equal(bytes.toString('utf8'), JSON.stringify(kept));
  });

  it('writes every other message, and malformed publishes, exactly as JSON.stringify does', () => {
    const others: unknown[] = [
      { jsonrpc: '2.0', id: 3, result: { items: [{ label: 'dolly in' }] } },
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'hi' } },
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: null },
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.sora', diagnostics: 'none' } },
    ];
    for (const message of others) assert.equal(messageJson(message), JSON.stringify(message));
  });

  it('leaves out a params field that JSON leaves out, without a stray comma', () => {
    const message = publish({ uri: undefined, version: undefined, diagnostics: [diagnostic(0, 'x')] });
    assert.deepEqual(JSON.parse(messageJson(message)), { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { diagnostics: [diagnostic(0, 'x')] } });
  });
});
