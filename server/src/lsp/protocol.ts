// Requests of our own between the extension and the server. The client imports this file too, so
// both sides agree on names and shapes.
import type { ClipInfo } from '../features/clipInfo';
import { PROBLEM_LIMIT_CODE } from '../features/problemLimit';

/** A client command that sets `sora.maxProblems` to 0; the problem-limit notice's quick fix runs it. */
export { SHOW_ALL_PROBLEMS_COMMAND } from '../features/problemLimit';

/** What a client may pass in `initialize`'s `initializationOptions`. */
export interface InitializationOptions {
  /** Settings for a client that cannot be asked for them (no `workspace/configuration`). */
  settings?: unknown;
  /**
   * Set by our VS Code client, which links each diagnostic's code to its page itself: the links
   * then do not travel with every publish (a fifth of its bytes).
   */
  linksRulePages?: boolean;
  /**
   * The commands the client runs itself (ours: allow a word, show every problem). A quick fix that
   * needs one is offered only to a client that has it: elsewhere it could only fail.
   */
  clientCommands?: string[];
}

/** The page that documents a diagnostic code, as a path from the extension's (or package's) root. */
export function rulePagePath(code: string): string[] {
  return code === PROBLEM_LIMIT_CODE ? ['docs', 'settings.md'] : ['docs', 'rules', `${code}.md`];
}

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
