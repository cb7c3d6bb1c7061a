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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One expression for all spellings, longest first so `dolly zoom` wins over `dolly`, compiled once:
// finding the term under the cursor is then one scan of one line. Spaces match any run of spaces,
// and a term may not sit inside a longer word or number (`pan` is not found in `panel`).
const termInText = lazy(() => {
  const spellings = [...termBySpelling().keys()].sort((a, b) => b.length - a.length);
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${spellings.map((s) => escape(s).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
});

export interface TermMatch {
  term: Term;
  start: number;
  end: number;
}

/** The vocabulary term written at `character` in `line`, if any. */
export function termAt(line: string, character: number): TermMatch | undefined {
  const TERM_IN_TEXT = termInText();
  const TERM_BY_SPELLING = termBySpelling();
  TERM_IN_TEXT.lastIndex = 0;
  for (let match = TERM_IN_TEXT.exec(line); match; match = TERM_IN_TEXT.exec(line)) {
    const start = match.index;
    const end = start + match[0].length;
    if (character >= start && character <= end) {
      const term = TERM_BY_SPELLING.get(match[0].toLowerCase().replace(/\s+/g, ' '));
      if (term) return { term, start, end };
    }
    if (start > character) break;
  }
  TERM_IN_TEXT.lastIndex = 0;
  return undefined;
}

/** Every term written in `text`, in order (for checks that count camera moves and the like). */
export function termsIn(text: string): TermMatch[] {
  const found: TermMatch[] = [];
  const TERM_IN_TEXT = termInText();
  const TERM_BY_SPELLING = termBySpelling();
  TERM_IN_TEXT.lastIndex = 0;
  for (let match = TERM_IN_TEXT.exec(text); match; match = TERM_IN_TEXT.exec(text)) {
    const term = TERM_BY_SPELLING.get(match[0].toLowerCase().replace(/\s+/g, ' '));
    if (term) found.push({ term, start: match.index, end: match.index + match[0].length });
  }
  TERM_IN_TEXT.lastIndex = 0;
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
