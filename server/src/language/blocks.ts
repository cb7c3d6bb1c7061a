// A `.sora` file cut into blocks: the head (front matter and any text before the first heading)
// and then one block per shot heading, up to the next heading. Nothing the parser decides crosses a
// heading, so each block parses on its own, and an unchanged block can keep its tree and its
// problems from one edit to the next: the unit of incremental analysis.

/** Where one block lies in the text. */
export interface Block {
  /** Offset of the block's first character (its first line's start). */
  start: number;
  /** Offset just past the block: the next block's start, or the end of the text. */
  end: number;
  /** 0-based number of the block's first line in the file. */
  firstLine: number;
  /** Number of lines in the block; a block other than the last ends with its last line's line break. */
  lineCount: number;
}

export interface BlockSplit {
  /** The head block first (possibly empty), then one block per heading. */
  blocks: Block[];
  /** Lines in the whole text (a trailing line break starts one more, empty, line). */
  lineCount: number;
}

// A heading line: optional blanks (a byte order mark counts, as in the parser) and then `#`. The
// blanks exclude line breaks so the test never runs on into the next line.
const HEADING_START = /[^\S\r\n]*#/y;

/**
 * Finds the heading lines with one forward scan for line breaks and a sticky test at each line
 * start: no per-line strings are made, so splitting a 1 MB file costs a fraction of parsing it.
 */
export function splitBlocks(text: string): BlockSplit {
  const headings: Array<{ offset: number; line: number }> = [];
  let line = 0;
  let at = 0;
  let nextCR = text.indexOf('\r');
  let nextLF = text.indexOf('\n');
  for (;;) {
    HEADING_START.lastIndex = at;
    if (HEADING_START.test(text)) headings.push({ offset: at, line });
    if (nextCR !== -1 && nextCR < at) nextCR = text.indexOf('\r', at);
    if (nextLF !== -1 && nextLF < at) nextLF = text.indexOf('\n', at);
    const breakAt = nextCR === -1 ? nextLF : nextLF === -1 ? nextCR : Math.min(nextCR, nextLF);
    if (breakAt === -1) break;
    at = breakAt + (text.charCodeAt(breakAt) === 13 && text.charCodeAt(breakAt + 1) === 10 ? 2 : 1);
    line++;
  }
  const lineCount = line + 1;
  const blocks: Block[] = [];
  const first = headings[0];
  blocks.push({ start: 0, end: first ? first.offset : text.length, firstLine: 0, lineCount: first ? first.line : lineCount });
  headings.forEach((heading, i) => {
    const next = headings[i + 1];
    blocks.push({
      start: heading.offset,
      end: next ? next.offset : text.length,
      firstLine: heading.line,
      lineCount: (next ? next.line : lineCount) - heading.line,
    });
  });
  return { blocks, lineCount };
}
