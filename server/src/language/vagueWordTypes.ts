// The shape of the vague-word vocabulary. The data lives in data/vague-words.json.
import type { ThingKind } from './directingTypes';

/**
 * `evaluative`: a judgement (beautiful, epic); `intensifier`: a degree word (very, extremely);
 * `manner`: an adverb that judges how something is done (gracefully, effortlessly).
 */
export type VagueKind = 'evaluative' | 'intensifier' | 'manner';

export interface VagueWord {
  /** Lower-case; a single word, hyphenated words allowed (`eye-catching`). */
  word: string;
  kind: VagueKind;
  /** One sentence, in our own words: why a model cannot film this word. */
  why: string;
  /**
   * Concrete replacements by the kind of thing the word describes (a beautiful *woman* is not a
   * beautiful *lake*), best first; each drops in where the word stood. `default` serves a thing
   * of unknown kind, for the few words whose rewrites fit anything. A kind with no list gets only
   * the removal.
   */
  rewrites: Partial<Record<ThingKind | 'default', readonly string[]>>;
}

export interface VagueData {
  source: string;
  words: VagueWord[];
  /** Terms of the trade that contain a listed word and are left alone ("high dynamic range", "atmospheric haze"). */
  technical: string[];
  /** Evaluative words that are nouns as often as adjectives ("a retro aesthetic"): reported only before a noun or after "is". */
  nounUses: string[];
  /** Words that name how saturated a colour is when one follows ("vibrant red"): left alone there. */
  beforeColour: string[];
  /** What an intensifier should give instead, by the word it intensifies ("very shallow" -> "f/1.4"). */
  amounts: Record<string, string>;
}
