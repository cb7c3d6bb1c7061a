// What the two mood rules share: reading a shot's lines for moods once, choosing the behaviour that
// shows each one without contradicting the shot, and a finding whose fixes are built on first use.
import { contradicts, statedInShot } from '../language/conflicts';
import type { PersonMood, SceneMood } from '../language/directingTypes';
import { isDirected } from '../language/fields';
import type { LineMover } from '../language/lineMover';
import { moodUses, personTarget, repeatsAction, sceneTarget, suitsAnimal, type MoodUse } from '../language/moods';
import { COPULAS, hasWholeWord, PREPOSITIONS, sentenceEnd, sentenceStart } from '../language/prose';
import type { Range, Shot, Span } from '../language/tree';
import type { VagueLexicon } from '../language/vagueLexicon';
import type { Finding, Fix } from './rule';
import { removeLabel, removeSentence, replaceAdjective, showAfter, showBeside, showFace, showInPlace } from './showEdit';

const MAX_SHOWN = 3;

const isSceneMood = (entry: PersonMood | SceneMood): entry is SceneMood => 'adjectives' in entry;
const usesBySegment = new WeakMap<Span, MoodUse[]>();

/** Every mood use in the shot's directed lines, read once for both rules. */
export function eachMoodUse(shot: Shot, lexicon: VagueLexicon, visit: (segment: Span, use: MoodUse) => void): void {
  // The words the vague-word rule reports in force (the user's own included): those are its, not a mood's.
  const isVague = (word: string) => lexicon.has(word);
  for (const field of shot.fields) {
    if (!isDirected(field)) continue;
    for (const segment of field.segments) {
      let uses = usesBySegment.get(segment);
      if (!uses) usesBySegment.set(segment, (uses = moodUses(segment.text, field.name?.text.toLowerCase() === 'mood', isVague)));
      for (const use of uses) visit(segment, use);
    }
  }
}

function rangeOf(segment: Span, use: MoodUse): Range {
  const line = segment.range.start.line;
  const base = segment.range.start.character;
  return { start: { line, character: base + use.start }, end: { line, character: base + use.end } };
}

/**
 * The possessive the sentence already uses for its subject ("it fiddles with a bulb" -> "its"), so
 * the added behaviour agrees with the words around it: the nearest subject or possessive pronoun
 * before the mood word in its sentence; "her" only when no other is there, since it is also an object.
 */
const POSSESSIVE_OF = { she: 'her', he: 'his', they: 'their', it: 'its', his: 'his', its: 'its', their: 'their', her: 'her' } as const;

function possessiveNear(text: string, offset: number): 'her' | 'his' | 'their' | 'its' | undefined {
  const before = text.slice(sentenceStart(text, offset), offset);
  // The sentence's subject comes first ("She holds it nervously" is hers, not its); a possessive
  // next; "her" last, since it is also an object.
  const subject = /\b(she|he|they|it)\b/i.exec(before) ?? /\b(his|its|their)\b/i.exec(before) ?? /\b(her)\b/i.exec(before);
  return subject ? POSSESSIVE_OF[subject[1].toLowerCase() as keyof typeof POSSESSIVE_OF] : undefined;
}

/** The behaviour that shows a person's mood, with "her", "his", "their" or "its" for the one it is on. */
export function personPhrases(shot: Shot, use: MoodUse, text: string): string[] {
  const poss = possessiveNear(text, use.start) ?? use.owner.info?.poss ?? 'their';
  const entry = use.entry;
  // A scene's mood said of a person (or none, for a told atmosphere) has no behaviour of a person's to offer.
  if (!entry || isSceneMood(entry)) return [];
  const facts = statedInShot(shot);
  const target = personTarget(use);
  return entry.show[target]
    .map((phrase) => phrase.replaceAll('{poss}', poss))
    .filter((phrase) => !contradicts(phrase, facts) && !repeatsAction(phrase, text, use.start) && (target !== 'animal' || suitsAnimal(phrase, use.ownerName)))
    .slice(0, MAX_SHOWN);
}

export function scenePhrases(shot: Shot, use: MoodUse, text: string): { phrases: string[]; adjectives: string[] } {
  const place = sceneTarget(use);
  const entry = use.entry;
  // A person's mood said of a place ("an anxious city") is reported, but has no place's behaviour to offer.
  if (!entry || !isSceneMood(entry) || !place || (use.syntax !== 'attributive' && use.syntax !== 'alone')) return { phrases: [], adjectives: [] };
  const facts = statedInShot(shot);
  const fits = (phrase: string) => !contradicts(phrase, facts);
  // Behaviour after the place only when the place is its clause's subject (see sceneFixes); a word
  // in place of the mood only when the sentence does not say it already ("the still surface … still water").
  const phrases = use.subject ? entry.show[place].filter(fits).slice(0, 2) : [];
  const adjectives = use.syntax === 'attributive' ? entry.adjectives[place].filter((a) => fits(a) && !sentenceSays(text, use.start, a)).slice(0, 2) : [];
  return { phrases, adjectives };
}

/** True when the sentence around `offset` already has a word of the phrase (of four letters or more). */
function sentenceSays(text: string, offset: number, phrase: string): boolean {
  const sentence = text.slice(sentenceStart(text, offset), sentenceEnd(text, offset)).toLowerCase();
  return phrase
    .toLowerCase()
    .split(/[\s,-]+/)
    .some((w) => w.length > 3 && hasWholeWord(sentence, w));
}

/** True when the words at `start` open a noun phrase that follows a verb ("creates [a sense of joy]"): removing them leaves the verb without its object. */
function isObjectOfVerb(text: string, start: number): boolean {
  if (!/^(?:an?|the)\s/i.test(text.slice(start))) return false;
  const before = /(\p{L}+)\s*$/u.exec(text.slice(0, start));
  return !!before && !PREPOSITIONS.has(before[1].toLowerCase()) && !/[,;:.!?]\s*$/.test(text.slice(0, start));
}

/** Nouns that say nothing once their mood word is gone ("a posture", "his demeanor"). */
const EMPTY_WITHOUT_MOOD = /^(?:posture|demeanou?r|disposition|stance|mien|air|manner|mood|temperament)$/i;

function personFixes(segment: Span, use: MoodUse, phrases: readonly string[]): Fix[] {
  const fixes: Fix[] = [];
  const objectOfVerb = use.syntax === 'noun' && isObjectOfVerb(segment.text, use.start);
  for (const phrase of phrases) {
    if (use.syntax === 'predicative') {
      const verb = /^\S+/.exec(segment.text.slice(use.from!))![0].toLowerCase();
      // A linking verb gives way to its form of "be"; a telling verb too ("exudes confidence" -> "is striding…", "conveying determination" -> "striding…").
      let be = COPULAS.get(verb) ?? (/ing$/.test(verb) ? '' : 'is');
      if (use.owner.info?.plural && be === 'is') be = 'are';
      if (use.owner.info?.plural && be === 'was') be = 'were';
      fixes.push(showInPlace(segment, use, phrase, be));
    } else if (use.syntax === 'face') fixes.push(showFace(segment, use, phrase));
    else if (use.syntax === 'verb' || objectOfVerb) fixes.push(showBeside(segment, use, phrase));
    else fixes.push(showAfter(segment, use, phrase));
  }
  // A verb cannot go without its sentence, nor a verb's object ("brings a sense of joy"): they are
  // shown beside, never removed; and only beside their subject's own clause, or not at all.
  // Elsewhere they stay on offer, their titles showing where the behaviour lands, but "fix this" does nothing.
  if (use.syntax === 'verb' || objectOfVerb) {
    if (use.subject && fixes.length) fixes[0].preferred = true;
    return fixes;
  }
  // "a relaxed posture" without the word is "a posture": a mood-only noun cannot lose its mood alone,
  // so nothing is preferred and no removal is offered.
  if (use.syntax === 'attributive' && use.ownerEnd !== undefined && EMPTY_WITHOUT_MOOD.test(segment.text.slice(use.end, use.ownerEnd).trim())) {
    return fixes;
  }
  const remove = removeLabel(segment, use);
  // Behaviour added at the end of a clause is read as the clause's subject's: unless the mood is on
  // the subject (or goes in place of a linking verb or a face phrase), removing the label is what
  // "fix this" does, and the behaviour stays on offer for the creator to place.
  const placed = use.syntax === 'predicative' || (use.syntax === 'face' && use.dropTo === undefined) || use.subject;
  if (remove && (use.shown || !placed)) fixes.unshift(remove);
  else if (remove) fixes.push(remove);
  if (fixes.length && (remove || placed)) fixes[0].preferred = true;
  return fixes;
}

function sceneFixes(segment: Span, use: MoodUse, phrases: readonly string[], adjectives: readonly string[]): Fix[] {
  const fixes: Fix[] = [];
  if (use.sentence) fixes.push(removeSentence(segment, use.sentence));
  // What makes a place feel so is added after it only when it is the clause's subject; elsewhere a
  // concrete word in place of the mood ("the still surface of the lake") is what reads.
  for (const phrase of phrases) fixes.push(showAfter(segment, use, phrase));
  for (const adjective of adjectives) fixes.push(replaceAdjective(segment, use, adjective));
  // A phrase that is a verb's object ("creates a grim atmosphere", "brings a sense of joy") cannot go alone without breaking the sentence.
  // Nor does a noun in a sentence about the picture ("The scene is one of perseverance"): the sentence goes, or nothing.
  const remove = use.syntax !== 'phrase' && !(use.syntax === 'noun' && use.sentence) && !isObjectOfVerb(segment.text, use.start) ? removeLabel(segment, use) : undefined;
  if (remove) fixes.push(remove);
  if (fixes.length) fixes[0].preferred = true;
  return fixes;
}

export class MoodFinding implements Finding {
  private built: Fix[] | undefined;

  constructor(
    readonly range: Range,
    readonly message: string,
    private readonly segment: Span,
    private readonly use: MoodUse,
    private readonly phrases: readonly string[],
    private readonly adjectives: readonly string[],
  ) {}

  get fixes(): Fix[] {
    this.built ??= this.use.scene
      ? sceneFixes(this.segment, this.use, this.phrases, this.adjectives)
      : personFixes(this.segment, this.use, this.phrases);
    return this.built;
  }

  get suggestions(): readonly string[] {
    return [...this.phrases, ...this.adjectives];
  }

  movedBy(mover: LineMover): MoodFinding {
    return new MoodFinding(mover.range(this.range), this.message, mover.segment(this.segment), this.use, this.phrases, this.adjectives);
  }
}

export function personFinding(shot: Shot, segment: Span, use: MoodUse): MoodFinding {
  const written = segment.text.slice(use.start, use.end);
  const phrases = personPhrases(shot, use, segment.text);
  const message = use.shown && use.syntax !== 'verb'
    ? `"${written}" tells a mood that the action beside it already shows: remove the label.`
    : phrases.length
      ? `"${written}" tells a mood; a camera films what a body does. Show it: "${phrases[0]}".`
      : `"${written}" tells a mood; a camera films what a body does. Show it in posture, face, hands or pace.`;
  return new MoodFinding(rangeOf(segment, use), message, segment, use, phrases, []);
}

export function sceneFinding(shot: Shot, segment: Span, use: MoodUse): MoodFinding {
  const written = segment.text.slice(use.start, use.end);
  const { phrases, adjectives } = scenePhrases(shot, use, segment.text);
  const shown = phrases[0] ?? adjectives[0];
  const message = shown
    ? `"${written}" tells an atmosphere; show what makes it: "${shown}".`
    : `"${written}" tells an atmosphere, which a camera cannot film: show the light, weather, objects or action that make it.`;
  return new MoodFinding(rangeOf(segment, use), message, segment, use, phrases, adjectives);
}
