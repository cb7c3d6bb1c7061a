import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { connectToServer } from './connect';

export const SERVER = resolve(__dirname, '../../dist/server.js');
const DEADLINE_MS = 60_000;

/** A real JSON-RPC client talking to the bundled server over stdio, as an editor would. */
export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  private readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: Array<() => void> = [];
  settings: unknown = {};

  constructor() {
    const server = connectToServer(SERVER, () => this.settings, (params) => {
      this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.child = server.child;
    this.connection = server.connection;
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
