// Reading a line of prompt prose as a director reads it: its words, where a sentence or a clause
// ends, and who or what a word is said of. Deliberately shallow (word lists and positions, no
// parser of English): enough to pick a rewrite that fits the thing described and to put it where
// the sentence still reads.

import { nounInfo, type NounInfo } from './nouns';

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Letters of the Latin scripts, without the `u` flag: prompts are written in them, and the scan runs on every keystroke.
const WORD = /[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F]*(?:['’-][A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F]*)*/g;

/** The words of `text`, or of its part from `from` to `to` (offsets stay the text's). */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) words.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return words;
}

const set = (words: string) => new Set(words.split(' '));

export const DETERMINERS = set('a an the this that these those his her their its my our your some every each any no one two three four several many few');
export const PREPOSITIONS = set(
  'on in at by near under beside behind inside outside against along across through with without from into onto over above below toward towards around past of for amid amidst among between beneath beyond upon within atop like',
);
/** Verbs that join a subject to what is said of it ("she looks sad"), with the form of "be" that replaces them. */
export const COPULAS: ReadonlyMap<string, 'is' | 'are' | 'was' | 'were' | ''> = new Map([
  ['is', 'is'], ['are', 'are'], ['was', 'was'], ['were', 'were'], ['be', ''], ['been', ''], ['being', ''],
  ['looks', 'is'], ['look', 'are'], ['looked', 'was'], ['looking', ''],
  ['seems', 'is'], ['seem', 'are'], ['seemed', 'was'], ['seeming', ''],
  ['appears', 'is'], ['appear', 'are'], ['appeared', 'was'], ['appearing', ''],
  ['feels', 'is'], ['feel', 'are'], ['felt', 'was'], ['feeling', ''],
  ['becomes', 'is'], ['become', 'are'], ['became', 'was'], ['becoming', ''],
  ['grows', 'is'], ['grow', 'are'], ['grew', 'was'], ['growing', ''],
  ['remains', 'is'], ['remain', 'are'], ['remained', 'was'], ['remaining', ''],
  ['stays', 'is'], ['stay', 'are'], ['stayed', 'was'], ['staying', ''],
]);
/** Words that may stand between a copula and its adjective ("looks visibly tired"). */
export const DEGREE_WORDS = set('very so quite rather really extremely deeply visibly slightly somewhat utterly completely totally increasingly clearly too more most less noticeably genuinely truly');
const PRONOUNS: ReadonlyMap<string, NounInfo> = new Map([
  ['she', { kind: 'person', plural: false, poss: 'her' }],
  ['her', { kind: 'person', plural: false, poss: 'her' }],
  ['herself', { kind: 'person', plural: false, poss: 'her' }],
  ['he', { kind: 'person', plural: false, poss: 'his' }],
  ['him', { kind: 'person', plural: false, poss: 'his' }],
  ['his', { kind: 'person', plural: false, poss: 'his' }],
  ['himself', { kind: 'person', plural: false, poss: 'his' }],
  ['they', { kind: 'crowd', plural: true, poss: 'their' }],
  ['them', { kind: 'crowd', plural: true, poss: 'their' }],
  ['their', { kind: 'crowd', plural: true, poss: 'their' }],
  ['everyone', { kind: 'crowd', plural: true, poss: 'their' }],
]);
const OBJECT_PRONOUNS = set('him them');
const CONJUNCTIONS = set('and or but while as when then before after because so yet nor whereas until');
/** Words after which no noun phrase follows in the same phrase (a verb-like or clause word). */
const STOPS = set('who which that where whose whom while as when then there here not');

export function isFunctionWord(lower: string): boolean {
  return DETERMINERS.has(lower) || PREPOSITIONS.has(lower) || COPULAS.has(lower) || CONJUNCTIONS.has(lower) || PRONOUNS.has(lower) || STOPS.has(lower);
}

/** What a word names, when it is a noun we know or a pronoun for a person or group. */
export function thingOf(word: Word): NounInfo | undefined {
  return PRONOUNS.get(word.lower) ?? nounInfo(word.lower) ?? (/['’]s?$/.test(word.lower) ? nounInfo(word.lower.replace(/['’]s?$/, '')) : undefined);
}

/** The one whose thing it is, when a word follows a possessive ("the pig's playful splashes", "his nervous glance"). */
export function possessorBefore(words: readonly Word[], i: number): NounInfo | undefined {
  const before = words[i - 1];
  if (!before) return undefined;
  if (before.lower === 'his' || before.lower === 'her' || before.lower === 'their') return thingOf(before);
  return /['’]s?$/.test(before.lower) ? thingOf(before) : undefined;
}

export const isAnimate = (info: NounInfo | undefined) => !!info && (info.kind === 'person' || info.kind === 'child' || info.kind === 'animal' || info.kind === 'crowd');

/** True when only spaces, hyphens or commas stand between two positions: the words are in one phrase. */
function joined(text: string, from: number, to: number, allowComma: boolean): boolean {
  let commas = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 44 && allowComma && ++commas <= 1) continue;
    if (!isSpace(code)) return false;
  }
  return true;
}

function isCompoundPart(lower: string): boolean {
  const info = nounInfo(lower);
  return !!info && info.kind !== 'motion';
}

export interface Head {
  /** Index of the head noun in the words, when one is found. */
  index: number;
  info: NounInfo | undefined;
}

/**
 * The noun an adjective at `words[i]` stands before: the first known noun within a few words, over
 * other adjectives ("a sad old man", "a tense, silent standoff"). Unknown when the phrase stops first;
 * `index` then is the word right after the adjective if it may be an unknown noun, else -1.
 */
export function headAfter(text: string, words: readonly Word[], i: number): Head {
  for (let j = i + 1; j < words.length && j <= i + 4; j++) {
    const word = words[j];
    if (!joined(text, words[j - 1].end, word.start, j === i + 1 || words[j - 1].lower !== 'and')) break;
    if (isFunctionWord(word.lower) && word.lower !== 'and') break;
    if (GENRES.has(word.lower)) return { index: j, info: undefined };
    const info = nounInfo(word.lower);
    if (info) {
      // "a drone view", "a night market": the last noun of a compound is the thing.
      // A motion noun after it is its verb ("a sad man walks"), not part of it.
      let last = j;
      while (words[last + 1] && /^ +$/.test(text.slice(words[last].end, words[last + 1].start)) && isCompoundPart(words[last + 1].lower)) last++;
      return { index: last, info: last === j ? info : nounInfo(words[last].lower) };
    }
    if (word.lower === 'and') continue;
  }
  const next = words[i + 1];
  if (next && joined(text, words[i].end, next.start, false) && !isFunctionWord(next.lower) && !/ly$/.test(next.lower)) {
    // "the tranquil surface of the lake": a part of a thing stands for the thing.
    const of = words[i + 2]?.lower === 'of' ? (DETERMINERS.has(words[i + 3]?.lower ?? '') ? i + 4 : i + 3) : -1;
    const whole = of > 0 ? words[of] : undefined;
    const info = whole ? nounInfo(whole.lower) : undefined;
    return info ? { index: of, info } : { index: i + 1, info: undefined };
  }
  return { index: -1, info: undefined };
}

const isStop = (code: number) => code === 46 || code === 33 || code === 63; // . ! ?
const isSpace = (code: number) => code === 32 || code === 9;

/** How far a sentence is read from a word: a longer run of text with no full stop (a list, junk) is cut there, so no line costs more than its length. */
const SENTENCE_REACH = 400;

/** The start of the sentence that holds `offset`. */
export function sentenceStart(text: string, offset: number): number {
  const limit = Math.max(0, offset - SENTENCE_REACH);
  for (let i = offset - 1; i > limit; i--) if (isStop(text.charCodeAt(i)) && isSpace(text.charCodeAt(i + 1))) return i + 2;
  return limit;
}

/** The end of the sentence that holds `offset`: just after its closing mark, or the end of the text. */
export function sentenceEnd(text: string, offset: number): number {
  const limit = Math.min(text.length, offset + SENTENCE_REACH);
  for (let i = offset; i < limit; i++) if (isStop(text.charCodeAt(i)) && (i + 1 === text.length || isSpace(text.charCodeAt(i + 1)))) return i + 1;
  return limit;
}

/** Where the clause that holds `offset` starts: just after the last comma, semicolon, colon, full stop or dash before it (read at most a sentence's reach back). */
export function clauseStart(text: string, offset: number): number {
  const limit = Math.max(0, offset - SENTENCE_REACH);
  for (let i = offset - 1; i >= limit; i--) if (',;:.—'.includes(text[i])) return i + 1;
  return limit;
}

/** True when `word` (lower case) stands in `text` (lower case) as a whole word, or a whole part of a hyphenated one. */
export function hasWholeWord(text: string, word: string): boolean {
  const letter = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!letter(text[at - 1]) && !letter(text[at + word.length])) return true;
  }
  return false;
}

/** Where the clause that holds `offset` ends: the next comma, semicolon, colon, dash or sentence mark, or the end. */
export function clauseEnd(text: string, offset: number): number {
  const m = /[,;:!?]|\.(?!\d)|\s[—–-]\s|\s(?:while|as|and then|before|after|until)\s/.exec(text.slice(offset));
  let end = m ? offset + m.index : text.length;
  while (end > offset && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * Who or what a word at `words[i]` is said of when it is not before its noun ("she looks sad",
 * "waits nervously", "in exhaustion"): the nearest person, child, animal or group earlier in the
 * sentence, else later in it, else the nearest thing of any kind earlier in it.
 */
export function ownerOf(text: string, words: readonly Word[], i: number): Head {
  const from = sentenceStart(text, words[i].start);
  const to = sentenceEnd(text, words[i].end);
  let anyThing: Head | undefined;
  for (let j = i - 1; j >= 0 && words[j].start >= from; j--) {
    // "watches them nervously": an object pronoun is not who the mood is on.
    if (OBJECT_PRONOUNS.has(words[j].lower)) continue;
    const info = thingOf(words[j]);
    if (isAnimate(info)) return { index: j, info };
    if (info && !anyThing && !PREPOSITIONS.has(words[j - 1]?.lower ?? '')) anyThing = { index: j, info };
  }
  for (let j = i + 1; j < words.length && words[j].end <= to; j++) {
    const info = thingOf(words[j]);
    if (isAnimate(info)) return { index: j, info };
  }
  // "A robot sits on a bench. Steam escapes its chest — relief.": a pronoun points back to the one an earlier sentence is about.
  const pointsBack = words.some((w) => w.start >= from && w.end <= to && /^(its|his|her|their|she|he|they)$/.test(w.lower));
  for (let j = i - 1; pointsBack && j >= 0; j--) {
    if (words[j].start >= from) continue;
    const info = thingOf(words[j]);
    if (isAnimate(info)) return { index: j, info };
  }
  return anyThing ?? { index: -1, info: undefined };
}

/**
 * The subject of a linking verb at `words[copula]` ("the lighting is warm", "the man on the bench
 * looks sad"): the nearest thing before it in its sentence that is not inside a phrase of place.
 */
export function subjectOf(text: string, words: readonly Word[], copula: number): Head {
  const from = sentenceStart(text, words[copula].start);
  for (let j = copula - 1; j >= 0 && words[j].start >= from; j--) {
    const info = thingOf(words[j]);
    if (!info) continue;
    // "a shop owner looks sad": an unknown noun right after a known one is the compound's head, and unknown.
    const next = words[j + 1];
    if (j + 1 < copula && next && !isFunctionWord(next.lower) && !thingOf(next)) return { index: j + 1, info: undefined };
    const inPhrase = PREPOSITIONS.has(words[j - 1]?.lower ?? '') || (DETERMINERS.has(words[j - 1]?.lower ?? '') && PREPOSITIONS.has(words[j - 2]?.lower ?? ''));
    if (!inPhrase) return { index: j, info };
  }
  return ownerOf(text, words, copula);
}

/** The copula a predicative word follows ("looks [very] sad"), as its index, or -1. */
export function copulaBefore(words: readonly Word[], i: number, text: string): number {
  let j = i - 1;
  for (let pairs = 0; j >= 0; ) {
    if (DEGREE_WORDS.has(words[j].lower) && joined(text, words[j].end, words[j + 1].start, false)) j--;
    // "is haunting and nostalgic", "looks tired, hungry": another word said of the same subject.
    else if (pairs < 3 && j >= 1 && (words[j].lower === 'and' || words[j].lower === 'or') && !isFunctionWord(words[j - 1].lower)) (j -= 2), pairs++;
    else if (pairs < 3 && j >= 0 && /^\s*,\s*$/.test(text.slice(words[j].end, words[j + 1].start)) && !isFunctionWord(words[j].lower) && j >= 1 && !COPULAS.has(words[j].lower)) j--, pairs++;
    else break;
  }
  return j >= 0 && COPULAS.has(words[j].lower) && joined(text, words[j].end, words[j + 1].start, true) ? j : -1;
}

/** Where the line quotes something: speech or text on screen, the author's own words, never read for moods or judgements. */
export function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Most lines quote nothing: no scan for them.
  if (!/["“‘']/.test(text)) return spans;
  const QUOTES = /"[^"]*"|“[^”]*”|‘[^’]*’|(?<![\p{L}\p{N}])'[^'\n]*?'(?![\p{L}\p{N}])/gu;
  QUOTES.lastIndex = 0;
  for (let m = QUOTES.exec(text); m; m = QUOTES.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export function inside(spans: ReadonlyArray<[number, number]>, offset: number): boolean {
  return spans.some(([from, to]) => offset >= from && offset < to);
}

/** True when a capitalised word stands mid-sentence: a name or a title ("the Grand Canyon"), not prose. */
export function isProperNoun(text: string, word: Word): boolean {
  if (word.text[0] === word.text[0].toLowerCase()) return false;
  if (word.text === word.text.toUpperCase() && word.text.length > 1) return false; // SHOUTED prose is still prose
  let i = word.start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= 0 && !'.!?:;"“(-—–'.includes(text[i]);
}

/** Genres and forms: a word before one of them names a kind of film or music, not a quality ("romantic comedy", "epic fantasy"). */
export const GENRES = set(
  'comedy comedies drama dramas thriller thrillers horror fantasy documentary documentaries western westerns noir musical musicals romance romances adventure genre genres anime rom-com saga opera sci-fi melodrama epic epics',
);

/** Colour names: a saturation word before one describes the colour, not a judgement ("vibrant red"). */
export const COLOURS = set(
  'red orange yellow green blue purple violet pink magenta cyan teal turquoise gold golden silver amber crimson scarlet emerald indigo navy brown beige white black grey gray colors colours color colour hues hue tones palette',
);
