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

/** Blanks that may stand before a heading's `#`: white space other than the line breaks (as in the parser). */
function isBlank(code: number): boolean {
  if (code < 128) return code === 32 || code === 9 || code === 11 || code === 12;
  return code !== 0x2028 && code !== 0x2029 ? /\s/.test(String.fromCharCode(code)) : true;
}

/** Line breaks in `text` between `from` and `to` (`\r\n` counts once). */
export function countBreaks(text: string, from: number, to: number, hasCR: boolean): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  if (hasCR) {
    for (let at = text.indexOf('\r', from); at !== -1 && at < to; at = text.indexOf('\r', at + 1)) {
      if (text.charCodeAt(at + 1) !== 10) count++;
    }
  }
  return count;
}

/**
 * Finds the heading lines by looking only at the `#` characters of the text (a heading is a line
 * whose first non-blank character is `#`) and counting line breaks with `indexOf`: no per-line work
 * and no per-line strings, so splitting a 1 MB file costs a small part of a keystroke's budget.
 */
export function splitBlocks(text: string): BlockSplit {
  const hasCR = text.indexOf('\r') !== -1;
  const headings: Array<{ offset: number; line: number }> = [];
  let line = 0;
  let counted = 0;
  for (let hash = text.indexOf('#'); hash !== -1; hash = text.indexOf('#', hash + 1)) {
    let start = hash;
    while (start > 0 && isBlank(text.charCodeAt(start - 1))) start--;
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    if (before !== -1 && before !== 10 && before !== 13) continue;
    line += countBreaks(text, counted, start, hasCR);
    counted = start;
    headings.push({ offset: start, line });
    // The rest of this line cannot start another heading.
    const nextBreak = nextLineBreak(text, hash, hasCR);
    if (nextBreak === -1) break;
    hash = nextBreak;
  }
  const lineCount = line + countBreaks(text, counted, text.length, hasCR) + 1;
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

/** The offset of the first line break at or after `from`, or -1. */
export function nextLineBreak(text: string, from: number, hasCR: boolean): number {
  const lf = text.indexOf('\n', from);
  if (!hasCR) return lf;
  const cr = text.indexOf('\r', from);
  return cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
}
