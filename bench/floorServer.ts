// The floor under the language server's figures: a server made of the same LSP library and nothing
// else. Its cold start is what `vscode-languageserver` and Node cost before any of our code runs;
// asked to, it publishes a stored list of diagnostics, so the time from asking to receiving is what
// sending that list costs (serialising, the pipe, the client parsing it) with no analysis at all.
// Used only by the benchmark, never shipped.
import { createConnection, TextDocuments, TextDocumentSyncKind, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection();
const documents = new TextDocuments(TextDocument);
const stored = new Map<string, Diagnostic[]>();

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    completionProvider: { triggerCharacters: ['#', ':'] },
    hoverProvider: true,
  },
}));
connection.onRequest('bench/store', (params: { uri: string; diagnostics: Diagnostic[] }) => {
  stored.set(params.uri, params.diagnostics);
  return params.diagnostics.length;
});
connection.onNotification('bench/publish', (params: { uri: string; version: number }) => {
  void connection.sendDiagnostics({ uri: params.uri, version: params.version, diagnostics: stored.get(params.uri) ?? [] });
});

documents.listen(connection);
connection.listen();
