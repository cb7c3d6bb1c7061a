import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  type Diagnostic,
  type VersionedTextDocumentIdentifier,
} from 'vscode-languageserver';
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

const docsRoot = findDocsRoot();

/** A link to the rule's page, shipped beside the server so it opens offline. */
export function ruleDocUrl(ruleId: string): string | undefined {
  return docsRoot ? pathToFileURL(join(docsRoot, 'docs', 'rules', `${ruleId}.md`)).toString() : undefined;
}

export function toDiagnostic(problem: Problem): Diagnostic {
  const diagnostic: Diagnostic = {
    range: problem.range,
    severity: SEVERITY[problem.severity],
    code: problem.ruleId,
    source: 'sora',
    message: problem.message,
  };
  const href = ruleDocUrl(problem.ruleId);
  if (href) diagnostic.codeDescription = { href };
  return diagnostic;
}

/** A quick fix bound to the document version it was computed for, so a stale fix is refused, not misapplied. */
export function toCodeAction(fix: Fix, document: VersionedTextDocumentIdentifier, diagnostic: Diagnostic): CodeAction {
  const action = CodeAction.create(fix.title, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.edit = { documentChanges: [{ textDocument: document, edits: fix.edits }] };
  if (fix.preferred) action.isPreferred = true;
  return action;
}
