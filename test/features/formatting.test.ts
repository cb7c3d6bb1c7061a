// Formatting tidies structure and never loses a word or a comment, nor a line: the defects a fuzzer
// found (issue 17), each as the text a user would see after Format Document.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { format } from '../../server/src/features/formatting';
import { analyze } from '../helpers';

function formatted(text: string): string {
  const document = TextDocument.create('file:///f.sora', 'sora', 1, text);
  return TextDocument.applyEdits(document, format(analyze(text)));
}

describe('formatting keeps every word, comment and line', () => {
  it('keeps a comment after a front-matter key with no value', () => {
    const text = '---\ntitle: // TODO name it\nmodel:   veo-3\n---\nCamera: pan';
    assert.equal(formatted(text), '---\ntitle: // TODO name it\nmodel: veo-3\n---\nCamera: pan');
  });

  it('does not flip-flop on a heading whose text is a comment, and adds no problem', () => {
    for (const text of ['# //', '#//', '# //0:16', '#  // a note']) {
      const once = formatted(`${text}\nCamera: pan`);
      assert.equal(formatted(once), once, `formatting "${text}" twice changes it again`);
      const before = analyze(`${text}\nCamera: pan`).problems.map((p) => p.ruleId);
      assert.deepEqual(analyze(once).problems.map((p) => p.ruleId), before, `formatting "${text}" changed its problems`);
    }
    assert.equal(formatted('# //\nCamera: pan'), '# //\nCamera: pan');
  });

  it('keeps a line between a lone CR and an LF when its only text is whitespace', () => {
    const text = 'Scene: a pier\r\t\nCamera: pan';
    const after = formatted(text);
    assert.equal(after.split(/\r\n|\r|\n/).length, text.split(/\r\n|\r|\n/).length, JSON.stringify(after));
    assert.deepEqual(analyze(after).tree.shots[0].fields.map((f) => f.kind), analyze(text).tree.shots[0].fields.map((f) => f.kind));
  });
});
