// The edits that turn a stated mood into something seen: the label goes, and a phrase of visible
// behaviour follows the thing it was said of, at the end of its clause, so the sentence still reads
// ("A sad old man on a bench." -> "An old man on a bench, staring at the ground, shoulders slumped.").

import type { MoodUse } from '../language/moods';
import { clauseEnd } from '../language/prose';
import type { Position, Span } from '../language/tree';
import { articleFor, removeFromSegment } from './phraseEdit';
import type { Fix, TextEdit } from './rule';

const ARTICLE_BEFORE = /(?<![\p{L}\p{N}])(a|an)(\s+)$/iu;

function at(segment: Span, offset: number): Position {
  return { line: segment.range.start.line, character: segment.range.start.character + offset };
}

function offsetOf(segment: Span, position: Position): number {
  return position.character - segment.range.start.character;
}

function edit(segment: Span, from: number, to: number, newText: string): TextEdit {
  return { range: { start: at(segment, from), end: at(segment, to) }, newText };
}

/** Applies edits given in the segment's own offsets and returns the new text. */
function applied(segment: Span, edits: readonly TextEdit[]): string {
  let text = segment.text;
  for (const e of [...edits].sort((a, b) => offsetOf(segment, b.range.start) - offsetOf(segment, a.range.start))) {
    text = text.slice(0, offsetOf(segment, e.range.start)) + e.newText + text.slice(offsetOf(segment, e.range.end));
  }
  return text;
}

/** The words of the line around the change, as the fix's title shows them. */
function preview(segment: Span, edits: readonly TextEdit[]): string {
  const after = applied(segment, edits);
  const first = Math.min(...edits.map((e) => offsetOf(segment, e.range.start)));
  const grown = after.length - segment.text.length;
  const last = Math.max(...edits.map((e) => offsetOf(segment, e.range.end))) + grown;
  let from = Math.max(0, after.lastIndexOf(' ', Math.max(0, first - 24)) + 1);
  if (first - from > 40) from = first;
  let to = Math.min(after.length, last + 1);
  const text = after.slice(from, to).trim();
  to = text.length > 90 ? 90 : text.length;
  return `${from > 0 ? '…' : ''}${text.slice(0, to)}${to < text.length || last + 1 < after.length ? '…' : ''}`;
}

/**
 * Takes words out of a line so that it still reads: a coordinated word with its "and" ("haunting
 * and nostalgic"), a phrase set off by commas with both commas (", filled with awe,"), else as
 * `removeFromSegment` does (articles, list commas, a sentence's capital).
 */
function removal(segment: Span, start: number, end: number): TextEdit {
  const text = segment.text;
  const andAfter = /^\s+(?:and|or)\s+(?=\p{L})/u.exec(text.slice(end));
  if (andAfter && !/\b(?:a|an|the)\s+$/i.test(text.slice(0, start))) return edit(segment, start, end + andAfter[0].length, '');
  const andBefore = /\s+(?:and|or)\s+$/.exec(text.slice(0, start));
  if (andBefore && /^\s*(?:[,;.!?)]|$)/.test(text.slice(end))) return edit(segment, start - andBefore[0].length, end, '');
  const commaBefore = /\s*,\s*$/.exec(text.slice(0, start));
  const commaAfter = /^\s*,\s*/.exec(text.slice(end));
  if (commaBefore && commaAfter) {
    // A phrase set off by commas leaves a space; a word of a list leaves the list's comma.
    return edit(segment, start - commaBefore[0].length, end + commaAfter[0].length, /\s/.test(text.slice(start, end)) ? ' ' : ', ');
  }
  return removeFromSegment(segment, start, end);
}

/** Where the words a fix takes out start: a mood noun after a dash goes with its dash. */
function labelStart(use: MoodUse): number {
  return use.syntax === 'noun' && use.from !== undefined ? use.from : use.start;
}

/** Takes an adjective out of the phrase before its noun, with the comma of a list of adjectives ("a sad, old man"). */
function removeAdjective(segment: Span, use: MoodUse): TextEdit {
  const text = segment.text;
  const comma = /^\s*,\s*/.exec(text.slice(use.end));
  const next = comma ? /^\p{L}+/u.exec(text.slice(use.end + comma[0].length))?.[0] : undefined;
  if (comma && next) {
    const article = ARTICLE_BEFORE.exec(text.slice(Math.max(0, use.start - 8), use.start));
    if (article) return edit(segment, use.start - article[0].length, use.end + comma[0].length, articleFor(article[1], next) + article[2]);
    return edit(segment, use.start, use.end + comma[0].length, '');
  }
  // An adverb that only grades the word ("a naturally relaxed posture") goes with it.
  const graded = /(?<![\p{L}])(an?\s+)?\p{L}+ly\s+$/u.exec(segment.text.slice(Math.max(0, use.start - 40), use.start));
  if (graded && /^\s+\p{L}/u.test(segment.text.slice(use.end))) {
    const from = use.start - graded[0].length + (graded[1]?.length ?? 0);
    const next = /^\s+(\p{L}+)/u.exec(segment.text.slice(use.end))![1];
    if (graded[1]) return edit(segment, use.start - graded[0].length, use.end + 1, `${articleFor(graded[1].trim(), next)} `);
    return edit(segment, from, use.end + 1, '');
  }
  // The last of a list of adjectives ("an expressive, anxious face"): its comma goes with it.
  const listed = /,\s*$/.exec(segment.text.slice(0, use.start));
  if (listed && /^\s+\p{L}/u.test(segment.text.slice(use.end))) return edit(segment, use.start - listed[0].length, use.end, '');
  return removal(segment, use.start, use.end);
}

/** Where the visible behaviour goes: the end of the clause that holds `after`, past anything an edit takes out. */
function insertion(segment: Span, after: number, removal: TextEdit | undefined): number {
  let point = clauseEnd(segment.text, after);
  if (removal && point < offsetOf(segment, removal.range.end) && point >= offsetOf(segment, removal.range.start)) {
    point = clauseEnd(segment.text, offsetOf(segment, removal.range.end));
  }
  return point;
}

function fix(segment: Span, edits: TextEdit[]): Fix {
  return { title: `Show it: "${preview(segment, edits)}"`, edits };
}

/** Removes the label and adds the phrase after the thing it was said of. */
export function showAfter(segment: Span, use: MoodUse, phrase: string): Fix {
  const taken = use.syntax === 'attributive' ? removeAdjective(segment, use) : removal(segment, labelStart(use), use.end);
  const anchor = Math.max(use.end, use.ownerEnd ?? use.end);
  const point = insertion(segment, anchor, taken);
  return fix(segment, [taken, edit(segment, point, point, `, ${phrase}`)]);
}

/** "as he ponders" -> "as he ponders, gazing into the distance": the verb stays, the behaviour follows its clause. */
export function showBeside(segment: Span, use: MoodUse, phrase: string): Fix {
  const point = clauseEnd(segment.text, use.end);
  return fix(segment, [edit(segment, point, point, `, ${phrase}`)]);
}

/** "She looks sad" -> "She is staring at the ground": the copula and the word give way to the action. */
export function showInPlace(segment: Span, use: MoodUse, phrase: string, be: string): Fix {
  return fix(segment, [edit(segment, use.from!, use.end, be ? `${be} ${phrase}` : phrase)]);
}

/**
 * "looks down with a sad expression" -> "looks down, blinking back tears": the face phrase gives way
 * to what the face does. "Both officers have serious expressions and walk" -> "Both officers walk,
 * jaws set": a phrase that only holds the mood goes, and the behaviour follows the clause.
 */
/** The edit that takes a whole face phrase out ("with a sad expression", "have serious expressions and", ", and a serious expression"). */
function faceRemoval(segment: Span, use: MoodUse): TextEdit {
  const text = segment.text;
  const from = use.from!;
  const to = use.dropTo ?? use.end;
  const spaces = /\s*$/.exec(text.slice(0, from))![0].length;
  if (/^,?\s*and\b/.test(text.slice(from))) {
    // The last item of a list goes: its "and" moves to the item before ("hair, skin, and a serious expression" -> "hair and skin").
    const before = text.slice(0, from - spaces);
    const comma = before.lastIndexOf(', ');
    const sentence = Math.max(before.lastIndexOf('. '), before.lastIndexOf(': '));
    if (comma > sentence && comma >= 0) return edit(segment, comma, to, ` and${before.slice(comma + 1)}`);
    return edit(segment, from - spaces, to, '');
  }
  if (/^\s*[.,;!?]|^\s*$/.test(text.slice(to))) return edit(segment, from - spaces, to, '');
  return edit(segment, from, to + (/^\s+/.exec(text.slice(to))?.[0].length ?? 0), '');
}

export function showFace(segment: Span, use: MoodUse, phrase: string): Fix {
  const text = segment.text;
  const from = use.from!;
  if (use.dropTo !== undefined) {
    const taken = faceRemoval(segment, use);
    const point = insertion(segment, use.dropTo, taken);
    return fix(segment, [taken, edit(segment, point, point, `, ${phrase}`)]);
  }
  const spaces = /\s*$/.exec(text.slice(0, from))![0].length;
  // After a comma ("a gentleman, with a serene expression, sits") the phrase takes the place of the words alone.
  if (/,\s*$/.test(text.slice(0, from))) return fix(segment, [edit(segment, from, use.end, phrase)]);
  return fix(segment, [edit(segment, from - spaces, use.end, `, ${phrase}`)]);
}

/** Replaces the mood adjective with a concrete one ("a peaceful lake" -> "a still lake"). */
export function replaceAdjective(segment: Span, use: MoodUse, adjective: string): Fix {
  const article = ARTICLE_BEFORE.exec(segment.text.slice(Math.max(0, use.start - 8), use.start));
  const from = article ? use.start - article[0].length : use.start;
  const written = segment.text.slice(use.start, use.end);
  const replacement = written[0] !== written[0].toLowerCase() ? adjective[0].toUpperCase() + adjective.slice(1) : adjective;
  const newText = article ? `${articleFor(article[1], adjective)}${article[2]}${adjective}` : replacement;
  return { title: `Replace "${written}" with "${adjective}"`, edits: [edit(segment, from, use.end, newText)] };
}

/** Takes the label out alone: what the creator wants when the action beside it already shows the mood. */
export function removeLabel(segment: Span, use: MoodUse): Fix {
  if (use.syntax === 'face') {
    // The whole face phrase goes ("with a sad expression"), and the title says so.
    const phrase = segment.text.slice(use.from!, use.dropTo ?? use.end).trim().replace(/^,\s*/, '');
    return { title: `Remove "${phrase}"`, edits: [faceRemoval(segment, use)] };
  }
  const written = segment.text.slice(use.start, use.end);
  return { title: `Remove "${written}"`, edits: [use.syntax === 'attributive' ? removeAdjective(segment, use) : removal(segment, labelStart(use), use.end)] };
}

/** Takes out a sentence that only tells the mood of the picture ("The atmosphere is tense."). */
export function removeSentence(segment: Span, [from, to]: [number, number]): Fix {
  const text = segment.text;
  const gap = /^\s*/.exec(text.slice(to))![0].length;
  const edits = to + gap < text.length ? [edit(segment, from, to + gap, '')] : [edit(segment, from - /\s*$/.exec(text.slice(0, from))![0].length, to, '')];
  return { title: `Remove the sentence "${text.slice(from, to).trim()}"`, edits };
}
