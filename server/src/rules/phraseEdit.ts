import { COPULAS, DEGREE_WORDS } from '../language/prose';
import type { Position, Span } from '../language/tree';
import type { TextEdit } from './rule';

// Only this much text before a phrase is read, so an edit costs the same on a long line as on a
// short one (an article and a run of spaces are all that is looked for).
const WINDOW = 64;
const ARTICLE_BEFORE = /(?<![\p{L}\p{N}])(a|an)(\s+)$/iu;

function startsWithVowelSound(text: string): boolean {
  return /^[aeiou8]/i.test(text) && !/^(one|uni|eu|use|usu)/i.test(text);
}

/** `a` or `an` for the word that follows, in the case the written article had (`A`/`An`). */
export function articleFor(written: string, nextWord: string): string {
  const wanted = startsWithVowelSound(nextWord) ? 'an' : 'a';
  return written[0] === written[0].toUpperCase() ? wanted[0].toUpperCase() + wanted.slice(1) : wanted;
}

function at(segment: Span, offset: number): Position {
  return { line: segment.range.start.line, character: segment.range.start.character + offset };
}

/** The index of the last character before `index` that is not whitespace, or -1. */
export function previousNonSpace(text: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i;
}

/** True when `index` starts a list item or a sentence: nothing but spaces after the start or a separator. */
export function opensItem(text: string, index: number): boolean {
  const p = previousNonSpace(text, index);
  return p < 0 || /[,;:.!?]/.test(text[p]);
}

/**
 * The edit that takes `segment.text[start, end)` out of a line of prompt text and leaves a readable
 * sentence: a list separator goes with it, `a`/`an` is made to agree with the word that moves up, a
 * sentence that consisted of the phrase alone goes whole, and a capital at a sentence start is kept.
 */
export function removeFromSegment(segment: Span, start: number, end: number): TextEdit {
  const text = segment.text;
  const windowStart = Math.max(0, start - WINDOW);
  const before = text.slice(windowStart, start);
  const after = text.slice(end, end + WINDOW);
  const p = previousNonSpace(text, start);
  const sentenceStart = p < 0 || (/[.!?]/.test(text[p]) && p < start - 1);
  const itemStart = p < 0 || /[,;:.!?]/.test(text[p]);
  const capital = sentenceStart && /^[^a-z]/.test(text.slice(start, end));
  const edit = (from: number, to: number, newText = ''): TextEdit => ({ range: { start: at(segment, from), end: at(segment, to) }, newText });
  const spacesBefore = /\s*$/.exec(before)![0].length;

  const separatorAfter = /^\s*[,;]\s*/.exec(after);
  if (separatorAfter && text.length > end + separatorAfter[0].length) {
    // A list item of its own: `4K, warm tones` -> `warm tones`; `warm tones, 4K, grain` -> `warm tones, grain`.
    if (itemStart) return withCapital(text, start, end + separatorAfter[0].length, capital, edit);
    // The end of a longer item (`a fox at 1080p, at dusk`): the space before goes, the comma stays.
    return edit(start - spacesBefore, end);
  }
  const sentenceEnd = /^[.!?]+/.exec(after);
  if (sentenceEnd && sentenceStart) {
    // The phrase was a whole sentence (`Make it longer.`): the sentence goes.
    const gap = /^\s+/.exec(after.slice(sentenceEnd[0].length))?.[0] ?? '';
    const to = end + sentenceEnd[0].length;
    if (gap && text.length > to + gap.length) return edit(start, to + gap.length);
    return edit(start - spacesBefore, to);
  }
  const wordAfter = /^\s+(?=[^\s,;.!?])/.exec(after);
  if (wordAfter) {
    // In the middle of a sentence: the space after goes, `a`/`an` agrees with the next word.
    const to = end + wordAfter[0].length;
    const next = /^[\p{L}\p{N}]+/u.exec(text.slice(to, to + WINDOW))?.[0] ?? '';
    const article = ARTICLE_BEFORE.exec(before);
    const whole = article && (article.index > 0 || windowStart === 0 || !/[\p{L}\p{N}]/u.test(text[windowStart - 1]));
    if (article && whole && next) {
      return edit(start - article[0].length, to, articleFor(article[1], next) + article[2]);
    }
    return withCapital(text, start, to, capital, edit);
  }
  // Before punctuation or at the end: the separator and space before it go instead.
  return edit(start - /\s*[,;]?\s*$/.exec(before)![0].length, end);
}

/** The removal, with the next word taking the capital when the removed words started a sentence. */
function withCapital(text: string, from: number, to: number, capital: boolean, edit: (from: number, to: number, newText?: string) => TextEdit): TextEdit {
  const next = text.charAt(to);
  return capital && /[a-z]/.test(next) ? edit(from, to + 1, next.toUpperCase()) : edit(from, to);
}

/** An edit of a line of prompt text, given in the line's own offsets. */
export function segmentEdit(segment: Span, from: number, to: number, newText: string): TextEdit {
  return { range: { start: at(segment, from), end: at(segment, to) }, newText };
}

const edit = segmentEdit;

/**
 * The edit that puts `replacement` where `segment.text[start, end)` stood, with `a`/`an` before it
 * made to agree and a capital kept where the replaced word had one.
 */
export function replaceWord(segment: Span, start: number, end: number, replacement: string): TextEdit {
  const article = ARTICLE_BEFORE.exec(segment.text.slice(Math.max(0, start - WINDOW), start));
  if (article) return edit(segment, start - article[0].length, end, `${articleFor(article[1], replacement)}${article[2]}${replacement}`);
  const written = segment.text.slice(start, end);
  const capital = written[0] !== written[0].toLowerCase() && replacement;
  return edit(segment, start, end, capital ? replacement[0].toUpperCase() + replacement.slice(1) : replacement);
}

/** True for a word that only grades the next one: an -ly adverb or a degree word ("naturally relaxed", "very beautiful"). */
function grades(word: string): boolean {
  const lower = word.toLowerCase();
  return /ly$/.test(lower) || DEGREE_WORDS.has(lower);
}

/**
 * The edit that takes one word (or a short phrase) out of a line so that it still reads, wherever it
 * stands: with the comma of a list of adjectives ("a sad, old man" -> "an old man"; "an expressive,
 * anxious face" -> "an expressive face"), with a word that only grades it ("a very beautiful lake"
 * -> "a lake"), with its "and" ("haunting and nostalgic"), with both commas of a phrase set off by
 * them (", filled with awe,"); else as `removeFromSegment` does (articles, a sentence's capital).
 */
export function removeWords(segment: Span, start: number, end: number): TextEdit {
  const text = segment.text;
  const before = text.slice(Math.max(0, start - WINDOW), start);
  const after = text.slice(end, end + WINDOW);
  const followedByWord = /^\s+\p{L}/u.test(after);
  // One of a list of adjectives before a noun: its comma goes with it.
  const comma = /^\s*,\s*/.exec(after);
  const next = comma ? /^\p{L}+/u.exec(after.slice(comma[0].length))?.[0] : undefined;
  if (comma && next && !/(?:,|\b(?:and|or))\s*$/i.test(before) && !/\s/.test(text.slice(start, end))) {
    const article = ARTICLE_BEFORE.exec(before);
    if (article) return edit(segment, start - article[0].length, end + comma[0].length, articleFor(article[1], next) + article[2]);
    return edit(segment, start, end + comma[0].length, '');
  }
  // A word that only grades this one goes with it, and a/an agrees with what follows.
  const graded = /(?<![\p{L}])(?:(an?)\s+)?(\p{L}+)\s+$/u.exec(before);
  if (graded && grades(graded[2]) && followedByWord) {
    const following = /^\s+(\p{L}+)/u.exec(after)![1];
    const from = start - graded[0].length;
    if (graded[1]) return edit(segment, from, end + 1, `${articleFor(graded[1], following)} `);
    return edit(segment, from, end + 1, '');
  }
  // The last of a list of adjectives before a noun ("an expressive, anxious face").
  const listed = /,\s*$/.exec(before);
  const andAfter = /^\s+(?:and|or)\s+(?=\p{L})/u.exec(after);
  if (listed && followedByWord && !andAfter && !/^\s*,/.test(after)) return edit(segment, start - listed[0].length, end, '');
  // Coordinated words: "haunting and nostalgic" -> "nostalgic"; "tired and sad." -> "tired.".
  if (andAfter && !/\b(?:a|an|the)\s+$/i.test(before)) return edit(segment, start, end + andAfter[0].length, '');
  const andBefore = /\s+(?:and|or)\s+$/.exec(before);
  if (andBefore && /^\s*(?:[,;.!?)]|$)/.test(after)) return edit(segment, start - andBefore[0].length, end, '');
  // Set off by commas: a phrase leaves a space, a word of a list leaves the list's comma.
  const commaBefore = /\s*,\s*$/.exec(before);
  const commaAfter = /^\s*,\s*/.exec(after);
  if (commaBefore && commaAfter) return edit(segment, start - commaBefore[0].length, end + commaAfter[0].length, /\s/.test(text.slice(start, end)) ? ' ' : ', ');
  return removeFromSegment(segment, start, end);
}

/**
 * True when taking the words out would leave a linking verb with nothing after it ("The lake is
 * peaceful." -> "The lake is."): such a removal is not offered.
 */
export function leavesLinkingVerbBare(text: string, start: number, end: number): boolean {
  const verb = /(\p{L}+)(?:\s+(?:very|so|quite|rather|really|extremely|deeply|visibly|slightly|somewhat|truly))?\s+$/u.exec(text.slice(Math.max(0, start - WINDOW), start));
  if (!verb || !COPULAS.has(verb[1].toLowerCase())) return false;
  return /^\s*(?:[.;:!?)—–]|,\s*(?:with|as|while|and)\b|\s(?:as|while|when|with)\b|$)/.test(text.slice(end, end + WINDOW));
}
