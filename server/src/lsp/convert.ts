import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeAction,
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type VersionedTextDocumentIdentifier,
} from 'vscode-languageserver';
import type { Suggestion, SuggestionKind } from '../features/completion';
import { lazy } from '../language/lazy';
import { rulePagePath } from './protocol';
import type { Fold, OutlineItem } from '../features/symbols';
import type { Severity } from '../language/settings';
import type { Fix, Problem } from '../rules/rule';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The folder holding `docs/rules`: the extension or package root, found from the running bundle. */
function findDocsRoot(): string | undefined {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'docs', 'rules'))) return dir;
    dir = dirname(dir);
  }
  return undefined;
}

// Speed: looked up on the first diagnostic, not at module load, to keep its file-system probes
// (up to five existsSync calls, about 1 ms) out of the server's cold start.
const docsRoot = lazy(findDocsRoot);

const docUrls = new Map<string, string | undefined>();

/** A link to the rule's page, shipped beside the server so it opens offline. */
export function ruleDocUrl(ruleId: string): string | undefined {
  if (!docUrls.has(ruleId)) {
    const root = docsRoot();
    docUrls.set(ruleId, root ? pathToFileURL(join(root, ...rulePagePath(ruleId))).toString() : undefined);
  }
  return docUrls.get(ruleId);
}

let linkRulePages = true;

/**
 * Whether diagnostics carry the link to their rule's page (`codeDescription`). Set once, at
 * `initialize`, before any diagnostic is made: a client that cannot show the link, or that adds
 * it itself, is spared its bytes on every publish.
 */
export function setRulePageLinks(enabled: boolean): void {
  linkRulePages = enabled;
}

// A problem of an unchanged shot is the same object from one analysis to the next, so its
// diagnostic is converted once, not on every keystroke (a speed choice; see docs/performance.md).
const diagnostics = new WeakMap<Problem, Diagnostic>();

export function toDiagnostic(problem: Problem): Diagnostic {
  let diagnostic = diagnostics.get(problem);
  if (!diagnostic) {
    diagnostic = convertProblem(problem);
    diagnostics.set(problem, diagnostic);
  }
  return diagnostic;
}

function convertProblem(problem: Problem): Diagnostic {
  const diagnostic: Diagnostic = {
    range: problem.range,
    severity: SEVERITY[problem.severity],
    code: problem.ruleId,
    source: 'sora',
    message: problem.message,
  };
  const href = linkRulePages ? ruleDocUrl(problem.ruleId) : undefined;
  if (href) diagnostic.codeDescription = { href };
  return diagnostic;
}

/** A quick fix bound to the document version it was computed for, so a stale fix is refused, not misapplied. */
export function toCodeAction(fix: Fix, document: VersionedTextDocumentIdentifier, diagnostic: Diagnostic): CodeAction {
  const action = CodeAction.create(fix.title, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  if (fix.edits.length) action.edit = { documentChanges: [{ textDocument: document, edits: fix.edits }] };
  if (fix.command) action.command = { title: fix.title, command: fix.command.id, arguments: fix.command.arguments };
  if (fix.preferred) action.isPreferred = true;
  return action;
}

const COMPLETION_KIND: Record<SuggestionKind, CompletionItemKind> = {
  field: CompletionItemKind.Field,
  term: CompletionItemKind.Keyword,
  key: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  model: CompletionItemKind.EnumMember,
  speaker: CompletionItemKind.Variable,
  heading: CompletionItemKind.Snippet,
  cue: CompletionItemKind.Event,
  directive: CompletionItemKind.Keyword,
  rule: CompletionItemKind.Reference,
};

export function toCompletionItem(suggestion: Suggestion): CompletionItem {
  const item: CompletionItem = {
    label: suggestion.label,
    kind: COMPLETION_KIND[suggestion.kind],
    detail: suggestion.detail,
    documentation: { kind: MarkupKind.Markdown, value: suggestion.documentation },
    textEdit: { range: suggestion.range, newText: suggestion.insertText },
    insertTextFormat: InsertTextFormat.PlainText,
    sortText: suggestion.sortText,
  };
  if (suggestion.filterText) item.filterText = suggestion.filterText;
  return item;
}

const SYMBOL_KIND: Record<OutlineItem['kind'], SymbolKind> = {
  'front-matter': SymbolKind.Namespace,
  key: SymbolKind.Property,
  shot: SymbolKind.Event,
  field: SymbolKind.Field,
};

export function toDocumentSymbol(item: OutlineItem): DocumentSymbol {
  return {
    name: item.name,
    detail: item.detail,
    kind: SYMBOL_KIND[item.kind],
    range: item.range,
    selectionRange: item.selectionRange,
    children: item.children.map(toDocumentSymbol),
  };
}

export function toFoldingRange(fold: Fold): FoldingRange {
  const range: FoldingRange = { startLine: fold.startLine, endLine: fold.endLine };
  if (fold.kind === 'region') range.kind = FoldingRangeKind.Region;
  if (fold.kind === 'comment') range.kind = FoldingRangeKind.Comment;
  return range;
}
