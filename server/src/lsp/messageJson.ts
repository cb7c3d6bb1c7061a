// The JSON text of each message the server sends. It is what `JSON.stringify` writes, except that
// a diagnostic's text is written once and reused for as long as the diagnostic object lives.
//
// Speed: `toDiagnostic` (convert.ts) already keeps one diagnostic object per problem, and a problem
// of an unchanged shot is the same object from one analysis to the next. Yet every keystroke's
// publish serialised all of them again: at 100 KB, 850 diagnostics and 0.25 MB of JSON took about
// 1.8 ms of the server's 2 to 3 ms per keystroke (the rest of the time is the pipe and the editor
// reading the message). Joining the kept texts takes about a tenth of that. See docs/performance.md.

const PUBLISH_DIAGNOSTICS = 'textDocument/publishDiagnostics';

/** Diagnostics are never changed once made (convert.ts), so a text written once stays true. */
const diagnosticJson = new WeakMap<object, string>();

function jsonOfDiagnostic(diagnostic: unknown): string {
  if (typeof diagnostic !== 'object' || diagnostic === null) return JSON.stringify(diagnostic) ?? 'null';
  let json = diagnosticJson.get(diagnostic);
  if (json === undefined) {
    json = JSON.stringify(diagnostic);
    diagnosticJson.set(diagnostic, json);
  }
  return json;
}

interface PublishDiagnosticsMessage {
  method: typeof PUBLISH_DIAGNOSTICS;
  params: { diagnostics: unknown[] } & Record<string, unknown>;
}

function isPublishDiagnostics(message: unknown): message is PublishDiagnosticsMessage {
  const candidate = message as Partial<PublishDiagnosticsMessage> | null;
  return candidate?.method === PUBLISH_DIAGNOSTICS && typeof candidate.params === 'object' && candidate.params !== null && Array.isArray(candidate.params.diagnostics);
}

/** The JSON text of `message`, equal (as JSON) to `JSON.stringify(message)`. */
export function messageJson(message: unknown): string {
  if (!isPublishDiagnostics(message)) return JSON.stringify(message);
  const { params, ...envelope } = message;
  const { diagnostics, ...rest } = params;
  // `params` is written last, and its `diagnostics` last within it, so both objects close at the
  // very end of the text: the list goes just before the two closing braces.
  const head = JSON.stringify({ ...envelope, params: rest });
  const separator = head.endsWith('"params":{}}') ? '' : ',';
  return `${head.slice(0, -2)}${separator}"diagnostics":[${diagnostics.map(jsonOfDiagnostic).join(',')}]}}`;
}
