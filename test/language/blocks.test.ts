import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitBlocks, splitBlocksAfter } from '../../server/src/language/blocks';
import { random } from '../helpers';

/** The plain way: split into lines, a heading is a line whose first non-blank character is `#`. */
function reference(text: string): Array<{ firstLine: number; lineCount: number; text: string }> {
  const lines = text.split(/\r\n|\r|\n/);
  const breaks = [...text.matchAll(/\r\n|\r|\n/g)];
  const offsetOf = (line: number) => (line === 0 ? 0 : breaks[line - 1].index! + breaks[line - 1][0].length);
  const starts = lines.flatMap((line, index) => (/^[^\S\r\n]*#/.test(line) ? [index] : []));
  const cuts = [0, ...starts.filter((s) => s > 0)];
  const blocks = cuts.map((first, i) => {
    const next = cuts[i + 1] ?? lines.length;
    return { firstLine: first, lineCount: next - first, text: text.slice(offsetOf(first), i + 1 < cuts.length ? offsetOf(next) : text.length) };
  });
  // A file that opens with a heading has an empty head block.
  if (starts[0] === 0) blocks.unshift({ firstLine: 0, lineCount: 0, text: '' });
  return blocks;
}

function split(text: string) {
  return splitBlocks(text).blocks.map((b) => ({ firstLine: b.firstLine, lineCount: b.lineCount, text: text.slice(b.start, b.end) }));
}

describe('splitting a file into blocks at its headings', () => {
  it('starts a block at each heading line, after a head block for what comes first', () => {
    const text = '---\nmodel: sora-2\n---\nA lantern.\n# Shot 1\nCamera: static\n  # Shot 2\nno # here\n#';
    assert.deepEqual(split(text), [
      { firstLine: 0, lineCount: 4, text: '---\nmodel: sora-2\n---\nA lantern.\n' },
      { firstLine: 4, lineCount: 2, text: '# Shot 1\nCamera: static\n' },
      { firstLine: 6, lineCount: 2, text: '  # Shot 2\nno # here\n' },
      { firstLine: 8, lineCount: 1, text: '#' },
    ]);
    assert.equal(splitBlocks(text).lineCount, 9);
  });

  it('agrees with splitting line by line on random text with every kind of line break and blank', () => {
    const next = random(42);
    const pieces = ['#', ' ', '\t', 'a', '\n', '\r\n', '\r', '\u2028', '\u00a0', '\uFEFF', '# Shot', 'x#'];
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const length = Math.floor(next() * 14);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      assert.deepEqual(split(text), reference(text), JSON.stringify(text));
      assert.equal(splitBlocks(text).lineCount, text.split(/\r\n|\r|\n/).length, JSON.stringify(text));
    }
  });

  it('splits again only around a replacement, with the same blocks as splitting the whole new text', () => {
    const next = random(7);
    const pieces = ['#', ' ', '\t', 'a', '\n', '\r\n', '\r', '\u2028', '# Shot', 'x#', '\n# Shot 2\n', 'Camera: pan\n'];
    const piece = (count: number) => Array.from({ length: count }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    let kept = 0;
    for (let round = 0; round < 4000; round++) {
      const old = piece(Math.floor(next() * 16));
      // A replacement, sometimes wider than what changed (as composed edits are).
      let start = Math.floor(next() * (old.length + 1));
      let end = Math.min(old.length, start + Math.floor(next() * 6));
      const inserted = piece(Math.floor(next() * 3));
      const text = old.slice(0, start) + inserted + old.slice(end);
      let length = inserted.length;
      if (next() < 0.3) {
        const before = Math.floor(next() * (start + 1));
        const after = Math.floor(next() * (old.length - end + 1));
        start -= before;
        end += after;
        length += before + after;
      }
      const result = splitBlocksAfter(text, splitBlocks(old), old.length, { start, end, length });
      const context = JSON.stringify({ old, text, start, end, length });
      assert.ok(result, context);
      assert.deepEqual(result.split, splitBlocks(text), context);
      result.sameAs.forEach((index, i) => {
        if (index < 0) return;
        kept++;
        const oldBlock = splitBlocks(old).blocks[index];
        const block = result.split.blocks[i];
        assert.equal(text.slice(block.start, block.end), old.slice(oldBlock.start, oldBlock.end), `${context}: block ${i}`);
      });
    }
    assert.ok(kept > 1000, `blocks kept as they were: ${kept}`);
  });

  it('refuses a replacement that does not fit the two texts', () => {
    const old = 'A\n# Shot 1\nCamera: pan\n';
    assert.equal(splitBlocksAfter(old + 'x', splitBlocks(old), old.length, { start: 0, end: 0, length: 0 }), undefined);
    assert.equal(splitBlocksAfter(old, splitBlocks(old), old.length, { start: 5, end: 99, length: 94 }), undefined);
  });
});
