// The edits that turn a stated mood into something seen: the label goes, and a phrase of visible
// behaviour follows the thing it was said of, at the end of its clause, so the sentence still reads
// ("A sad old man on a bench." -> "An old man on a bench, staring at the ground, shoulders slumped.").

import type { MoodUse } from '../language/moods';
import { clauseEnd } from '../language/prose';
import type { Position, Span } from '../language/tree';
import { leavesLinkingVerbBare, removeWords, replaceWord, segmentEdit as edit } from './phraseEdit';
import type { Fix, TextEdit } from './rule';

function offsetOf(segment: Span, position: Position): number {
  return position.character - segment.range.start.character;
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

/** Where the words a fix takes out start: a mood noun after a dash goes with its dash. */
function labelStart(use: MoodUse): number {
  return use.syntax === 'noun' && use.from !== undefined ? use.from : use.start;
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
  const taken = use.syntax === 'attributive' ? removeWords(segment, use.start, use.end) : removeWords(segment, labelStart(use), use.end);
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

/**
 * "looks down with a sad expression" -> "looks down, blinking back tears": the face phrase gives way
 * to what the face does. "Both officers have serious expressions and walk" -> "Both officers walk,
 * jaws set": a phrase that only holds the mood goes, and the behaviour follows the clause.
 */
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
  return { title: `Replace "${segment.text.slice(use.start, use.end)}" with "${adjective}"`, edits: [replaceWord(segment, use.start, use.end, adjective)] };
}

/**
 * Takes the label out alone: what the creator wants when the action beside it already shows the
 * mood. Undefined when that would leave a linking verb bare ("The lake is peaceful." -> "The lake is.").
 */
export function removeLabel(segment: Span, use: MoodUse): Fix | undefined {
  if (use.syntax !== 'face' && leavesLinkingVerbBare(segment.text, labelStart(use), use.end)) return undefined;
  if (use.syntax === 'face') {
    // The whole face phrase goes ("with a sad expression"), and the title says so.
    const phrase = segment.text.slice(use.from!, use.dropTo ?? use.end).trim().replace(/^,\s*/, '');
    return { title: `Remove "${phrase}"`, edits: [faceRemoval(segment, use)] };
  }
  const written = segment.text.slice(use.start, use.end);
  return { title: `Remove "${written}"`, edits: [use.syntax === 'attributive' ? removeWords(segment, use.start, use.end) : removeWords(segment, labelStart(use), use.end)] };
}

/** Takes out a sentence that only tells the mood of the picture ("The atmosphere is tense."). */
export function removeSentence(segment: Span, [from, to]: [number, number]): Fix {
  const text = segment.text;
  const gap = /^\s*/.exec(text.slice(to))![0].length;
  const edits = to + gap < text.length ? [edit(segment, from, to + gap, '')] : [edit(segment, from - /\s*$/.exec(text.slice(0, from))![0].length, to, '')];
  return { title: `Remove the sentence "${text.slice(from, to).trim()}"`, edits };
}
