// The connection to the editor. Over stdio (how VS Code, Neovim, Emacs and the command line start
// the server) the server writes its messages with `messageBytes`, which reuses the bytes of unchanged
// diagnostics; over the other transports the library's own connection is used as it is.
import { format, inspect, type InspectOptions } from 'node:util';
import { createConnection, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { messageBytes } from './messageBytes';

/** The transport the editor asked for: the first argument that names one, as the library reads them. */
function transportArgument(): string | undefined {
  return process.argv.slice(2).find((arg) => /^--(stdio|node-ipc|socket|pipe)(=|$)/.test(arg));
}

export function connectToEditor(): Connection {
  const transport = transportArgument();
  // Started by hand without a transport, the library would throw; say what to do instead.
  if (!transport && !process.argv.some((arg) => arg.startsWith('--clientProcessId')) && !process.send) {
    process.stderr.write('sora-prompt-language-server: start me with --stdio (or --node-ipc, --socket=PORT, --pipe=NAME).\n');
    process.exit(2);
  }
  if (transport !== '--stdio') return createConnection();
  const writer = new StreamMessageWriter(process.stdout, {
    charset: 'utf-8',
    contentTypeEncoder: {
      name: 'application/json',
      // Always UTF-8: the charset given above, and the only one LSP allows.
      // A failure rejects, as the library's encoder does, so the writer reports it as an error.
      encode: (message) => {
        try {
          return Promise.resolve(messageBytes(message));
        } catch (error) {
          return Promise.reject(error);
        }
      },
    },
  });
  const connection = createConnection(new StreamMessageReader(process.stdin), writer);
  // What the library does for a connection it makes from `--stdio` itself, and so must be done here:
  // the server ends when the editor closes the pipe (exit code 1 unless it was asked to shut down)...
  let shutdownAsked = false;
  // The connection takes one shutdown handler: server.ts must not set another.
  connection.onShutdown(() => {
    shutdownAsked = true;
  });
  const exitWithEditor = () => process.exit(shutdownAsked ? 0 : 1);
  process.stdin.on('end', exitWithEditor);
  process.stdin.on('close', exitWithEditor);
  // ...and console output, which would corrupt the message stream on stdout, goes to the editor's log.
  // (console.assert, count and trace write through these.)
  console.log = console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  console.info = (...args: unknown[]) => connection.console.info(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  console.dir = (item: unknown, options?: InspectOptions) => connection.console.log(inspect(item, options));
  return connection;
}
