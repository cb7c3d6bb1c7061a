import { lazy } from './lazy';
import { VOCABULARY } from './vocabulary';
import type { Term } from './vocabularyTypes';

// Speed: both tables are built on first use (lazy), not at module load, so they stay out of the
// server's cold start (about 7 ms: a 1,010-entry Map, a sort and a 13 KB expression). The first
// analysis that looks for a term pays it instead, next to the expression's own first compile.

/** Every spelling of every term, lower-cased, to the term it spells. */
const termBySpelling = lazy<ReadonlyMap<string, Term>>(
  () =>
    new Map(VOCABULARY.flatMap((term) => [term.term, ...term.aliases].map((spelling) => [spelling.toLowerCase(), term] as const))),
);

export interface TermMatch {
  term: Term;
  start: number;
  end: number;
}

/** One spelling of a term, lower-cased, and the term it spells. */
interface Spelling {
  text: string;
  term: Term;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** True when the code point at `index` is a letter or a number (any script). */
function isWordAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (Number.isNaN(code)) return false;
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(index)!));
}

/** True when the code point that ends just before `index` is a letter or a number. */
function isWordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const code = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) return isWordAt(text, index - 2);
  return isWordAt(text, index - 1);
}

function runLength(text: string, from: number): number {
  let end = from;
  while (end < text.length && isWordAt(text, end)) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  return end - from;
}

function lower(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

// Spellings by the first letter (lower-cased) and the length of the first run of letters and digits
// they start with: at a place in the text where a word starts, only spellings whose first run is
// that word can match, so only they are tried, longest spelling first (`dolly zoom` before `dolly`).
// Speed: this replaces one regular expression of all 1,010 spellings. That expression (Unicode
// mode, for the letter tests) took some 65 ms to compile on the first analysis and ran several
// times slower than this lookup on every Camera line.
const spellingsByStart = lazy(() => {
  const index = new Map<number, Spelling[]>();
  for (const [text, term] of termBySpelling()) {
    const key = lower(text.charCodeAt(0)) * 256 + Math.min(255, runLength(text, 0));
    const list = index.get(key) ?? [];
    list.push({ text, term });
    index.set(key, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.text.length - a.text.length);
  return index;
});

/** The end of `spelling` written at `from` in `text` (a space matches any run of white space), or -1. */
function matchAt(text: string, from: number, spelling: string): number {
  let at = from;
  for (let i = 0; i < spelling.length; i++) {
    const wanted = spelling.charCodeAt(i);
    if (wanted === 32) {
      if (at >= text.length || !/\s/.test(text[at])) return -1;
      while (at < text.length && /\s/.test(text[at])) at++;
      continue;
    }
    if (at >= text.length || lower(text.charCodeAt(at)) !== wanted) return -1;
    at++;
  }
  return isWordAt(text, at) ? -1 : at;
}

/**
 * Calls `visit` for each term written in `text`, in order, as a scan from the left would find them:
 * at each place the longest spelling wins, and a term may not sit inside a longer word or number
 * (`pan` is not found in `panel`). `visit` returns true to stop.
 */
function eachTerm(text: string, visit: (match: TermMatch) => boolean | void): void {
  const index = spellingsByStart();
  let at = 0;
  while (at < text.length) {
    if (!isWordAt(text, at) || isWordBefore(text, at)) {
      at++;
      continue;
    }
    const run = runLength(text, at);
    const candidates = index.get(lower(text.charCodeAt(at)) * 256 + Math.min(255, run));
    let end = -1;
    if (candidates) {
      for (const candidate of candidates) {
        end = matchAt(text, at, candidate.text);
        if (end >= 0) {
          if (visit({ term: candidate.term, start: at, end })) return;
          break;
        }
      }
    }
    at = end >= 0 ? end : at + run;
  }
}

/** The vocabulary term written at `character` in `line`, if any. */
export function termAt(line: string, character: number): TermMatch | undefined {
  let found: TermMatch | undefined;
  eachTerm(line, (match) => {
    if (match.start > character) return true;
    if (character <= match.end) {
      found = match;
      return true;
    }
    return false;
  });
  return found;
}

/** Every term written in `text`, in order (for checks that count camera moves and the like). */
export function termsIn(text: string): TermMatch[] {
  const found: TermMatch[] = [];
  eachTerm(text, (match) => {
    found.push(match);
  });
  return found;
}

export const CATEGORY_LABEL: Readonly<Record<Term['category'], string>> = {
  'camera-move': 'camera move',
  'shot-size': 'shot size',
  angle: 'camera angle',
  rig: 'camera rig',
  lens: 'lens',
  focus: 'focus',
  exposure: 'exposure',
  'frame-rate': 'frame rate and speed',
  lighting: 'lighting',
  audio: 'sound',
};
