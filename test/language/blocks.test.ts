import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitBlocks } from '../../server/src/language/blocks';

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
    let seed = 42;
    const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const pieces = ['#', ' ', '\t', 'a', '\n', '\r\n', '\r', '\u2028', '\u00a0', '\uFEFF', '# Shot', 'x#'];
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const length = Math.floor(next() * 14);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      assert.deepEqual(split(text), reference(text), JSON.stringify(text));
      assert.equal(splitBlocks(text).lineCount, text.split(/\r\n|\r|\n/).length, JSON.stringify(text));
    }
  });
});
