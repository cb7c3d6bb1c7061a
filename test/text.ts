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
