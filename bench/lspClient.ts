// A JSON-RPC client that drives the bundled server (`dist/server.js --stdio`) as an editor would,
// and notes when each message arrives: the tests' connection (test/server/connect.ts), plus arrival
// times and waits on a diagnostics version.
import type { ChildProcess } from 'node:child_process';
import type { CancellationToken, Diagnostic, ProtocolConnection } from 'vscode-languageserver-protocol/node';
import type { InitializationOptions } from '../server/src/lsp/protocol';
import { connectToServer } from '../test/server/connect';

const DEADLINE_MS = 120_000;

interface Arrival {
  uri: string;
  version: number | undefined;
  count: number;
  /** performance.now() when the notification was handled (after the message was read and parsed). */
  at: number;
}

export class TimedLspClient {
  readonly connection: ProtocolConnection;
  /** performance.now() just before the server process was spawned. */
  readonly spawnedAt: number;
  private readonly child: ChildProcess;
  private readonly arrivals: Arrival[] = [];
  /** The latest diagnostics published for each document. */
  readonly latest = new Map<string, Diagnostic[]>();
  private readonly waiters: Array<() => void> = [];
  private readonly serverStderr: () => string;

  get stderr(): string {
    return this.serverStderr();
  }

  /** `env`: the server's environment; by default the one our VS Code client starts it in. */
  constructor(serverPath: string, private readonly settings: unknown = {}, env?: NodeJS.ProcessEnv) {
    this.spawnedAt = performance.now();
    const server = connectToServer(serverPath, () => this.settings, (params) => {
      this.arrivals.push({ uri: params.uri, version: params.version, count: params.diagnostics.length, at: performance.now() });
      this.latest.set(params.uri, params.diagnostics);
      for (const wake of this.waiters.splice(0)) wake();
    }, env);
    this.child = server.child;
    this.connection = server.connection;
    this.serverStderr = server.stderr;
  }

  /**
   * Sends `initialize` as our VS Code client does (it shows rule links and adds them itself, see
   * `InitializationOptions`) and returns the milliseconds from spawn to its response (the cold start).
   */
  async initialize(): Promise<number> {
    const initializationOptions: InitializationOptions = { linksRulePages: true };
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
          synchronization: { dynamicRegistration: false },
        },
      },
      initializationOptions,
    });
    const elapsed = performance.now() - this.spawnedAt;
    await this.connection.sendNotification('initialized', {});
    return elapsed;
  }

  open(uri: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sora', version, text } });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** An incremental change: `text` inserted at `line`:`character`. */
  insert(uri: string, version: number, line: number, character: number, text: string): Promise<void> {
    const at = { line, character };
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: at, end: at }, text }],
    });
  }

  /** Asks for completion at a position; resolves with the number of items (rejects if the server answers that it was cancelled). */
  async complete(uri: string, line: number, character: number, token?: CancellationToken): Promise<number> {
    const params = { textDocument: { uri }, position: { line, character } };
    // Passed only when there is one: an extra undefined argument would send the params by position.
    const result = await (token ? this.connection.sendRequest<unknown>('textDocument/completion', params, token) : this.connection.sendRequest<unknown>('textDocument/completion', params));
    if (Array.isArray(result)) return result.length;
    return (result as { items?: unknown[] } | null)?.items?.length ?? 0;
  }

  /** Waits for the diagnostics of `uri` at `version` that arrive after `since`; returns their arrival. */
  async diagnostics(uri: string, version: number, since: number): Promise<Arrival> {
    const deadline = performance.now() + DEADLINE_MS;
    for (;;) {
      const found = this.arrivals.find((a) => a.uri === uri && a.version === version && a.at >= since);
      if (found) return found;
      if (this.child.exitCode !== null) throw new Error(`the server exited (${this.child.exitCode}): ${this.stderr}`);
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`no diagnostics for ${uri} version ${version} within ${DEADLINE_MS} ms`);
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }

  async shutdown(): Promise<void> {
    if (this.child.exitCode === null) {
      const exited = new Promise<void>((done) => (this.child.exitCode !== null ? done() : this.child.once('exit', () => done())));
      await this.connection.sendRequest('shutdown').catch(() => undefined);
      await this.connection.sendNotification('exit').catch(() => undefined);
      const timer = setTimeout(() => this.child.kill(), 5000);
      await exited;
      clearTimeout(timer);
    }
    this.connection.dispose();
  }
}
