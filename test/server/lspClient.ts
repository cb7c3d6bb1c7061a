import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { connectToServer } from './connect';

export const SERVER = resolve(__dirname, '../../dist/server.js');
const DEADLINE_MS = 60_000;

export interface JsonRpcResponse {
  result?: unknown;
  error?: { code: number; message: string };
}

/** A real JSON-RPC client talking to the bundled server over stdio, as an editor would. */
export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  private readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: Array<() => void> = [];
  settings: unknown = {};
  /** The messages the server asked the editor to show (`window/showMessage`), in order. */
  readonly shownMessages: Array<{ type: number; message: string }> = [];

  constructor() {
    const server = connectToServer(SERVER, () => this.settings, (params) => {
      this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.child = server.child;
    this.connection = server.connection;
    this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.shownMessages.push(params);
    });
  }

  get exited(): boolean {
    return this.child.exitCode !== null;
  }

  /**
   * Sends `initialize` as an editor that shows rule links (VS Code, say), or one that does not
   * (Neovim 0.7); `initializationOptions` as given.
   */
  async initialize(initializationOptions?: unknown, { showsRuleLinks = true } = {}): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: showsRuleLinks },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
      },
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Waits (with a deadline, never a fixed sleep) for diagnostics on `uri` that satisfy `accept`. */
  async diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + DEADLINE_MS;
    for (;;) {
      const match = [...this.published].reverse().find((p) => p.uri === uri);
      if (match && accept(match)) return match;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${DEADLINE_MS} ms; last: ${JSON.stringify(match)}`);
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }

  /** How many times diagnostics were published for `uri` so far. */
  publishedCount(uri: string): number {
    return this.published.filter((p) => p.uri === uri).length;
  }

  /**
   * Writes `messages` to the server in one write, so that it reads them together, and resolves with
   * the responses to the requests among them, by id. For behaviour that depends on messages arriving
   * together: a cancellation that reaches the server while the request it cancels still waits.
   * The ids must be strings of the test's own, so they cannot clash with the connection's. Call it
   * only when the connection is not writing (no request of its own awaiting an answer): it writes a
   * header and a body separately, and these frames must not land between the two.
   */
  async sendTogether(messages: Array<{ id?: string; method: string; params?: unknown }>): Promise<Map<string, JsonRpcResponse>> {
    const awaited = new Set(messages.flatMap((m) => (m.id === undefined ? [] : [m.id])));
    const responses = new Map<string, JsonRpcResponse>();
    let pending = Buffer.alloc(0);
    const stdout = this.child.stdout!;
    const done = new Promise<void>((resolve, reject) => {
      if (!awaited.size) return resolve();
      const timer = setTimeout(() => finish(new Error(`no response to ${[...awaited].filter((id) => !responses.has(id))} within ${DEADLINE_MS} ms`)), DEADLINE_MS);
      const finish = (error?: Error) => {
        clearTimeout(timer);
        stdout.off('data', read);
        if (error) reject(error);
        else resolve();
      };
      // The connection reads the same stream; this listener only picks out the responses awaited.
      const read = (chunk: Buffer) => {
        pending = Buffer.concat([pending, chunk]);
        try {
          for (;;) {
            // Listening may begin inside a message the server was already sending: skip to a header.
            const header = pending.indexOf('Content-Length:');
            if (header < 0) break;
            const headerEnd = pending.indexOf('\r\n\r\n', header);
            if (headerEnd < 0) break;
            const length = Number(/Content-Length: (\d+)/i.exec(pending.subarray(header, headerEnd).toString('ascii'))?.[1]);
            if (pending.length < headerEnd + 4 + length) break;
            const message = JSON.parse(pending.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as JsonRpcResponse & { id?: unknown };
            pending = pending.subarray(headerEnd + 4 + length);
            if (typeof message.id === 'string' && awaited.has(message.id)) responses.set(message.id, message);
          }
        } catch (error) {
          return finish(error as Error);
        }
        if (responses.size === awaited.size) finish();
      };
      stdout.on('data', read);
    });
    const frames = messages.map((message) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    });
    this.child.stdin!.write(Buffer.concat(frames));
    await done;
    return responses;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sora', version, text } });
  }

  async shutdown(): Promise<void> {
    if (!this.exited) {
      await this.connection.sendRequest('shutdown').catch(() => undefined);
      await this.connection.sendNotification('exit').catch(() => undefined);
      await new Promise<void>((done) => {
        if (this.exited) return done();
        const timer = setTimeout(() => {
          this.child.kill();
          done();
        }, 2000);
        this.child.on('exit', () => {
          clearTimeout(timer);
          done();
        });
      });
    }
    this.connection.dispose();
  }
}
