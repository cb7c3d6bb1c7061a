// The LSP adapter: connection, open documents and settings. It decides nothing about the language;
// every answer comes from the core (features/, rules/, language/) and is only converted here.
import {
  CodeActionKind,
  CodeActionTriggerKind,
  DidChangeConfigurationNotification,
  ErrorCodes,
  LSPErrorCodes,
  MarkupKind,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type CodeAction,
  type Position,
  type CodeActionParams,
  type CompletionParams,
  type DocumentFormattingParams,
  type DocumentRangeFormattingParams,
  type DocumentSymbolParams,
  type FoldingRangeParams,
  type HoverParams,
  type InitializeResult,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer, type Analysis } from './features/analysis';
import { clipInfo } from './features/clipInfo';
import { fixAll, fixesFor, problemFor, showDontTell } from './features/codeActions';
import { complete } from './features/completion';
import { exportAnalysis, renderExport } from './features/export';
import { format } from './features/formatting';
import { hover } from './features/hover';
import { PROBLEM_LIMIT_CODE, problemsToShow, sameWindow, showAllProblemsFix } from './features/problemLimit';
import { WorkFocus } from './features/workFocus';
import { settingsWarnings } from './features/settingsWarnings';
import { composeReplacements, type Replacement } from './language/replacement';
import { folds, outline } from './features/symbols';
import { connectToEditor } from './lsp/connectToEditor';
import { setRulePageLinks, toCodeAction, toCompletionItem, toDiagnostic, toDocumentSymbol, toFoldingRange } from './lsp/convert';
import {
  CLIP_INFO_REQUEST,
  EXPORT_REQUEST,
  type ClipInfoParams,
  type ExportParams,
  type ExportResult,
  type InitializationOptions,
} from './lsp/protocol';

const FIX_ALL = `${CodeActionKind.SourceFixAll}.sora`;
const SHOW_DONT_TELL = `${CodeActionKind.RefactorRewrite}.sora.show`;

// Long enough to skip the keystrokes of a word typed in one go, short enough to feel immediate.
const CHANGE_DEBOUNCE_MS = 150;
// A re-analysis this quick is done on the keystroke itself (see `onDidChangeContent`)...
const ANALYZE_AT_ONCE_UNDER_MS = 10;
// ...in a file this short, where even an edit that re-checks every shot (one in the front matter)
// costs tens of milliseconds rather than hundreds...
const ANALYZE_AT_ONCE_UP_TO_CHARACTERS = 500_000;
// ...or, for an edit within one line of a shot (typing in a description), in a file up to this
// long: such an edit re-checks one shot and moves nothing (4 ms at 1 MB), where a new line or a
// front-matter edit in a file this long would hold the server up for 30 to 150 ms.
const ANALYZE_LINE_EDIT_AT_ONCE_UP_TO_CHARACTERS = 2_000_000;

const connection = connectToEditor();
// A promise nobody waits for must not end the server: Node would exit on its rejection. Requests to
// the client (a registration, say) can be refused by clients we have never met; that is logged.
process.on('unhandledRejection', (reason) => {
  connection.console.error(`sora: ${reason instanceof Error ? reason.message : String(reason)}`);
});
/**
 * Each open document's revision: one more on every open and every change. Analyses are kept by it,
 * not by the editor's version, which a client may repeat (a didChange with the same number, a
 * second didOpen without a didClose): a repeated version must not leave the old text's analysis in force.
 */
const revisions = new Map<string, number>();
const revisionOf = (uri: string) => revisions.get(uri) ?? 0;

const documents = new TextDocuments<TextDocument>({
  create: (uri, languageId, version, content) => {
    revisions.set(uri, revisionOf(uri) + 1);
    editsSinceAnalysis.delete(uri);
    return TextDocument.create(uri, languageId, version, content);
  },
  update: (document, changes, version) => {
    // Each change with the range it replaced; one without a range replaced the whole text.
    const edits = changes.map((change) => ('range' in change ? { range: change.range, text: change.text } : undefined));
    focusOf(document.uri).edited(edits.flatMap((edit) => (edit ? [{ startLine: edit.range.start.line, endLine: edit.range.end.line, text: edit.text }] : [])));
    const from = revisionOf(document.uri);
    revisions.set(document.uri, from + 1);
    noteEdit(document, edits, from, from + 1);
    return TextDocument.update(document, changes, version);
  },
});

/** Where the user works in each open document: when `sora.maxProblems` holds problems back, those nearest it are shown. */
const focuses = new Map<string, WorkFocus>();
/** The analysis each document's diagnostics were last published from (where they lie is its `WorkFocus`'s to know). */
const published = new Map<string, Analysis>();

function focusOf(uri: string): WorkFocus {
  let focus = focuses.get(uri);
  if (!focus) {
    focus = new WorkFocus();
    focuses.set(uri, focus);
  }
  return focus;
}

/**
 * Editors ask for code actions wherever the cursor goes (VS Code's light bulb), automatically and
 * for any kind; a request asked for by the user (a hover's "Quick Fix", on save) says nothing
 * about the cursor.
 */
function reportsCursor(params: CodeActionParams): boolean {
  const { context, range } = params;
  return context.triggerKind !== CodeActionTriggerKind.Invoked && !context.only && range.end.line - range.start.line <= 1;
}

let pullsConfiguration = false;
// Only a client that says it accepts a registration for configuration changes gets one (LSP 3.17):
// eglot, for one, warns about a registration it did not ask for, and sends the changes anyway.
let registersConfigurationChanges = false;
/** The commands the client said it runs (see `InitializationOptions.clientCommands`). */
let clientCommands = new Set<string>();
/** Settings pushed by a client that cannot be asked (no `workspace/configuration`), or given at start. */
let pushedSettings: unknown = {};
/** One analyzer per distinct settings, shared by the documents that have those settings. */
const analyzers = new Map<string, Analyzer>();
const documentAnalyzers = new Map<string, Analyzer>();
const cache = new Map<string, { revision: number; analyzer: Analyzer; analysis: Analysis }>();
/**
 * What changed in each document since the text of its cached analysis: revisions `from` to `to`, as
 * one replacement, or null when that is not known (a change of several parts, or of the whole text).
 * Speed: told where the text changed, the analysis does not read all of it to find its shots again.
 */
const editsSinceAnalysis = new Map<string, { from: number; to: number; replacement: Replacement | null }>();
/** Documents whose latest change stayed within one line of a shot (see `ANALYZE_LINE_EDIT_AT_ONCE_UP_TO_CHARACTERS`). */
const lastChangeInShotLine = new Set<string>();

/** Notes what `edits` (one per change, undefined for a whole new text) did to `document`, from revision `from` to `to`. */
function noteEdit(document: TextDocument, edits: ReadonlyArray<{ range: Range; text: string } | undefined>, from: number, to: number): void {
  const edit = edits.length === 1 ? edits[0] : undefined;
  const made = edit ? { start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end), length: edit.text.length } : null;
  // Above the first shot's heading lies the front matter, where an edit (a model, a duration)
  // can re-check every shot: not cheap enough to do on the keystroke in a long file.
  const firstShotLine = cache.get(document.uri)?.analysis.blocks[1]?.firstLine;
  const inShotLine = !!edit && edit.range.start.line === edit.range.end.line && firstShotLine !== undefined && edit.range.start.line > firstShotLine && !/[\r\n]/.test(edit.text);
  if (inShotLine) lastChangeInShotLine.add(document.uri);
  else lastChangeInShotLine.delete(document.uri);
  const pending = editsSinceAnalysis.get(document.uri);
  if (pending && pending.to === from) {
    const replacement = pending.replacement && made ? composeReplacements(pending.replacement, made) : null;
    editsSinceAnalysis.set(document.uri, { from: pending.from, to, replacement });
  } else if (cache.get(document.uri)?.revision === from) {
    editsSinceAnalysis.set(document.uri, { from, to, replacement: made });
  } else {
    editsSinceAnalysis.delete(document.uri);
  }
}
const pending = new Map<string, NodeJS.Timeout>();
/** How long each document's latest re-analysis (after an edit) took, in milliseconds. */
const analysisTimes = new Map<string, number>();

// Each warning about the settings is shown once per session, not once per document or per change.
const warnedAbout = new Set<string>();

function analyzerFor(settings: unknown): Analyzer {
  const key = JSON.stringify(settings ?? {});
  let analyzer = analyzers.get(key);
  if (!analyzer) {
    analyzer = new Analyzer(settings ?? {});
    analyzers.set(key, analyzer);
    for (const warning of settingsWarnings(analyzer)) {
      if (warnedAbout.has(warning)) continue;
      warnedAbout.add(warning);
      // A notification, not a request: every client shows it, and none has to answer.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: warning });
    }
  }
  return analyzer;
}

/** Reads the settings in force for one document: folder settings win in a multi-root workspace. */
async function loadSettings(uri: string): Promise<void> {
  let settings = pushedSettings;
  if (pullsConfiguration) {
    try {
      settings = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'sora' });
    } catch (error) {
      connection.console.warn(`sora: could not read settings for ${uri}, keeping the previous ones: ${error}`);
      return;
    }
  }
  documentAnalyzers.set(uri, analyzerFor(settings));
}

function analysisOf(document: TextDocument): Analysis | undefined {
  const analyzer = documentAnalyzers.get(document.uri) ?? analyzerFor(pushedSettings);
  const cached = cache.get(document.uri);
  const revision = revisionOf(document.uri);
  if (cached && cached.revision === revision && cached.analyzer === analyzer) return cached.analysis;
  try {
    // The previous version's analysis lets the shots this change did not touch keep their results.
    const started = performance.now();
    const pending = editsSinceAnalysis.get(document.uri);
    const known = cached && pending?.from === cached.revision && pending.to === revision ? pending.replacement : null;
    editsSinceAnalysis.delete(document.uri);
    const analysis = analyzer.analyze(document.getText(), { previous: cached?.analysis, edit: known ?? undefined });
    // What an edit costs is known from re-analyses; a first analysis reads the whole file.
    if (cached?.analyzer === analyzer) analysisTimes.set(document.uri, performance.now() - started);
    cache.set(document.uri, { revision, analyzer, analysis });
    return analysis;
  } catch (error) {
    // A bug in one rule must not take the server down with it: report it and publish nothing.
    connection.console.error(`sora: could not analyse ${document.uri}: ${(error as Error)?.stack ?? error}`);
    return undefined;
  }
}

function publish(uri: string): void {
  pending.delete(uri);
  const document = documents.get(uri);
  if (!document) return;
  const version = document.version;
  const revision = revisionOf(uri);
  const analysis = analysisOf(document);
  // Drop the result if the text moved on while it was computed; the newer change has its own run.
  if (!analysis || revisionOf(uri) !== revision) return;
  const focus = focusOf(uri);
  const shown = problemsToShow(analysis, analysis.analyzer.settings.maxProblems, focus.line);
  // The cursor moved, but the same problems are still the nearest: the editor's are current. (Any
  // edit makes a new analysis, so with the same analysis the focus's window has not moved since.)
  if (published.get(uri) === analysis && sameWindow(focus.shownWindow, shown.window)) return;
  published.set(uri, analysis);
  focus.shown(shown.window);
  void connection.sendDiagnostics({ uri, version, diagnostics: shown.problems.map(toDiagnostic) });
}

function schedule(uri: string, delay: number): void {
  clearTimeout(pending.get(uri));
  if (delay === 0) publish(uri);
  else pending.set(uri, setTimeout(() => publish(uri), delay));
}

async function reloadSettings(pushed?: unknown): Promise<void> {
  if (pushed !== undefined) pushedSettings = pushed;
  analyzers.clear();
  documentAnalyzers.clear();
  await Promise.all(documents.all().map((document) => loadSettings(document.uri)));
  for (const document of documents.all()) schedule(document.uri, 0);
}

connection.onInitialize((params): InitializeResult => {
  initializeReceived = true;
  pullsConfiguration = !!params.capabilities.workspace?.configuration;
  registersConfigurationChanges = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
  const options = params.initializationOptions as InitializationOptions | undefined;
  if (options?.settings) pushedSettings = options.settings;
  const showsLinks = !!params.capabilities.textDocument?.publishDiagnostics?.codeDescriptionSupport;
  setRulePageLinks(showsLinks && options?.linksRulePages !== true);
  clientCommands = new Set(Array.isArray(options?.clientCommands) ? options.clientCommands.filter((c) => typeof c === 'string') : []);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL, SHOW_DONT_TELL] },
      completionProvider: { triggerCharacters: ['#', ':'] },
      hoverProvider: true,
      documentSymbolProvider: { label: 'Sora shots' },
      foldingRangeProvider: true,
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
    },
    serverInfo: { name: 'sora-prompt-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (pullsConfiguration) {
    if (registersConfigurationChanges) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'sora' }).catch((error: unknown) => {
        connection.console.warn(`sora: the editor refused the registration for settings changes (${error}); changes reach the server only if the editor sends them anyway`);
      });
    }
    await reloadSettings();
  }
});

connection.onDidChangeConfiguration((change) => {
  const settings = change.settings as { sora?: unknown } | undefined;
  void reloadSettings(settings?.sora);
});

documents.onDidOpen(({ document }) => {
  void loadSettings(document.uri).then(() => schedule(document.uri, 0));
});
documents.onDidChangeContent(({ document }) => {
  // Speed: where re-analysing is cheap it is done at once, so that when typing pauses only the
  // sending is left, and a completion asked for right after the keystroke finds it ready. Elsewhere
  // (a long shot bible) it waits for the pause, once per burst of typing.
  // The pause is counted from the change, so the timer starts before the analysis.
  schedule(document.uri, CHANGE_DEBOUNCE_MS);
  // Until a re-analysis has been timed, a file this short is taken to be quick.
  const quick = (analysisTimes.get(document.uri) ?? 0) < ANALYZE_AT_ONCE_UNDER_MS;
  const length = document.getText().length;
  const short = length <= ANALYZE_AT_ONCE_UP_TO_CHARACTERS;
  const lineEdit = length <= ANALYZE_LINE_EDIT_AT_ONCE_UP_TO_CHARACTERS && lastChangeInShotLine.has(document.uri);
  if (quick && (short || lineEdit)) analysisOf(document);
});
documents.onDidClose(({ document }) => {
  clearTimeout(pending.get(document.uri));
  pending.delete(document.uri);
  cache.delete(document.uri);
  revisions.delete(document.uri);
  editsSinceAnalysis.delete(document.uri);
  lastChangeInShotLine.delete(document.uri);
  analysisTimes.delete(document.uri);
  documentAnalyzers.delete(document.uri);
  focuses.delete(document.uri);
  published.delete(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

/**
 * `handler`, except that a request the client has already cancelled is answered as cancelled, with
 * no work done. Speed: VS Code cancels code-action, completion, hover, outline and folding requests
 * as the user types on. One that waited behind other work (a long file's re-analysis) is still
 * queued when its cancellation arrives, and vscode-jsonrpc then hands it a cancelled token.
 * Answering it would mean analysing the document as it stands by then (tens of milliseconds in a
 * long file) for an answer nobody reads. The handlers themselves run to the end once started: they
 * are synchronous, so no cancellation can arrive while they run.
 */
/** Whether the client has sent `initialize`: the protocol says every request before it is refused. */
let initializeReceived = false;

function unlessCancelled<P, R>(handler: (params: P) => R): (params: P, token: CancellationToken) => R {
  return (params, token) => {
    if (!initializeReceived) throw new ResponseError(ErrorCodes.ServerNotInitialized, 'The server is not initialized: send initialize first.');
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The client cancelled this request.');
    return handler(params);
  };
}

/** The analysis of an open document, or undefined (and the request answers empty) when there is none. */
function analysisFor(uri: string): { document: TextDocument; analysis: Analysis } | undefined {
  const document = documents.get(uri);
  const analysis = document && analysisOf(document);
  return document && analysis ? { document, analysis } : undefined;
}

const codeActions = unlessCancelled((params: CodeActionParams): CodeAction[] => {
  const uri = params.textDocument.uri;
  const found = analysisFor(uri);
  if (!found) return [];
  const { document, analysis } = found;
  const identifier = { uri: document.uri, version: document.version };
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'sora' || typeof diagnostic.code !== 'string') continue;
      // The problem-limit notice is not one of the analysis's problems: its one fix lifts the limit.
      const problem = problemFor(analysis, diagnostic.code, diagnostic.range);
      const fixes = problem ? fixesFor(analysis, problem) : diagnostic.code === PROBLEM_LIMIT_CODE ? [showAllProblemsFix(uri)] : [];
      for (const fix of fixes) {
        if (!fix.command || clientCommands.has(fix.command.id)) actions.push(toCodeAction(fix, identifier, diagnostic));
      }
    }
  }
  if (wants(SHOW_DONT_TELL)) {
    const shown = showDontTell(analysis, params.range.start.line);
    // Beside the quick fixes it is offered only when it does more than the one fix already listed.
    if (shown && (shown.count > 1 || only)) {
      const title = `Show, don't tell: rewrite ${shown.count === 1 ? 'the mood or vague word' : `the ${shown.count} moods and vague words`} of this shot`;
      actions.push({ title, kind: SHOW_DONT_TELL, edit: { documentChanges: [{ textDocument: identifier, edits: shown.edits }] } });
    }
  }
  if (wants(FIX_ALL)) {
    const edits = fixAll(analysis);
    if (edits.length) {
      actions.push({ title: 'Fix all automatically fixable Sora problems', kind: FIX_ALL, edit: { documentChanges: [{ textDocument: identifier, edits }] } });
    }
  }
  return actions;
});

connection.onCodeAction((params, token) => {
  const uri = params.textDocument.uri;
  // Held-back problems where the cursor went are shown next, even if the request itself is stale:
  // noting the place costs nothing, and the user did put the cursor there.
  if (documents.get(uri) && reportsCursor(params) && focusOf(uri).cursorAt(params.range.start.line)) schedule(uri, CHANGE_DEBOUNCE_MS);
  return codeActions(params, token);
});

/** A position as the document has it: one past the end of its line (or of the text) is moved back to the end. */
function withinDocument(document: TextDocument, position: Position): Position {
  return document.positionAt(document.offsetAt(position));
}

connection.onCompletion(unlessCancelled((params: CompletionParams) => {
  const found = analysisFor(params.textDocument.uri);
  return found ? complete(found.analysis, withinDocument(found.document, params.position)).map(toCompletionItem) : [];
}));

connection.onHover(unlessCancelled((params: HoverParams) => {
  const found = analysisFor(params.textDocument.uri);
  const info = found && hover(found.analysis, withinDocument(found.document, params.position));
  return info ? { contents: { kind: MarkupKind.Markdown, value: info.markdown }, range: info.range } : null;
}));

connection.onDocumentSymbol(unlessCancelled((params: DocumentSymbolParams) => {
  const found = analysisFor(params.textDocument.uri);
  return found ? outline(found.analysis).map(toDocumentSymbol) : [];
}));

connection.onFoldingRanges(unlessCancelled((params: FoldingRangeParams) => {
  const found = analysisFor(params.textDocument.uri);
  return found ? folds(found.analysis).map(toFoldingRange) : [];
}));

connection.onDocumentFormatting(unlessCancelled((params: DocumentFormattingParams) => {
  const found = analysisFor(params.textDocument.uri);
  return found ? format(found.analysis) : [];
}));

connection.onDocumentRangeFormatting(unlessCancelled((params: DocumentRangeFormattingParams) => {
  const found = analysisFor(params.textDocument.uri);
  return found ? format(found.analysis, params.range) : [];
}));

connection.onRequest(EXPORT_REQUEST, unlessCancelled((params: ExportParams): ExportResult => {
  const found = analysisFor(params.uri);
  if (!found) return null;
  const result = exportAnalysis(found.analysis);
  const errors = found.analysis.problems
    .filter((p) => p.severity === 'error')
    .map((p) => `line ${p.range.start.line + 1}: ${p.message} [${p.ruleId}]`);
  return { model: result.model, text: renderExport(result, params.format), notes: result.notes, errors };
}));

connection.onRequest(CLIP_INFO_REQUEST, unlessCancelled((params: ClipInfoParams) => {
  const found = analysisFor(params.uri);
  return found ? clipInfo(found.analysis) : null;
}));

documents.listen(connection);
connection.listen();
