// Requests of our own between the extension and the server. The client imports this file too, so
// both sides agree on names and shapes.
import type { ClipInfo } from '../features/clipInfo';

/** Asks for the model and clip length of an open document; answers null for an unknown document. */
export const CLIP_INFO_REQUEST = 'sora/clipInfo';

export interface ClipInfoParams {
  uri: string;
}

export type ClipInfoResult = ClipInfo | null;

/** A client command that adds a word to `sora.vagueWords.allowed`; the "Allow this word" quick fix runs it. */
export { ALLOW_WORD_COMMAND } from '../features/codeActions';

/** Asks for the export of an open document: the prompt text, the request body or a curl command. */
export const EXPORT_REQUEST = 'sora/export';

export interface ExportParams {
  uri: string;
  format: 'prompt' | 'request' | 'curl';
}

export interface ExportResultPayload {
  model: string;
  text: string;
  notes: string[];
  /** The error-severity problems in the file, one line each; an export with errors may be refused. */
  errors: string[];
}

export type ExportResult = ExportResultPayload | null;
