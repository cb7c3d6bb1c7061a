// The bytes of each message the server sends: the UTF-8 of what `JSON.stringify` writes, except that
// a diagnostic's bytes are made once and reused for as long as the diagnostic object lives.
//
// Speed: `toDiagnostic` (convert.ts) already keeps one diagnostic object per problem, and a problem
// of an unchanged shot is the same object from one analysis to the next. Yet every publish
// serialised all of them again and encoded the text as UTF-8: at 100 KB, 850 diagnostics (0.3 MB)
// took about 3 ms per keystroke, more than the re-analysis. Copying the kept bytes into one buffer
// takes about 0.2 ms. See docs/performance.md.

const PUBLISH_DIAGNOSTICS = 'textDocument/publishDiagnostics';

/** Diagnostics are never changed once made (convert.ts), so bytes made once stay true. */
const diagnosticBytes = new WeakMap<object, Buffer>();

/**
 * `text` in a buffer of its own. `Buffer.from` puts short strings in a shared 8 KB pool, and one
 * kept slice keeps its whole pool block alive: diagnostics kept from many publishes would hold
 * many times their size.
 */
function ownBytes(text: string): Buffer {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  bytes.write(text);
  return bytes;
}

/** The bytes of one diagnostic, made on first use and kept while it lives (exported for its test). */
export function bytesOfDiagnostic(diagnostic: unknown): Buffer {
  // A hole or a non-object is written as JSON.stringify writes it in an array.
  if (typeof diagnostic !== 'object' || diagnostic === null) return Buffer.from(JSON.stringify(diagnostic) ?? 'null');
  let bytes = diagnosticBytes.get(diagnostic);
  if (bytes === undefined) {
    bytes = ownBytes(JSON.stringify(diagnostic));
    diagnosticBytes.set(diagnostic, bytes);
  }
  return bytes;
}

interface PublishDiagnosticsMessage {
  method: typeof PUBLISH_DIAGNOSTICS;
  params: { diagnostics: unknown[] } & Record<string, unknown>;
}

function isPublishDiagnostics(message: unknown): message is PublishDiagnosticsMessage {
  const candidate = message as Partial<PublishDiagnosticsMessage> | null;
  return candidate?.method === PUBLISH_DIAGNOSTICS && typeof candidate.params === 'object' && candidate.params !== null && Array.isArray(candidate.params.diagnostics);
}

const COMMA = Buffer.from(',');
const LIST_END = Buffer.from(']}}');

/** `message` as JSON in UTF-8: the same JSON value that `JSON.stringify(message)` writes. */
export function messageBytes(message: unknown): Buffer {
  if (!isPublishDiagnostics(message)) return Buffer.from(JSON.stringify(message));
  const { params, ...envelope } = message;
  const { diagnostics, ...rest } = params;
  // `params` is written last, and its `diagnostics` last within it, so both objects close at the
  // very end of the text: the list goes just before the two closing braces.
  const head = JSON.stringify({ ...envelope, params: rest });
  const separator = head.endsWith('"params":{}}') ? '' : ',';
  const parts: Buffer[] = [Buffer.from(`${head.slice(0, -2)}${separator}"diagnostics":[`)];
  for (let index = 0; index < diagnostics.length; index++) {
    if (index) parts.push(COMMA);
    parts.push(bytesOfDiagnostic(diagnostics[index]));
  }
  parts.push(LIST_END);
  return Buffer.concat(parts);
}
