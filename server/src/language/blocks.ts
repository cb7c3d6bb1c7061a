// A `.sora` file cut into blocks: the head (front matter and any text before the first heading)
// and then one block per shot heading, up to the next heading. Nothing the parser decides crosses a
// heading, so each block parses on its own, and an unchanged block can keep its tree and its
// problems from one edit to the next: the unit of incremental analysis.
import type { Replacement } from './replacement';
import { firstOnOrAfter } from './search';

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

interface Heading {
  offset: number;
  line: number;
}

/**
 * The headings that start in `from`..`to` (both line starts, or `to` the end of the text), found by
 * looking only at the `#` characters (a heading is a line whose first non-blank character is `#`)
 * and counting line breaks with `indexOf`: no per-line work and no per-line strings, so splitting a
 * 1 MB file costs a small part of a keystroke's budget. `line` is the line `from` starts; `lineAtTo`
 * the line `to` is on.
 */
function scanHeadings(text: string, from: number, to: number, line: number, hasCR: boolean): { headings: Heading[]; lineAtTo: number } {
  const headings: Heading[] = [];
  let counted = from;
  for (let hash = text.indexOf('#', from); hash !== -1 && hash < to; hash = text.indexOf('#', hash + 1)) {
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
  return { headings, lineAtTo: line + countBreaks(text, counted, to, hasCR) };
}

/** The blocks from `headings` on, the last ending at `end` on line `lineAtEnd` (excluded). */
function blocksFrom(headings: readonly Heading[], end: number, lineAtEnd: number): Block[] {
  return headings.map((heading, i) => {
    const next = headings[i + 1];
    return {
      start: heading.offset,
      end: next ? next.offset : end,
      firstLine: heading.line,
      lineCount: (next ? next.line : lineAtEnd) - heading.line,
    };
  });
}

export function splitBlocks(text: string): BlockSplit {
  const hasCR = text.indexOf('\r') !== -1;
  const { headings, lineAtTo } = scanHeadings(text, 0, text.length, 0, hasCR);
  const lineCount = lineAtTo + 1;
  const first = headings[0];
  const head: Block = { start: 0, end: first ? first.offset : text.length, firstLine: 0, lineCount: first ? first.line : lineCount };
  return { blocks: [head, ...blocksFrom(headings, text.length, lineCount)], lineCount };
}

/**
 * `splitBlocks(text)`, where `text` is the text `old` was split from with `replacement` made in it,
 * found by splitting again only the blocks the replacement touched and the block before them (an
 * edit can undo a heading, joining its block to the one before). The blocks before those are the
 * same; those after them are the same text moved by the replacement's growth. Speed: splitting a
 * 10 MB file reads all of it, some 15 ms, on every keystroke; this reads a few blocks.
 * `sameAs[i]` is the index in `old` of a block with the very text of block `i`, or -1. Undefined
 * when the replacement does not fit the two texts' lengths.
 */
export function splitBlocksAfter(text: string, old: BlockSplit, oldLength: number, replacement: Replacement): { split: BlockSplit; sameAs: Int32Array } | undefined {
  const growth = replacement.length - (replacement.end - replacement.start);
  if (replacement.start < 0 || replacement.end < replacement.start || replacement.end > oldLength || oldLength + growth !== text.length) return undefined;
  const oldBlocks = old.blocks;
  // The blocks holding the replacement's ends; one that starts where the replacement ends counts,
  // as the replacement may have changed what stands before its heading.
  const touched = (offset: number) => Math.max(0, firstOnOrAfter(oldBlocks, offset + 1, (block) => block.start) - 1);
  const first = Math.max(0, touched(replacement.start) - 1);
  const last = touched(replacement.end);
  const from = oldBlocks[first].start;
  const to = oldBlocks[last].end + growth;
  const oldLineAtTo = last + 1 < oldBlocks.length ? oldBlocks[last + 1].firstLine : old.lineCount - 1;
  // Only the line breaks inside the rescanned stretch are counted: whether it holds a `\r` is all
  // that matters, and asking the whole text would read all of it.
  const { headings, lineAtTo } = scanHeadings(text, from, to, oldBlocks[first].firstLine, text.slice(from, to).includes('\r'));
  const lineGrowth = lineAtTo - oldLineAtTo;
  const lineCount = old.lineCount + lineGrowth;
  const lineAtEnd = last + 1 < oldBlocks.length ? lineAtTo : lineCount;
  let rescanned: Block[];
  if (first === 0) {
    const head: Block = { start: 0, end: headings[0] ? headings[0].offset : to, firstLine: 0, lineCount: headings[0] ? headings[0].line : lineAtEnd };
    rescanned = [head, ...blocksFrom(headings, to, lineAtEnd)];
  } else {
    // The first block rescanned starts with a heading the replacement could not reach.
    if (headings[0]?.offset !== from) return undefined;
    rescanned = blocksFrom(headings, to, lineAtEnd);
  }
  const blocks: Block[] = oldBlocks.slice(0, first);
  const sameAs = new Int32Array(oldBlocks.length - (last - first + 1) + rescanned.length).fill(-1);
  for (let i = 0; i < first; i++) sameAs[i] = i;
  for (const block of rescanned) blocks.push(block);
  for (let i = last + 1; i < oldBlocks.length; i++) {
    const block = oldBlocks[i];
    sameAs[blocks.length] = i;
    blocks.push({ start: block.start + growth, end: block.end + growth, firstLine: block.firstLine + lineGrowth, lineCount: block.lineCount });
  }
  return { split: { blocks, lineCount }, sameAs };
}

/** The offset of the first line break at or after `from`, or -1. */
export function nextLineBreak(text: string, from: number, hasCR: boolean): number {
  const lf = text.indexOf('\n', from);
  if (!hasCR) return lf;
  const cr = text.indexOf('\r', from);
  return cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
}
