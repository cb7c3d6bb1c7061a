import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from '../server/src/language/tree';
import type { Fix } from '../server/src/rules/rule';

export function applyFix(text: string, fix: Fix): string {
  const document = TextDocument.create('file:///fixture.sora', 'sora', 1, text);
  return TextDocument.applyEdits(document, fix.edits);
}

export function rangeText(text: string, range: Range): string {
  const document = TextDocument.create('file:///fixture.sora', 'sora', 1, text);
  return document.getText(range);
}

/** Reads a fixture with one cursor marker `‸`; returns the text without it and the cursor's position. */
export function cursor(marked: string): { text: string; position: { line: number; character: number } } {
  const offset = marked.indexOf('‸');
  if (offset < 0) throw new Error('fixture has no ‸ cursor marker');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const document = TextDocument.create('file:///fixture.sora', 'sora', 1, text);
  return { text, position: document.positionAt(offset) };
}
