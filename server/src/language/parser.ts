import { allFieldNames, lookupField } from './fields';
import { closest } from './suggest';
import { lineRange } from './ranges';
import { eachMatch } from './regex';
import { splitBlocks, type Block } from './blocks';
import { makeTimestamp, TIME_RANGE, TIMESTAMP_CANDIDATE } from './timestamps';
import { mentionsDirective } from './suppressions';
import type {
  Comment,
  DialogueLine,
  Field,
  FrontMatter,
  FrontMatterEntry,
  NegativePhrase,
  Range,
  Shot,
  ShotHeading,
  SoraTree,
  Span,
  Timestamp,
} from './tree';

interface SourceLine {
  index: number;
  /** The line without its end-of-line characters. */
  text: string;
  /** Where the line's own text starts: 1 on the first line of a file with a BOM, else 0. */
  start: number;
  /** The line up to its comment (or all of it), trailing whitespace kept. */
  code: string;
  comment?: Comment;
}

const BOM = '\uFEFF';
const LINE_BREAK = /\r\n|\r|\n/;

// A comment starts at `//` at the start of a line or after whitespace, so `https://` stays text.
const COMMENT_START = /(?:^|(?<=\s))\/\//;
const HEADING = /^(\s*)(#+)(\s*)(.*)$/;
// `Name: text` where the name is one to four words. A known field may be written `Camera:wide`; any
// other name needs a space or the end of the line after its colon, so URLs never start a field.
const FIELD_LINE = /^(\s*)([A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*){0,3})\s*:(.*)$/;
// `Speaker: "words"`, `Speaker (00:03): "words"`, `- Speaker: "words"`.
const DIALOGUE_LINE = /^(\s*(?:[-*•]\s*)?)([^\s:"“”()\-*•][^:"“”()]*?)(\s*)(?:\(([^)]*)\)\s*)?:(?=\s|$)(.*)$/;
const FIELD_NAMES = allFieldNames();
const FRONT_MATTER_FENCE = /^---\s*$/;
const FRONT_MATTER_ENTRY = /^(\s*)([A-Za-z][\w-]*)\s*:(.*)$/;
const NEGATIVE_IN_PROSE = /\bno\s+[^,;.!?]+/gi;
// A quick test before the expression above, which most Style lines would run for nothing.
const HAS_NO = /no/i;
const LIST_SEPARATOR = /[,;]/;

// Speed: most fields have no timestamps, no dialogue lines and no negative phrases, and a heading
// seldom has a time outside its range. They all share this one empty list, and a list is made only
// when its first item comes (`withItem`): a 1 MB file's tree holds some 34,000 fewer arrays for the
// garbage collector to copy. It is frozen, so a mistaken push throws instead of filling every tree.
export const NONE: never[] = Object.freeze([]) as unknown as never[];

/** `list` with `item` added: a new list in place of the shared empty one, else the same list. */
function withItem<T>(list: T[], item: T): T[] {
  if (list === NONE) return [item];
  list.push(item);
  return list;
}

function span(line: number, start: number, text: string): Span {
  return { text, range: lineRange(line, start, start + text.length) };
}

/** True for the characters `String#trim` removes (white space and line terminators). */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
}

/** Where the text of `text` before `end` stops, trailing white space left out. */
function endOfText(text: string, end: number): number {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * The text of `line` between `start` and `end` with surrounding whitespace trimmed, or undefined if
 * empty. Found by index, then cut once: a parse calls this for nearly every line.
 */
function trimmedSpan(line: SourceLine, start: number, end: number): Span | undefined {
  const text = line.text;
  let from = start;
  let to = Math.min(end, text.length);
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  if (from >= to) return undefined;
  // A character at `from` is not white space, so the trailing trim stops after it.
  to = endOfText(text, to);
  return span(line.index, from, text.slice(from, to));
}

/** The block's lines, numbered from `firstLine`; a byte order mark is skipped on the file's first line. */
function splitLines(blockText: string, block: Block, hasBom: boolean): SourceLine[] {
  const raws = blockText.split(LINE_BREAK);
  const lines: SourceLine[] = new Array(block.lineCount);
  for (let i = 0; i < block.lineCount; i++) {
    const raw = raws[i];
    const index = block.firstLine + i;
    const start = index === 0 && hasBom ? 1 : 0;
    const body = start ? raw.slice(start) : raw;
    // Most lines hold no comment: a plain search for the slashes spares them the look-behind.
    const commentAt = body.includes('//') ? body.search(COMMENT_START) : -1;
    const line: SourceLine = { index, text: raw, start, code: raw, comment: undefined };
    if (commentAt >= 0) {
      const at = start + commentAt;
      line.code = raw.slice(0, at);
      line.comment = span(index, at, raw.slice(at));
    }
    lines[i] = line;
  }
  return lines;
}

// Tests for any non-blank character from a line's start, without the slice and trim (two copies of
// every line) that the obvious test makes.
const NOT_BLANK = /\S/g;

function isEmptyCode(line: SourceLine): boolean {
  NOT_BLANK.lastIndex = line.start;
  return !NOT_BLANK.test(line.code);
}

function isBlank(line: SourceLine): boolean {
  return !line.comment && isEmptyCode(line);
}

function findTimestamps(segment: Span, markRangeEnds = true): Timestamp[] {
  // Most lines hold no clock time at all; skip the expression for them.
  if (!segment.text.includes(':')) return NONE;
  const found: Timestamp[] = [];
  const { line, character } = segment.range.start;
  eachMatch(TIMESTAMP_CANDIDATE, segment.text, (match) => {
    const start = character + match.index;
    found.push(makeTimestamp(match[0], lineRange(line, start, start + match[0].length)));
  });
  if (markRangeEnds && found.length > 1) {
    eachMatch(TIME_RANGE, segment.text, (match) => {
      const endAt = character + match.index + match[1].length + match[2].length;
      const end = found.find((t) => t.range.start.character === endAt);
      if (end) end.endsRange = true;
    });
  }
  return found;
}

function parseFrontMatter(lines: SourceLine[]): { frontMatter?: FrontMatter; bodyStart: number } {
  const first = lines[0];
  if (!first || !FRONT_MATTER_FENCE.test(first.code.slice(first.start))) return { bodyStart: 0 };
  const entries: FrontMatterEntry[] = [];
  let index = 1;
  let closed = false;
  for (; index < lines.length; index++) {
    const line = lines[index];
    const code = line.code;
    if (FRONT_MATTER_FENCE.test(code)) {
      closed = true;
      break;
    }
    if (isEmptyCode(line)) continue;
    const match = FRONT_MATTER_ENTRY.exec(code);
    // A field line, a heading or prose means the closing `---` was forgotten: the front matter ends
    // there, so the slip costs one diagnostic instead of swallowing the prompt (or, with a `---`
    // further down, everything above it).
    // A lone word is a key being typed (`dur`): it neither ends the front matter nor makes an entry.
    if (!match && /^\s*[A-Za-z][\w-]*\s*$/.test(code)) continue;
    if (!match || lookupField(match[2])) break;
    const [, indent, key, rest] = match;
    const valueStart = code.length - rest.length;
    entries.push({
      key: span(line.index, indent.length, key),
      name: key.toLowerCase(),
      value: trimmedSpan(line, valueStart, code.length) ?? span(line.index, code.length, ''),
      range: lineRange(line.index, indent.length, code.trimEnd().length),
    });
  }
  const close = index;
  const openingRange = lineRange(0, first.start, first.text.length);
  const lastEntry = entries[entries.length - 1];
  const lastLine = closed ? lines[close] : lastEntry ? lines[lastEntry.range.start.line] : first;
  const frontMatter: FrontMatter = {
    range: { start: openingRange.start, end: { line: lastLine.index, character: lastLine.text.length } },
    openingRange,
    closed,
    entries,
  };
  return { frontMatter, bodyStart: closed ? close + 1 : index };
}

function parseHeading(line: SourceLine, match: RegExpExecArray): ShotHeading {
  const [, indent, marks, gap, rest] = match;
  const titleStart = indent.length + marks.length + gap.length;
  const code = line.code.trimEnd();
  const title = span(line.index, titleStart, rest.slice(0, Math.max(0, code.length - titleStart)).trimEnd());
  const heading: ShotHeading = {
    text: code.slice(indent.length),
    range: lineRange(line.index, indent.length, code.length),
    title,
    otherTimestamps: NONE,
  };
  const inRange = new Set<number>();
  eachMatch(TIME_RANGE, title.text, (rangeMatch) => {
    const base = titleStart + rangeMatch.index;
    const [whole, startText, joiner, endText] = rangeMatch;
    const start = makeTimestamp(startText, lineRange(line.index, base, base + startText.length));
    const endAt = base + startText.length + joiner.length;
    const end = makeTimestamp(endText, lineRange(line.index, endAt, endAt + endText.length));
    heading.timeRange ??= { start, end, range: lineRange(line.index, base, base + whole.length) };
    inRange.add(start.range.start.character).add(end.range.start.character);
  });
  // Every timestamp a range covers is in `inRange` and left out here, so which of them end a range
  // (the second pass of findTimestamps) does not matter.
  for (const timestamp of findTimestamps(title, false)) {
    if (!inRange.has(timestamp.range.start.character)) heading.otherTimestamps = withItem(heading.otherTimestamps, timestamp);
  }
  return heading;
}

function parseDialogueLine(line: SourceLine, match: RegExpExecArray): DialogueLine {
  const [, lead, speakerText, , timeText, rest] = match;
  const speaker = span(line.index, lead.length, speakerText);
  const dialogue: DialogueLine = { speaker, range: lineRange(line.index, lead.length, line.code.trimEnd().length) };
  if (timeText !== undefined) {
    const open = line.code.indexOf('(', lead.length + speakerText.length);
    const inner = trimmedSpan(line, open + 1, open + 1 + timeText.length);
    if (inner && /^\d/.test(inner.text)) dialogue.time = makeTimestamp(inner.text, inner.range);
  }
  const restStart = line.code.length - rest.length;
  const words = trimmedSpan(line, restStart, line.code.length);
  if (words) {
    const quote = /^(["“])(.*?)(["”]|$)/.exec(words.text);
    if (quote) {
      const inner = quote[2];
      const at = words.range.start.character + 1;
      dialogue.speech = span(line.index, at, inner);
    } else {
      dialogue.speech = words;
    }
  }
  return dialogue;
}

const isStop = (code: number) => code === 46 || code === 33; // . !
const isBullet = (code: number) => code === 45 || code === 42 || code === 0x2022; // - * •

/**
 * Where the phrase of one Avoid item lies in `part`: closing stops and white space left out, and a
 * bullet (`- hands in frame`), which is not part of the phrase. Found by index rather than with
 * replace and trim, which copy every item of every Avoid list.
 */
function avoidItem(part: string): [number, number] | undefined {
  let to = part.length;
  let end = endOfText(part, to);
  if (end > 0 && isStop(part.charCodeAt(end - 1))) {
    while (end > 0 && isStop(part.charCodeAt(end - 1))) end--;
    to = end;
  }
  let from = 0;
  while (from < to && isSpace(part.charCodeAt(from))) from++;
  if (from + 1 < to && isBullet(part.charCodeAt(from)) && isSpace(part.charCodeAt(from + 1))) {
    from++;
    while (from < to && isSpace(part.charCodeAt(from))) from++;
  }
  if (from >= to) return undefined;
  return [from, endOfText(part, to)];
}

function negativesOf(field: Field, segment: Span): NegativePhrase[] {
  if (field.kind !== 'Avoid' && field.kind !== 'Style') return NONE;
  const { line, character } = segment.range.start;
  const phrases: NegativePhrase[] = [];
  if (field.kind === 'Avoid') {
    let offset = 0;
    for (const part of segment.text.split(LIST_SEPARATOR)) {
      const item = avoidItem(part);
      if (item) phrases.push(span(line, character + offset + item[0], part.slice(item[0], item[1])));
      offset += part.length + 1;
    }
  } else if (field.kind === 'Style' && HAS_NO.test(segment.text)) {
    eachMatch(NEGATIVE_IN_PROSE, segment.text, (match) => {
      phrases.push(span(line, character + match.index, match[0].trimEnd()));
    });
  }
  return phrases;
}

function addSegment(field: Field, segment: Span | undefined): void {
  if (!segment) return;
  field.segments.push(segment);
  for (const timestamp of findTimestamps(segment)) field.timestamps = withItem(field.timestamps, timestamp);
  for (const phrase of negativesOf(field, segment)) field.negatives = withItem(field.negatives, phrase);
}

function lineEnd(line: SourceLine): { line: number; character: number } {
  return { line: line.index, character: line.text.length };
}

/** What one block holds: the head's front matter, the block's shot (if it has any text) and its comments. */
export interface ParsedBlock {
  frontMatter?: FrontMatter;
  shot?: Shot;
  comments: Comment[];
  /** Those of `comments` that may be disable comments (see `SoraTree.directives`). */
  directives: Comment[];
}

/** The comments of `comments` that may be disable comments; the shared empty list when none is. */
export function directivesAmong(comments: readonly Comment[]): Comment[] {
  return comments.some(mentionsDirective) ? comments.filter(mentionsDirective) : NONE;
}

/** Parses the text of a `.sora` file. Never throws: any text, however broken, yields a tree. */
export function parse(text: string): SoraTree {
  const { blocks, lineCount } = splitBlocks(text);
  const hasBom = text.startsWith(BOM);
  const parsed: ParsedBlock[] = [];
  let shots = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = parseBlock(text.slice(blocks[i].start, blocks[i].end), blocks[i], { head: i === 0, hasBom, shotIndex: shots });
    if (block.shot) shots++;
    parsed.push(block);
  }
  return assembleTree(parsed, lineCount, hasBom);
}

/** The tree of a file from its parsed blocks, in order (the head first). */
export function assembleTree(blocks: readonly ParsedBlock[], lineCount: number, hasBom: boolean): SoraTree {
  const shots: Shot[] = [];
  const comments: Comment[] = [];
  const directives: Comment[] = [];
  for (const block of blocks) {
    if (block.shot) shots.push(block.shot);
    for (const comment of block.comments) comments.push(comment);
    for (const comment of block.directives) directives.push(comment);
  }
  const tree: SoraTree = { lineCount, hasBom, shots, comments, directives };
  if (blocks[0]?.frontMatter) tree.frontMatter = blocks[0].frontMatter;
  return tree;
}

/**
 * Parses one block (see `splitBlocks`), given its text: the head block may open with front matter;
 * any other block starts with its shot's heading. `shotIndex` is the number the block's shot gets.
 */
export function parseBlock(blockText: string, block: Block, options: { head: boolean; hasBom: boolean; shotIndex: number }): ParsedBlock {
  const lines = splitLines(blockText, block, options.hasBom);
  const { frontMatter, bodyStart } = options.head ? parseFrontMatter(lines) : { frontMatter: undefined, bodyStart: 0 };
  const comments: Comment[] = [];
  for (const line of lines) if (line.comment) comments.push(line.comment);
  let shot: Shot | undefined;
  let field: Field | undefined;

  const closeField = () => {
    field = undefined;
  };
  const startShot = (line: SourceLine, heading?: ShotHeading): Shot => {
    closeField();
    const next: Shot = {
      index: options.shotIndex,
      range: { start: heading ? heading.range.start : { line: line.index, character: line.start }, end: lineEnd(line) },
      fields: [],
    };
    if (heading) next.heading = heading;
    return next;
  };
  const startField = (line: SourceLine, kind: Field['kind'], context: Field['context'], name: Span | undefined, at: number): Field => {
    shot ??= startShot(line);
    // Every field gets the same properties in the same order (name may be undefined) so the
    // engine keeps one object shape for all of them: a large file has tens of thousands.
    const next: Field = {
      kind,
      context,
      name,
      range: { start: { line: line.index, character: at }, end: lineEnd(line) },
      segments: [],
      timestamps: NONE,
      dialogue: NONE,
      negatives: NONE,
    };
    shot.fields.push(next);
    return next;
  };
  // The open field and shot grow line by line: their end positions (made for them alone in
  // startField and startShot) are moved in place rather than replaced on every line.
  const extend = (line: SourceLine) => {
    if (field) {
      field.range.end.line = line.index;
      field.range.end.character = endOfText(line.code, line.code.length);
    }
    if (shot) {
      shot.range.end.line = line.index;
      shot.range.end.character = line.text.length;
    }
  };

  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) {
      closeField();
      continue;
    }
    if (isEmptyCode(line)) continue; // a comment-only line keeps the field open
    const code = line.code;

    // Only a block's first line can be a heading: `splitBlocks` cut the text there.
    const heading = i === 0 && !options.head ? HEADING.exec(code.slice(line.start)) : null;
    if (heading) {
      if (line.start) heading[1] = ' '.repeat(line.start) + heading[1];
      shot = startShot(line, parseHeading(line, heading));
      continue;
    }

    // No colon, no `Name:`: most continuation and prose lines skip the expression.
    const loose = code.includes(':') ? FIELD_LINE.exec(code) : null;
    const fieldMatch = loose && (/^(\s|$)/.test(loose[3]) || lookupField(loose[2])) ? loose : null;
    const known = fieldMatch ? lookupField(fieldMatch[2]) : undefined;
    if (fieldMatch && known) {
      const [, indent, name, rest] = fieldMatch;
      field = startField(line, known.kind, known.kind, span(line.index, indent.length, name), indent.length);
      addFieldLine(field, line, code.length - rest.length);
      extend(line);
      continue;
    }

    if (field?.kind === 'Dialogue' && !looksLikeMistypedField(fieldMatch)) {
      const dialogueMatch = DIALOGUE_LINE.exec(code);
      if (dialogueMatch) {
        const dialogue = parseDialogueLine(line, dialogueMatch);
        field.dialogue = withItem(field.dialogue, dialogue);
        if (dialogue.time) field.timestamps = withItem(field.timestamps, dialogue.time);
        extend(line);
        continue;
      }
    }

    // An unknown field is one word at the start of a line (`Camra:`); longer labels (`At dawn:`) are
    // prose. Inside Dialogue such a line is a speaker, unless it is a near miss of a field name.
    if (
      fieldMatch &&
      fieldMatch[1].length === line.start &&
      !fieldMatch[2].includes(' ') &&
      (field?.kind !== 'Dialogue' || looksLikeMistypedField(fieldMatch))
    ) {
      const [, indent, name, rest] = fieldMatch;
      field = startField(line, undefined, 'Unknown', span(line.index, indent.length, name), indent.length);
      addSegment(field, trimmedSpan(line, code.length - rest.length, code.length));
      extend(line);
      continue;
    }

    if (!field) {
      field = startField(line, undefined, 'Prose', undefined, line.start);
    }
    addFieldLine(field, line, line.start);
    extend(line);
  }

  const result: ParsedBlock = { comments, directives: directivesAmong(comments) };
  if (frontMatter) result.frontMatter = frontMatter;
  if (shot) result.shot = shot;
  return result;
}

/** A `Name: text` line whose one-word name is a near miss of a field name and whose text is not quoted speech. */
function looksLikeMistypedField(match: RegExpExecArray | null): boolean {
  if (!match || match[2].includes(' ') || /^\s*["“]/.test(match[3])) return false;
  return closest(match[2], FIELD_NAMES) !== undefined;
}

/** Adds the text of `line` from `from` to `field`; a Dialogue field's first line may itself be a dialogue line. */
function addFieldLine(field: Field, line: SourceLine, from: number): void {
  if (field.kind === 'Dialogue') {
    const rest = line.code.slice(from);
    const match = DIALOGUE_LINE.exec(rest);
    if (match && rest.trim()) {
      const padded = { ...line, code: ' '.repeat(from) + rest };
      const shifted = DIALOGUE_LINE.exec(padded.code)!;
      const dialogue = parseDialogueLine(padded, shifted);
      field.dialogue = withItem(field.dialogue, dialogue);
      if (dialogue.time) field.timestamps = withItem(field.timestamps, dialogue.time);
      return;
    }
  }
  addSegment(field, trimmedSpan(line, from, line.code.length));
}
