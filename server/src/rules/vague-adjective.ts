import { contradicts, directedTextOf, statedInShot, type Stated } from '../language/conflicts';
import type { ThingKind } from '../language/directingTypes';
import { isDirected } from '../language/fields';
import { COLOURS, copulaBefore, DETERMINERS, GENRES, headAfter, inside, isFunctionWord, isProperNoun, hasWholeWord, quotedSpans, sentenceEnd, sentenceStart, subjectOf, wordsOf, type Head, type Word } from '../language/prose';
import { eachMatch } from '../language/regex';
import { wordPattern } from '../language/wordTrie';
import type { Field, FieldKind, Range, Span } from '../language/tree';
import type { VagueWord } from '../language/vagueWordTypes';
import type { Finding, Fix, Rule } from './rule';
import { VAGUE_DATA, type VagueLexicon } from '../language/vagueLexicon';
import type { LineMover } from '../language/lineMover';
import { detach } from '../language/detach';
import { leavesLinkingVerbBare, removeWords, replaceWord } from './phraseEdit';


// All the words of a lexicon as one expression, compiled once per lexicon (that is, per settings
// change). One native scan of each line finds them; looking every word of the text up in the map
// instead allocates a match and a lower-cased copy per word, which was most of this rule's time.
const patterns = new WeakMap<VagueLexicon, RegExp>();

function patternFor(lexicon: VagueLexicon): RegExp | undefined {
  if (!lexicon.size) return undefined;
  let pattern = patterns.get(lexicon);
  if (!pattern) {
    pattern = wordPattern(lexicon.keys());
    patterns.set(lexicon, pattern);
  }
  return pattern;
}
const MAX_REWRITES = 4;

const MOTION_PREPOSITIONS = new Set('through across into along over around down up toward towards past from onto away off out back forward forwards between'.split(' '));
/** The kind of thing a field describes when the words around a vague word name none. */
const KIND_OF_FIELD: Partial<Record<FieldKind, ThingKind>> = { Lighting: 'light', Audio: 'sound', Style: 'look', Camera: 'motion', Motion: 'motion' };
/** The terms of the trade by each listed word in them, with where the word stands in the term. */
const TECHNICAL = new Map<string, Array<{ term: string; at: number }>>();
for (const term of VAGUE_DATA.technical) {
  for (const m of term.matchAll(/[a-z]+(?:-[a-z]+)*/g)) {
    const list = TECHNICAL.get(m[0]) ?? [];
    list.push({ term, at: m.index! });
    TECHNICAL.set(m[0], list);
  }
}

/** True when the word at `start` is part of a term of the trade written around it ("high dynamic range"). */
function inTechnicalTerm(text: string, start: number, lower: string): boolean {
  return (TECHNICAL.get(lower) ?? []).some(({ term, at }) => {
    const from = start - at;
    return from >= 0 && text.slice(from, from + term.length).toLowerCase() === term && !/[A-Za-z]/.test(text[from - 1] ?? '') && !/[A-Za-z]/.test(text[from + term.length] ?? '');
  });
}
const NOUN_USES = new Set(VAGUE_DATA.nounUses);
const BEFORE_COLOUR = new Set(VAGUE_DATA.beforeColour);

const NONE: readonly string[] = [];

/**
 * The rewrites for the kind of thing the word describes, else its general ones; in Audio only
 * rewrites for sound. None that contradicts what the shot states. An intensifier has none.
 */
export function rewritesFor(entry: VagueWord, kind: ThingKind | undefined | null, field: Field, stated?: Stated | (() => Stated), around?: Around): readonly string[] {
  if (entry.kind === 'intensifier' || kind === null) return NONE;
  const wanted = field.kind === 'Audio' ? 'sound' : kind;
  const list = (wanted && entry.rewrites[wanted]) || entry.rewrites.default || NONE;
  const fits = (rewrite: string) => !(stated && contradicts(rewrite, stated)) && !(around && repeats(rewrite, around));
  // The list itself when every rewrite fits and it is short enough: most findings share it, and so their message.
  if (list.length <= MAX_REWRITES && list.every(fits)) return list;
  const fitting = list.filter(fits);
  return fitting.length <= MAX_REWRITES ? fitting : fitting.slice(0, MAX_REWRITES);
}

/** What a vague word's rewrite must not say again. */
interface Around {
  /** The whole line, lower case: a rewrite may not repeat a word of it either ("slender swans" under "slender branches"). */
  line: () => string;
  /** For a look or a light, which a shot states once for all its lines: the whole shot's text. */
  shot?: () => string;
}

const wordsOfRewrite = new Map<string, string[]>();

/** True when a rewrite would repeat a word already beside it ("soft, pastel, soft-contrast bokeh"). */
function repeats(rewrite: string, { line, shot }: Around): boolean {
  let own = wordsOfRewrite.get(rewrite);
  if (!own) wordsOfRewrite.set(rewrite, (own = rewrite.toLowerCase().split(/[\s,-]+/).filter((w) => w.length > 3)));
  const whole = line();
  if (own.some((word) => hasWholeWord(whole, word))) return true;
  if (!shot) return false;
  const all = shot();
  return own.some((word) => hasWholeWord(all, word));
}

/** What a vague word at `words[i]` describes, from the noun it stands before or is said of, else from the field. */
export function describedKind(text: string, words: readonly Word[], i: number, entry: VagueWord, field: Field, head = headAfter(text, words, i)): ThingKind | undefined | null {
  if (entry.kind === 'manner') {
    const next = words[i + 1]?.lower ?? '';
    const joined = words[i + 1] && /^\s+$/.test(text.slice(words[i].end, words[i + 1].start));
    if (joined && /^(lit|lighted|illuminated|backlit)$/.test(next)) return 'light';
    if (joined && /^(shot|framed|composed|graded|filmed|photographed|captured|rendered)$/.test(next)) return 'look';
    // How something moves: the adverb ends its clause or leads into where it goes ("glides gracefully
    // through the water"). Before anything else it only grades the next word ("perfectly in sync",
    // "a perfectly stable shot"): null, so only removal is offered.
    if (!joined || MOTION_PREPOSITIONS.has(next)) return 'motion';
    return null;
  }
  if (head.info) return head.info.kind;
  const copula = copulaBefore(words, i, text);
  if (copula >= 0) {
    const owner = subjectOf(text, words, copula);
    if (owner.info) return owner.info.kind;
  }
  return field.kind ? KIND_OF_FIELD[field.kind] : undefined;
}

/**
 * True where a listed word is not a judgement: a noun ("a retro aesthetic"), a word naming a
 * colour's saturation ("vibrant red"), a genre ("epic fantasy"), a name ("the Grand Canyon").
 */
function usedPlainly(text: string, words: readonly Word[], i: number, head: Head): boolean {
  const word = words[i];
  if (isProperNoun(text, word)) return true;
  const next = words[i + 1];
  const joinedToNext = next && /^[\s-]*$/.test(text.slice(word.end, next.start));
  if (joinedToNext && GENRES.has(next.lower)) return true;
  if (joinedToNext && BEFORE_COLOUR.has(word.lower) && COLOURS.has(next.lower)) return true;
  if (NOUN_USES.has(word.lower) && head.index < 0 && copulaBefore(words, i, text) < 0) {
    // A noun stands after an article or a word joined to it by a space ("the aesthetic", "retro aesthetic"); alone in a list it is an adjective.
    const before = words[i - 1];
    if (before && /^\s+$/.test(text.slice(before.end, word.start)) && (DETERMINERS.has(before.lower) || !isFunctionWord(before.lower))) return true;
  }
  return false;
}

function at(segment: Span, offset: number): { line: number; character: number } {
  return { line: segment.range.start.line, character: segment.range.start.character + offset };
}

/** Takes the word out so the line still reads (see `removeWords`); undefined when that would leave "is" bare. */
function removal(segment: Span, start: number, written: string): Fix | undefined {
  if (leavesLinkingVerbBare(segment.text, start, start + written.length)) return undefined;
  return { title: `Remove "${written}"`, edits: [removeWords(segment, start, start + written.length)] };
}

function replacement(segment: Span, start: number, written: string, rewrite: string, entry: VagueWord): Fix {
  const end = start + written.length;
  // An adverbial rewrite with a comma in it ("fluidly, without a pause") is set off by one after it too, when the sentence goes on.
  const closed = entry.kind === 'manner' && rewrite.includes(',') && /^\s+\p{L}/u.test(segment.text.slice(end)) ? `${rewrite},` : rewrite;
  return { title: `Replace "${written}" with "${rewrite}"`, edits: [replaceWord(segment, start, end, closed)] };
}

/** One fix per rewrite and one that removes the word; the preferred one first. */
function fixesFor(segment: Span, start: number, written: string, rewrites: readonly string[], entry: VagueWord): Fix[] {
  const fixes = rewrites.map((rewrite) => replacement(segment, start, written, rewrite, entry));
  const remove = removal(segment, start, written);
  // An intensifier adds nothing a camera can show, so dropping it is the best fix.
  if (remove && (entry.kind === 'intensifier' || fixes.length === 0)) fixes.unshift(remove);
  else if (remove) fixes.push(remove);
  if (fixes.length) fixes[0].preferred = true;
  return fixes;
}

// The message says what is wrong and what to write instead; why the word fails (the entry's `why`)
// is in the hover on the word, which an editor shows right under the message. Keeping it out of
// the message spares reading it twice, keeps the Problems list to one line per word, and keeps the
// diagnostics of a long file small to send on every edit.
function describe(written: string, entry: VagueWord, rewrites: readonly string[], amount: string | undefined): string {
  if (entry.kind === 'intensifier') {
    const lead = `"${written}" is an intensifier: it adds nothing a camera can show.`;
    return amount ? `${lead} Give the amount instead (for example ${amount}).` : `${lead} Remove it, or state the amount.`;
  }
  const lead = entry.kind === 'manner' ? `"${written}" judges how it is done, not what is seen.` : `"${written}" is a judgement, not something a camera can film.`;
  if (rewrites.length) return `${lead} Try: ${rewrites.map((r) => `"${r}"`).join(', ')}.`;
  return `${lead} Name what is seen or heard instead.`;
}

// Speed: a long file has thousands of these findings and the same few hundred words in them, so
// messages are shared by word, field and spelling, and a finding is a small class instance whose
// fixes are built on first use (only a code-action request for the word under the cursor reads them).
// Keyed by the word as written, then by the rewrites offered (or the amount asked for).
const messagesByLexicon = new WeakMap<VagueLexicon, Map<string, Map<string, string>>>();

function messageFor(lexicon: VagueLexicon, written: string, entry: VagueWord, rewrites: readonly string[], amount: string | undefined): string {
  let byWord = messagesByLexicon.get(lexicon);
  if (!byWord) messagesByLexicon.set(lexicon, (byWord = new Map()));
  // Bounded: the words of a lexicon times the spellings people use; past this, start over rather than grow.
  if (byWord.size > 20_000) byWord.clear();
  let byOffer = byWord.get(written);
  if (!byOffer) byWord.set(detach(written), (byOffer = new Map()));
  const key = amount ?? (rewrites.length ? rewrites.join('|') : '');
  let message = byOffer.get(key);
  if (message === undefined) {
    // Kept for the analyzer's life: made from a copy of the word, not from a view into the text.
    message = describe(detach(written), entry, rewrites, amount);
    byOffer.set(detach(key), message);
  }
  return message;
}

class VagueFinding implements Finding {
  private built: Fix[] | undefined;

  constructor(
    readonly range: Range,
    readonly message: string,
    private readonly segment: Span,
    private readonly start: number,
    private readonly written: string,
    private readonly rewrites: readonly string[],
    private readonly entry: VagueWord,
  ) {}

  get fixes(): Fix[] {
    this.built ??= fixesFor(this.segment, this.start, this.written, this.rewrites, this.entry);
    return this.built;
  }

  get suggestions(): readonly string[] {
    return this.rewrites;
  }

  movedBy(mover: LineMover): VagueFinding {
    return new VagueFinding(mover.range(this.range), this.message, mover.segment(this.segment), this.start, this.written, this.rewrites, this.entry);
  }
}

export const vagueAdjective: Rule = {
  id: 'vague-adjective',
  defaultSeverity: 'warning',
  description: 'An evaluative word, intensifier or judging adverb ("beautiful", "epic", "very", "gracefully") that a video model cannot film.',
  scope: 'shot',
  checkShot(shot, { lexicon }) {
    const findings: Finding[] = [];
    const pattern = patternFor(lexicon);
    if (!pattern) return findings;
    let stated: Stated | undefined;
    const shotFacts = () => (stated ??= statedInShot(shot));
    for (const field of shot.fields) {
      if (!isDirected(field)) continue;
      for (const segment of field.segments) {
        let words: Word[] | undefined;
        let sentence: [number, number] | undefined;
        let window: [number, number] | undefined;
        let lowerLine: string | undefined;
        let quoted: Array<[number, number]> | undefined;
        eachMatch(pattern, segment.text, (match) => {
          const written = match[0];
          // Most words are written in lower case already: look them up without making a copy.
          const entry = lexicon.get(written) ?? lexicon.get(written.toLowerCase());
          if (!entry) return;
          const start = match.index;
          const text = segment.text;
          quoted ??= quotedSpans(text);
          if (inside(quoted, start) || inTechnicalTerm(text, start, entry.word)) return;
          // Only the sentence is read, and of it the words near the vague one: what a word describes
          // is said within a few words of it, and reading every word of a long file costs more than the check.
          const from = sentenceStart(text, start);
          if (!words || !sentence || sentence[0] !== from || start + written.length > window![1] - 40) {
            sentence = [from, sentenceEnd(text, start)];
            window = [Math.max(from, start - 80), Math.min(sentence[1], start + 120)];
            // A window starts at a word boundary, so its first word is whole.
            while (window[0] > from && /[A-Za-z'’-]/.test(text[window[0] - 1])) window[0]--;
            words = wordsOf(text, window[0], window[1]);
          }
          const i = words.findIndex((w) => w.start === start);
          if (i < 0) return;
          const head = headAfter(text, words, i);
          if (usedPlainly(text, words, i, head)) return;

          // The rest of the sentence: a rewrite must not say again what it already says.
          const kind = describedKind(text, words, i, entry, field, head);
          const around: Around = { line: () => (lowerLine ??= text.toLowerCase()), shot: kind === 'look' || kind === 'light' ? () => directedTextOf(shot) : undefined };
          const rewrites = rewritesFor(entry, kind, field, shotFacts, around);
          const intensified = words[i + 1]?.lower ?? '';
          const amount = entry.kind === 'intensifier' && Object.hasOwn(VAGUE_DATA.amounts, intensified) ? VAGUE_DATA.amounts[intensified] : undefined;
          const range: Range = { start: at(segment, start), end: at(segment, start + written.length) };
          findings.push(new VagueFinding(range, messageFor(lexicon, written, entry, rewrites, amount), segment, start, written, rewrites, entry));
        });
      }
    }
    return findings;
  },
};
