// Moods a camera cannot film, found in prose with who or what they are said of, from data/moods.json.
// "A sad old man", "waits nervously", "in exhaustion", "a tense standoff", "the atmosphere is grim":
// each use is read for its grammar (before a noun, after "looks", an adverb, a noun in a phrase) so
// that the fix can put visible behaviour where the sentence still reads.

import moodData from './data/moods.json';
import type { MoodData, MoodTarget, PersonMood, SceneMood, SceneTarget } from './directingTypes';
import type { NounInfo } from './nouns';
import {
  COLOURS,
  GENRES,
  clauseEnd,
  clauseStart,
  copulaBefore,
  headAfter,
  inside,
  isAnimate,
  isFunctionWord,
  isProperNoun,
  ownerOf,
  possessorBefore,
  PREPOSITIONS,
  thingOf,
  quotedSpans,
  sentenceEnd,
  sentenceStart,
  subjectOf,
  wordsOf,
  type Head,
  type Word,
} from './prose';
import { nounInfo } from './nouns';
import { escapeRegExp } from './regex';
import { wordPattern } from './wordTrie';
import { VAGUE_WORDS } from './vagueLexicon';

export type MoodSyntax = 'attributive' | 'predicative' | 'adverb' | 'noun' | 'face' | 'alone' | 'verb' | 'phrase';

export interface MoodUse {
  /** The flagged words: the mood word, or the phrase that carries a mood noun ("filled with awe"). */
  start: number;
  end: number;
  /** The mood word itself within the span. */
  word: Word;
  /** The lexicon's entry; none for an atmosphere told in words the lexicon does not hold ("a fresh, inviting atmosphere"). */
  entry: PersonMood | SceneMood | undefined;
  scene: boolean;
  syntax: MoodSyntax;
  /** The thing the mood is said of, when found. */
  owner: Head;
  /** Where the owner's word ends, when it follows the mood word ("a sad old [man]"). */
  ownerEnd?: number;
  /** The owner's word, lower-cased ("pig", "she"), when it is named. */
  ownerName?: string;
  /**
   * True when the owner is the subject of the clause the mood word is in ("A courier waits nervously",
   * "A sad old man on a bench"): behaviour added at the end of that clause is read as theirs.
   */
  subject?: boolean;
  /** For a predicative use, the copula ("looks"); for a face use, where the replaced phrase starts; for a noun after a dash, the dash. */
  from?: number;
  /** For a face phrase that goes whole ("have serious expressions and"), where what is taken out ends. */
  dropTo?: number;
  /** True when the clause already shows the mood (a body part or a visible action beside the label). */
  shown: boolean;
  /** For a use said of the whole picture ("the atmosphere is tense"): the sentence, which the fix removes. */
  sentence?: [number, number];
}

const DATA = moodData as unknown as MoodData;

interface Sense {
  entry: PersonMood | SceneMood;
  scene: boolean;
  pos: 'adjective' | 'adverb' | 'noun' | 'verb';
  ambiguous: boolean;
}

const SENSES = new Map<string, Sense[]>();
function add(word: string, sense: Sense) {
  const list = SENSES.get(word);
  if (list) list.push(sense);
  else SENSES.set(word, [sense]);
}
for (const entry of DATA.moods) {
  const ambiguous = new Set(entry.ambiguous ?? []);
  for (const pos of ['adjective', 'adverb', 'noun', 'verb'] as const) for (const word of entry.words[pos] ?? []) add(word, { entry, scene: false, pos, ambiguous: ambiguous.has(word) });
}
for (const entry of DATA.sceneMoods) {
  const ambiguous = new Set(entry.ambiguous ?? []);
  for (const pos of ['adjective', 'noun'] as const) for (const word of entry.words[pos]) add(word, { entry, scene: true, pos, ambiguous: ambiguous.has(word) });
}

/** "a worried-looking man", "a sad-eyed girl", "stern-faced": the mood with the part of the body it shows on. */
const BODY_SUFFIX = /-(?:looking|faced|eyed)$/i;
const PATTERN = wordPattern(SENSES.keys(), '(?:-looking|-faced|-eyed)?');

/** Nouns of the face and body that a mood adjective colours ("a sad expression", "a relaxed posture"): the mood is the owner's. */
const FACE = new Set(
  'expression expressions face faces demeanor demeanour posture gaze glance glances stare smile smiles grin eyes countenance stance disposition features air mien look'.split(' '),
);
/** Words that mean the clause already shows the mood in the body. */
const BODY =
  /\b(shoulders?|hands?|fists?|jaw|eyes|brow|brows|lips|mouth|tears?|temples?|head|chin|fingers?|arms?|knees?|breath|breathing|sigh(?:s|ing)?|smil(?:e|es|ing)|frown(?:s|ing)?|grin(?:s|ning)?|laugh(?:s|ing)?|cr(?:y|ies|ying)|trembl(?:e|es|ing)|shak(?:e|es|ing)|clench(?:es|ed|ing)?|slump(?:s|ed|ing)?|wip(?:e|es|ing)|rubb(?:ing)|pac(?:es|ing)|tapp(?:ing)|fidget(?:s|ing)?|hunch(?:ed|es|ing)?|wag(?:s|ging)?|tail)\b/i;
const alternatives = (list: string) => list.split(' ').join('|');
/** Words that only grade a mood noun ("sheer joy", "a quiet pride"). */
const GRADES = alternatives('quiet pure sheer deep great utter unrestrained visible evident mock mild obvious palpable genuine overwhelming profound calm gentle childlike');
/** Nouns that hand a mood to someone in "a look of …", "a sense of …", "one of …". */
const CARRIERS = alternatives('look looks expression sense feeling feelings air aura moment moments mix mixture hint touch picture sign signs display wave rush state atmosphere mood tone one scene story tale image embodiment portrait symbol mask glow flicker flash trace spark shadow pang surge burst twinge flood');
/** Verbs that tell a mood instead of showing it: "hint anticipation", "exudes confidence", "conveying determination". */
const TELLING_VERBS = alternatives('hint hints hinting suggest suggests suggesting evoke evokes evoking convey conveys conveying express expresses expressing radiate radiates radiating exude exudes exuding emanate emanates emanating embody embodies embodying');
const TELLING_VERB = new RegExp(`^(?:${TELLING_VERBS})\\b`, 'i');
/** What a mood noun is caught in: "filled with awe", "in exhaustion", "a look of relief", "her joy", "inner happiness", "exudes confidence". */
const NOUN_TRIGGER = new RegExp(
  [
    `\\b(?:filled|overcome|overwhelmed|brimming|bursting|beaming|radiating|glowing)\\s+(?:with|by)\\s+`,
    `\\bfull\\s+of\\s+`,
    `\\b(?:(?:with|in)\\s+)?(?:an?\\s+|the\\s+)?(?:(?:${GRADES})\\s+)?(?:${CARRIERS})\\s+of\\s+(?:(?:${GRADES})\\s+)?`,
    `\\b(?:${TELLING_VERBS})\\s+(?:(?:an?|the|his|her|their|its)\\s+)?(?:(?:sense|feeling|air|aura)\\s+of\\s+)?(?:(?:${GRADES})\\s+)?`,
    `\\b(?:in|with|of|from)\\s+(?:(?:${GRADES}|joyful|nervous)\\s+)?`,
    `\\b(?:inner|pure|sheer|unrestrained|quiet|palpable|overwhelming)\\s+`,
    `[—–]\\s*`,
    `\\b(?:his|her|their|its)\\s+(?:(?:${GRADES})\\s+)?`,
  ]
    .map((part) => `(?:${part})`)
    .join('|')
    .replace(/^/, '(?:') + ')$',
  'i',
);
/** A mood noun shown on a face: "determination etched on his face", "fear in her eyes". */
const FACE_AFTER = /^\s+(?:(?:etched|written|visible|evident|plain|clear)\s+)?(?:on|in|across)\s+(?:his|her|their|its|the)\s+(?:face|faces|eyes|features|expression)\b/i;
/** Nouns that stand for the whole picture: a mood said of them is the scene's. */
/** The opening of a sentence about the whole picture: "The scene is one of …", "The atmosphere feels …". */
const PICTURE_SENTENCE = /\b(scene|atmosphere|mood|tone|feel|ambiance|ambience|overall)\b[^.!?]*\b(is|feels|remains|becomes|evokes|conveys)\b/i;
const PICTURE = new Set('atmosphere atmospheres ambiance ambience mood tone feel feeling vibe vibes aura scene scenes setting overall moment air energy'.split(' '));

function targetOf(info: NounInfo | undefined): MoodTarget {
  if (!info) return 'person';
  if (info.kind === 'animal') return 'animal';
  if (info.kind === 'crowd' || info.plural) return 'crowd';
  return info.kind === 'child' ? 'child' : 'person';
}

function placeOf(info: NounInfo | undefined): SceneTarget | undefined {
  if (!info) return undefined;
  if (info.kind === 'interior' || info.kind === 'landscape' || info.kind === 'street' || info.kind === 'event') return info.kind;
  return undefined;
}

export function personTarget(use: MoodUse): MoodTarget {
  return targetOf(use.owner.info);
}

export function sceneTarget(use: MoodUse): SceneTarget | undefined {
  return placeOf(use.owner.info);
}

/** The clause around the words from `start` to `end`: from the last separator before them to the next one after. */
function clauseAround(text: string, start: number, end: number): string {
  return text.slice(clauseStart(text, start), clauseEnd(text, end));
}

function shownIn(text: string, start: number, end: number): boolean {
  const clause = clauseAround(text, start, end);
  return BODY.test(clause.replace(text.slice(start, end), ' '));
}

/** The senses a word has in this place: a person mood on people and animals, a scene mood on places and the picture. */
function pick(senses: Sense[], pos: Sense['pos'], owner: NounInfo | undefined, known: boolean): Sense | undefined {
  const own = senses.filter((s) => s.pos === pos);
  const person = own.find((s) => !s.scene);
  const scene = own.find((s) => s.scene);
  if (isAnimate(owner)) return person ?? (scene && !scene.ambiguous ? scene : undefined);
  if (placeOf(owner)) return scene ?? (person && !person.ambiguous ? { ...person, scene: true } : undefined);
  if (owner?.kind === 'motion') return undefined; // "a chaotic dance of droplets": how it moves, which is seen
  // Said of a thing that is neither a being nor a place (a song, a light, a colour): only words that are moods in every use.
  if (known) return scene && !scene.ambiguous ? scene : undefined;
  // Nothing to read it against: a word that is only ever a mood.
  if (person && !person.ambiguous) return person;
  if (scene && !scene.ambiguous) return scene;
  return undefined;
}

function isPicture(word: Word | undefined): boolean {
  return !!word && PICTURE.has(word.lower);
}

/** Every mood a line of prose states, with its grammar and owner. Quoted words, names and genres are left alone. */
export function moodUses(text: string, moodList = false, isVague: (word: string) => boolean = (word) => VAGUE_WORDS_BY_NAME.has(word)): MoodUse[] {
  const uses: MoodUse[] = [];
  let words: Word[] | undefined;
  let quoted: Array<[number, number]> | undefined;
  // The feeling of the picture told in a phrase first, so that a lexicon word inside it does not split it.
  ATMOSPHERE.lastIndex = 0;
  for (let m = ATMOSPHERE.exec(text); m; m = ATMOSPHERE.exec(text)) {
    quoted ??= quotedSpans(text);
    const use = atmosphereUse(text, (words ??= wordsOf(text)), m, quoted, isVague);
    if (use) uses.push(use);
  }
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    words ??= wordsOf(text);
    quoted ??= quotedSpans(text);
    const start = m.index;
    const i = wordAt(words, start);
    if (i < 0 || inside(quoted, start)) continue;
    const word = words[i];
    if (isProperNoun(text, word)) continue;
    const senses = SENSES.get(m[0].toLowerCase().replace(BODY_SUFFIX, ''));
    if (!senses) continue;
    const use = readUse(text, words, i, senses, m[0].length);
    if (use && !uses.some((u) => u.start < use.end && use.start < u.end)) {
      use.subject = isClauseSubject(text, words, use.owner.index, use.start);
      use.ownerName = words[use.owner.index]?.lower.replace(/['’]s?$/, '');
      uses.push(use);
    }
  }
  if (moodList) listedMoods(text, (words ??= wordsOf(text)), uses, isVague);
  return uses.sort((a, b) => a.start - b.start);
}

/**
 * A "Mood:" line lists moods, whatever words it uses ("Mood: gentle, whimsical, a touch of
 * suspense"): each item of a word or two that names no thing is one, besides the lexicon's.
 */
function listedMoods(text: string, words: Word[], uses: MoodUse[], isVague: (word: string) => boolean): void {
  const ITEM = /[^,;]+/g;
  const quoted = quotedSpans(text);
  for (let m = ITEM.exec(text); m; m = ITEM.exec(text)) {
    if (inside(quoted, m.index + m[0].search(/\S|$/))) continue;
    const inItem: Word[] = [];
    for (const w of words) {
      if (w.start >= m.index + m[0].length) break;
      if (w.start >= m.index) inItem.push(w);
    }
    if (!inItem.length || inItem.length > 2 || /\d/.test(m[0])) continue;
    if (inItem.some((w) => nounInfo(w.lower) || COLOURS.has(w.lower) || isFunctionWord(w.lower) || isVague(w.lower) || SEEN_WORDS.has(w.lower))) continue;
    const [first, last] = [inItem[0], inItem[inItem.length - 1]];
    if (uses.some((u) => u.start < last.end && first.start < u.end)) continue;
    uses.push({ word: first, start: first.start, end: last.end, entry: undefined, scene: true, syntax: 'alone', owner: { index: -1, info: undefined }, shown: false });
  }
}

/** Nouns that name the feeling of the picture, and the phrase "a sense of …". */
const ATMOSPHERE = /\b(?<![A-Za-z\u00C0-\u024F]-)(?:atmosphere|vibes?|aura|a\s+sense\s+of\s+[A-Za-z\u00C0-\u024F]+)(?![A-Za-z\u00C0-\u024F-])/gi;
const VAGUE_WORDS_BY_NAME = new Set(VAGUE_WORDS.map((w) => w.word));
/**
 * Words the project's own rewrites use for what is seen ("pastel", "soft-contrast", "still"): a
 * "Mood:" line that lists them lists a look, not a mood, as it does once a vague word is rewritten.
 */
const SEEN_WORDS = new Set([
  ...VAGUE_WORDS.flatMap((w) => Object.values(w.rewrites).flatMap((list) => (list ?? []).flatMap((r) => r.toLowerCase().split(/[\s,]+/)))),
  ...DATA.sceneMoods.flatMap((m) => Object.values(m.adjectives).flat()),
]);
/** Words before "atmosphere" that describe the air itself, which a camera films. */
const PHYSICAL_AIR = new Set('hazy smoky foggy misty dusty humid steamy smoggy thick dense damp dry thin hazed smoke-filled rain-soaked volumetric'.split(' '));
/** What "a sense of" can measure that is seen: scale, depth, speed. */
const SEEN_SENSES = new Set('scale depth space speed motion movement perspective distance proportion size height width weight texture rhythm direction place time'.split(' '));

/**
 * "a grim atmosphere", "fresh, inviting vibes", "a sense of wonder": the feeling of the picture told
 * in words, whatever the words are. Removing it would leave its verb without an object, so the only
 * fix removes the sentence, when the sentence is about nothing else (see `pictureSentence`).
 */
function atmosphereUse(text: string, words: Word[], m: RegExpExecArray, quoted: Array<[number, number]>, isVague: (word: string) => boolean): MoodUse | undefined {
  if (inside(quoted, m.index)) return undefined;
  const sense = /^a\s+sense\s+of\s+([A-Za-z\u00C0-\u024F]+)$/i.exec(m[0]);
  if (sense) {
    // A mood noun of the lexicon is read with its owner there ("she feels a sense of relief").
    const named = sense[1].toLowerCase();
    // A thing (a sense of dawn, of place) is not a feeling.
    if (SEEN_SENSES.has(named) || SENSES.has(named) || SEEN_WORDS.has(named) || nounInfo(named)) return undefined;
    // "a sense of X" names a feeling only when X is the noun: before another word it describes that word.
    if (/^\s+(?!and\b|or\b)[A-Za-z\u00C0-\u024F]/.test(text.slice(m.index + m[0].length))) return undefined;
    const at = words.findIndex((w) => w.start === m.index + m[0].length - sense[1].length);
    return { word: words[at], start: m.index, end: m.index + m[0].length, entry: undefined, scene: true, syntax: 'phrase', owner: { index: -1, info: undefined }, shown: false, sentence: pictureSentence(text, m.index) };
  }
  const head = words.findIndex((w) => w.start === m.index);
  let first = head;
  // The adjectives before the noun, at most three: words joined by spaces or a comma, none a function word or a noun.
  while (
    first > 0 &&
    head - first < 3 &&
    /^(?:\s+|,\s*)$/.test(text.slice(words[first - 1].end, words[first].start)) &&
    !isFunctionWord(words[first - 1].lower) &&
    !/ly$/.test(words[first - 1].lower) &&
    !nounInfo(words[first - 1].lower)
  )
    first--;
  if (first === head) return undefined;
  const adjectives = words.slice(first, head);
  // Air that is seen (hazy, smoky), or words the vague-word rule reports itself ("epic vibe").
  if (adjectives.every((w) => PHYSICAL_AIR.has(w.lower) || COLOURS.has(w.lower) || isVague(w.lower))) return undefined;
  return { word: words[first], start: words[first].start, end: words[head].end, entry: undefined, scene: true, syntax: 'phrase', owner: { index: -1, info: undefined }, shown: false, sentence: pictureSentence(text, words[first].start) };
}

/**
 * The sentence around `offset` when it only tells the picture's mood ("The atmosphere is grim.",
 * "The scene is one of tranquility."), for the fix to remove: one that also names a person or a
 * thing ("… as a man walks in", "…, with golden light on the hills") is not offered for removal.
 */
function pictureSentence(text: string, offset: number): [number, number] | undefined {
  const [from, to] = sentenceOf(text, offset);
  const sentence = text.slice(from, to);
  if (!PICTURE_SENTENCE.test(sentence)) return undefined;
  const names = wordsOf(text, from, to).some((w) => !PICTURE.has(w.lower) && thingOf(w));
  return names ? undefined : [from, to];
}

function readUse(text: string, words: Word[], i: number, senses: Sense[], length: number): MoodUse | undefined {
  const word = words[i];
  const base = { word, start: word.start, end: word.start + length };
  const hasPos = (pos: Sense['pos']) => senses.some((s) => s.pos === pos);

  if (hasPos('adjective')) {
    const head = headAfter(text, words, i);
    if (head.index >= 0) {
      const headWord = words[head.index];
      if (GENRES.has(headWord.lower)) return undefined;
      if (FACE.has(headWord.lower) && !(headWord.lower === 'look' && !/\b(an?|the)\s*$/i.test(text.slice(0, word.start)))) {
        // A face is someone's: a person's when no one is named ("a serious expression").
        const found = ownerOf(text, words, i);
        const owner = isAnimate(found.info) ? found : { index: -1, info: undefined };
        const sense = pick(senses, 'adjective', owner.info ?? { kind: 'person', plural: false, poss: 'their' }, true);
        if (!sense || sense.scene) return undefined;
        const before = text.slice(0, word.start);
        const shown = shownIn(text, word.start, headWord.end);
        // "with a sad expression": the phrase gives way to what the face does.
        const withLead = /\bwith\s+(?:(?:an?|the|his|her|their|its)\s+)?$/i.exec(before);
        if (withLead) return { ...base, end: headWord.end, entry: sense.entry, scene: false, syntax: 'face', owner, from: withLead.index, shown };
        // "have serious expressions and …", "…, and a serious expression": the phrase goes, the behaviour follows the clause.
        const dropLead = /\b(?:has|have|had|wears|wear|wore|wearing)\s+(?:(?:an?|the|his|her|their|its)\s+)?$/i.exec(before) ?? /,?\s*\band\s+(?:an?|the)\s+$/i.exec(before);
        if (dropLead) {
          const and = /^\s+and\s+/.exec(text.slice(headWord.end));
          return { ...base, end: headWord.end, entry: sense.entry, scene: false, syntax: 'face', owner, from: dropLead.index, dropTo: headWord.end + (and && !/,?\s*\band\s/.test(dropLead[0]) ? and[0].length : 0), shown };
        }
        // "his introspective expression": the word goes, the behaviour follows the clause.
        return { ...base, entry: sense.entry, scene: false, syntax: 'attributive', owner, ownerEnd: headWord.end, shown };
      }
      if (isPicture(headWord)) {
        const sense = pick(senses, 'adjective', { kind: 'event', plural: false, poss: 'its' }, true);
        if (!sense) return undefined;
        return { ...base, entry: sense.entry, scene: true, syntax: 'attributive', owner: { index: head.index, info: undefined }, shown: false };
      }
      // "the pig's playful splashes": a mood on what someone does is theirs.
      const possessor = isAnimate(head.info) || placeOf(head.info) ? undefined : possessorBefore(words, i);
      if (isAnimate(possessor)) {
        const own = senses.find((s) => s.pos === 'adjective' && !s.scene);
        if (own) return { ...base, entry: own.entry, scene: false, syntax: 'attributive', owner: { index: i - 1, info: possessor }, ownerEnd: words[head.index].end, shown: shownIn(text, word.start, word.end) };
      }
      const sense = pick(senses, 'adjective', head.info, head.info !== undefined);
      if (!sense) {
        // "The scene is one of serene beauty": said of the picture, whatever the word can mean elsewhere.
        const scene = !head.info && PICTURE_SENTENCE.test(text.slice(sentenceStart(text, word.start), word.start)) ? senses.find((s) => s.pos === 'adjective' && s.scene) : undefined;
        if (!scene) return undefined;
        return { ...base, entry: scene.entry, scene: true, syntax: 'attributive', owner: head, ownerEnd: words[head.index].end, shown: false, sentence: pictureSentence(text, word.start) };
      }
      // A person's mood on a word that names no being ("a carefree life"): the being is the one the sentence is about.
      const owner = !sense.scene && !isAnimate(head.info) ? (found => (isAnimate(found.info) ? found : head))(ownerOf(text, words, i)) : head;
      return { ...base, entry: sense.entry, scene: sense.scene, syntax: 'attributive', owner, ownerEnd: words[head.index].end, shown: shownIn(text, word.start, word.end) };
    }
    const copula = copulaBefore(words, i, text);
    if (copula >= 0) {
      // "Their expression is serene": said of a face, not in place of what a person does; the word goes.
      if (FACE.has(words[copula - 1]?.lower ?? '')) {
        const sense = senses.find((s) => s.pos === 'adjective' && !s.scene);
        // The owner is kept for the pronoun of the behaviour on offer, but not as a subject it could follow.
        const owner = { index: -1, info: ownerOf(text, words, i).info };
        return sense ? { ...base, entry: sense.entry, scene: false, syntax: 'alone', owner, shown: shownIn(text, word.start, word.end) } : undefined;
      }
      const owner = subjectOf(text, words, copula);
      const subject = owner.index >= 0 ? words[owner.index] : undefined;
      if (isPicture(subject) || (subject && !owner.info && isPicture(words[copula - 1]))) {
        const sense = pick(senses, 'adjective', { kind: 'event', plural: false, poss: 'its' }, true);
        if (!sense) return undefined;
        return { ...base, entry: sense.entry, scene: true, syntax: 'predicative', owner: { index: -1, info: undefined }, from: words[copula].start, shown: false, sentence: pictureSentence(text, word.start) };
      }
      const sense = pick(senses, 'adjective', owner.info, owner.info !== undefined);
      if (!sense) return undefined;
      return { ...base, entry: sense.entry, scene: sense.scene, syntax: 'predicative', owner, from: words[copula].start, shown: shownIn(text, word.start, word.end) };
    }
    // A word standing alone, as in "Mood: tense, hopeful" or a list of qualities: a mood of the
    // picture, whatever else the word can mean, since no noun is there for it to describe.
    const alone = /(^|[,;:—–]\s*|\band\s+)(?:(?:very|really|so|quite|rather|slightly|somewhat|deeply|a\s+bit)\s+)?$/i.test(text.slice(0, word.start)) && /^\s*([,;.—–]|and\b|$)/.test(text.slice(word.end));
    if (alone) {
      // "The dog, tired, lies down": a word set off beside someone is theirs.
      const owner = ownerOf(text, words, i);
      const own = isAnimate(owner.info) ? senses.find((s) => s.pos === 'adjective' && !s.scene) : undefined;
      if (own) return { ...base, entry: own.entry, scene: false, syntax: 'alone', owner, shown: shownIn(text, word.start, word.end) };
      const sense = senses.find((s) => s.pos === 'adjective' && s.scene) ?? senses.find((s) => s.pos === 'adjective');
      if (!sense) return undefined;
      return { ...base, entry: sense.entry, scene: true, syntax: 'alone', owner: { index: -1, info: undefined }, shown: false };
    }
    const sense = pick(senses, 'adjective', undefined, false);
    if (!sense) return undefined;
    const owner = ownerOf(text, words, i);
    if (!sense.scene && !isAnimate(owner.info)) return undefined;
    return { ...base, entry: sense.entry, scene: sense.scene, syntax: 'alone', owner, shown: shownIn(text, word.start, word.end) };
  }

  if (hasPos('adverb')) {
    const owner = ownerOf(text, words, i);
    // "A snow globe sits peacefully": said of a thing, the word tells the scene's mood, and only removal fits.
    if (owner.info && !isAnimate(owner.info)) {
      const sense = senses.find((s) => s.pos === 'adverb' && !s.ambiguous);
      return sense ? { ...base, entry: sense.entry, scene: true, syntax: 'adverb', owner: { index: -1, info: undefined }, shown: false } : undefined;
    }
    const sense = senses.find((s) => s.pos === 'adverb' && (!s.ambiguous || isAnimate(owner.info)));
    if (!sense) return undefined;
    return { ...base, entry: sense.entry, scene: false, syntax: 'adverb', owner, shown: shownIn(text, word.start, word.end) };
  }

  if (hasPos('verb')) {
    // "as he ponders", "stop to enjoy the show": the verb stays (the sentence needs it) and the behaviour is added.
    const owner = ownerOf(text, words, i);
    if (owner.info && !isAnimate(owner.info)) return undefined;
    const sense = senses.find((s) => s.pos === 'verb' && (!s.ambiguous || isAnimate(owner.info)));
    if (!sense) return undefined;
    // Followed in its sentence by what the body does (", gazing into the distance"), the verb is shown,
    // as the fix leaves it: there is nothing left to report.
    if (/^,\s+[a-z]+ing\b/i.test(text.slice(clauseEnd(text, base.end)))) return undefined;
    return { ...base, entry: sense.entry, scene: false, syntax: 'verb', owner, shown: shownIn(text, word.start, word.end) };
  }

  // A mood noun counts only inside a phrase that gives it to someone or something ("in exhaustion",
  // "a sense of calm", "her joy"): alone it is as often a name or a thing ("a pride of lions").
  // What gives the noun to someone stands before it, or, on a face, after it ("determination etched on his face").
  const before = NOUN_TRIGGER.exec(text.slice(Math.max(0, word.start - 80), word.start))?.[0] ?? (FACE_AFTER.test(text.slice(word.end)) ? '' : undefined);
  if (before === undefined) return undefined;
  const trigger = [before];
  let start = word.start - before.length;
  let end = word.end;
  const onFace = FACE_AFTER.exec(text.slice(end));
  if (onFace) end += onFace[0].length;
  // "peace and tranquility", "awe and wonder": coordinated mood nouns go together.
  const more = /^\s+and\s+(\p{L}+)/u.exec(text.slice(end));
  if (more && SENSES.get(more[1].toLowerCase())?.some((s) => s.pos === 'noun')) end += more[0].length;
  const owner = ownerOf(text, words, i);
  const animate = isAnimate(owner.info);
  const sense = senses.find((s) => s.pos === 'noun' && !s.scene && animate) ?? senses.find((s) => s.pos === 'noun' && (s.scene || !animate)) ?? senses.find((s) => s.pos === 'noun');
  if (!sense) return undefined;
  if (sense.ambiguous && !animate && !/(sense|feeling|air|aura|atmosphere|mood|tone|one|moment)\s+of/i.test(trigger[0]) && !TELLING_VERB.test(trigger[0])) return undefined;
  // After a dash ("— relief and pride") the words themselves are reported; a fix takes the dash too.
  const dash = /^[—–]/.test(trigger[0]) ? start : undefined;
  if (dash !== undefined) start = word.start;
  // "The scene is one of perseverance": said of the picture, whoever is in it.
  const scene = sense.scene || !animate || (/\bone\s+of\b/i.test(trigger[0]) && PICTURE_SENTENCE.test(text.slice(sentenceStart(text, start), start)));
  const sentence = scene ? pictureSentence(text, start) : undefined;
  // "exudes confidence", "conveying determination": the telling verb and its mood give way to behaviour, like "looks sad".
  if (!scene && TELLING_VERB.test(trigger[0]) && /^\p{L}+(?:s|ing)\b/u.test(trigger[0])) {
    return { ...base, start, end, entry: sense.entry, scene, syntax: 'predicative', owner, from: start, shown: shownIn(text, start, end) };
  }
  return { ...base, start, end, entry: sense.entry, scene, syntax: 'noun', owner, from: dash, shown: shownIn(text, start, end), sentence };
}

/**
 * True when `words[owner]` opens the clause that holds `at`: nothing but articles and adjectives
 * before it in the clause, no preposition in front ("looking at a nervous informant" is not), and the
 * same clause ("A man walks in. Tired, she sits." is not).
 */
function isClauseSubject(text: string, words: readonly Word[], owner: number, at: number): boolean {
  if (owner < 0) return false;
  const from = clauseStart(text, words[owner].start);
  // The mood word in a later clause is the subject's only when set off right after it ("The girl, filled with awe, stares").
  const setOff = /^\s*,\s*$/.test(text.slice(words[owner].end, at));
  if (at > words[owner].start && clauseStart(text, at) !== from && !setOff) return false;
  for (let j = owner - 1; j >= 0 && words[j].start >= from; j--) {
    if (PREPOSITIONS.has(words[j].lower) || thingOf(words[j])) return false;
  }
  return true;
}

/** The index of the word that starts at `start`, or -1 (the words are in order). */
function wordAt(words: readonly Word[], start: number): number {
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (words[mid].start === start) return mid;
    if (words[mid].start < start) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

function sentenceOf(text: string, offset: number): [number, number] {
  return [sentenceStart(text, offset), sentenceEnd(text, offset)];
}


const GESTURES = DATA.speciesGestures.map((g) => ({ animals: new Set(g.animals), pattern: new RegExp(`\\b(?:${g.words.map(escapeRegExp).join('|')})\\b`, 'i') }));

/** True when a phrase is a gesture the animal can make: a dog's wag for a dog, a cat's purr for a cat, anything else for any. */
export function suitsAnimal(phrase: string, animal: string | undefined): boolean {
  return GESTURES.every((g) => !g.pattern.test(phrase) || (animal !== undefined && g.animals.has(animal)));
}

/**
 * True when a phrase would say again what the sentence already does ("sitting cross-legged" beside
 * "sits at the water's edge"): its leading verb, in any form, is in the sentence.
 */
const actionPatterns = new Map<string, RegExp | null>();

export function repeatsAction(phrase: string, text: string, offset: number): boolean {
  let pattern = actionPatterns.get(phrase);
  if (pattern === undefined) {
    const verb = /^([a-z]+?)(?:ing)\b/.exec(phrase)?.[1];
    const stem = verb?.replace(/([b-df-hj-np-tv-z])\1$/, '$1');
    pattern = stem ? new RegExp(`\\b(?:${escapeRegExp(stem)}|${escapeRegExp(stem)}e)(?:s|es|ed|d|ing)?\\b`, 'i') : null;
    actionPatterns.set(phrase, pattern);
  }
  return !!pattern && pattern.test(text.slice(sentenceStart(text, offset), sentenceEnd(text, offset)));
}
