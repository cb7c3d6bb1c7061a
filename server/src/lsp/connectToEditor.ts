// The connection to the editor. Over stdio (how VS Code, Neovim, Emacs and the command line start
// the server) the server writes its messages with `messageBytes`, which reuses the bytes of unchanged
// diagnostics; over the other transports the library's own connection is used as it is.
import { format } from 'node:util';
import { createConnection, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { messageBytes } from './messageBytes';

export function connectToEditor(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection();
  const writer = new StreamMessageWriter(process.stdout, {
    charset: 'utf-8',
    contentTypeEncoder: {
      name: 'application/json',
      // Always UTF-8: the charset given above, and the only one LSP allows.
      encode: (message) => Promise.resolve(messageBytes(message)),
    },
  });
  const connection = createConnection(new StreamMessageReader(process.stdin), writer);
  // What the library does for a connection it makes from `--stdio` itself, and so must be done here:
  // the server ends when the editor closes the pipe (exit code 1 unless it was asked to shut down)...
  let shutdownAsked = false;
  connection.onShutdown(() => {
    shutdownAsked = true;
  });
  const exitWithEditor = () => process.exit(shutdownAsked ? 0 : 1);
  process.stdin.on('end', exitWithEditor);
  process.stdin.on('close', exitWithEditor);
  // ...and console output, which would corrupt the message stream on stdout, goes to the editor's log.
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  return connection;
}
