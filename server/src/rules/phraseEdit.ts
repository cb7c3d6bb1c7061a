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
