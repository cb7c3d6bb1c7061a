import { spawn, type ChildProcess } from 'node:child_process';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { serverEnvironment } from '../../server/src/lsp/launch';

export interface ServerConnection {
  child: ChildProcess;
  connection: ProtocolConnection;
  /** What the server wrote to stderr so far. */
  stderr(): string;
}

/**
 * Starts `node SERVER --stdio` (by default in the environment our VS Code client gives it) and
 * connects a JSON-RPC client to it, answering the requests an editor answers: settings for the
 * `sora` section from `settings()`, capability registrations, log messages.
 * Shared by the protocol tests and the benchmark, which add what each records on top.
 */
export function connectToServer(
  serverPath: string,
  settings: () => unknown,
  onDiagnostics: (params: PublishDiagnosticsParams) => void,
  env: NodeJS.ProcessEnv = serverEnvironment(),
): ServerConnection {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onNotification('textDocument/publishDiagnostics', onDiagnostics);
  connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
    params.items.map((item) => (item.section === 'sora' ? settings() : null)),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  return { child, connection, stderr: () => stderr };
}
