// The shapes of the directing data in language/data/: what kind of thing a noun names, the moods a
// camera cannot film and the behaviour that shows them, and the vague words with rewrites chosen by
// the kind of thing they describe. The data is JSON so that it can be read, reviewed and extended
// without touching code; test/language/directing-data.test.ts holds it to these shapes.

/** What a vague or mood word can be said of: the thing its rewrites must fit. */
export type ThingKind =
  | 'person'
  | 'child'
  | 'animal'
  | 'crowd'
  | 'interior'
  | 'landscape'
  | 'street'
  | 'object'
  | 'garment'
  | 'light'
  | 'sound'
  | 'look'
  | 'motion'
  | 'event';

export const THING_KINDS: readonly ThingKind[] = [
  'person', 'child', 'animal', 'crowd', 'interior', 'landscape', 'street', 'object', 'garment', 'light', 'sound', 'look', 'motion', 'event',
];

/** nouns.json: singular nouns by kind (plurals are derived; irregular plurals are listed too). */
export interface NounData {
  kinds: Record<ThingKind, string[]>;
  /** Nouns that take "her" / "his"; every other person, child or crowd noun takes "their", an animal "its". */
  female: string[];
  male: string[];
}

/** The people and animals a mood can be on. */
export type MoodTarget = 'person' | 'child' | 'animal' | 'crowd';

/**
 * moods.json, `moods`: an emotion or inner state said of a person or an animal.
 * Every `show` phrase starts with an -ing verb and may use `{poss}` (her, his, their, its), so it reads
 * after a noun and a comma ("an old man, staring at the ground, shoulders slumped"), after a verb
 * ("waits, tapping her foot") and after is/are ("she is staring at the ground").
 */
export interface PersonMood {
  id: string;
  /** Where the entry comes from: the emotion taxonomy or guide it rests on. */
  source: string;
  words: {
    adjective: string[];
    adverb: string[];
    /** Nouns as they appear in a phrase: "exhaustion" is caught in "in exhaustion", "with exhaustion". */
    noun: string[];
    /** Verbs of the inner state, every form written out ("ponder", "ponders", "pondered", "pondering"). */
    verb?: string[];
  };
  /** Words of this entry that also describe things ("a sad song", "a happy ending"): flagged only when said of a person or animal. */
  ambiguous?: string[];
  show: Record<MoodTarget, string[]>;
}

/** The places and moments a scene mood can be on. */
export type SceneTarget = 'interior' | 'landscape' | 'street' | 'event';

/**
 * moods.json, `sceneMoods`: an atmosphere said of a place, a moment or the picture. `show` phrases
 * follow the noun after a comma ("a lake, mist drifting over still water"); `adjectives` are
 * concrete words that can stand where the mood word stood ("a still lake").
 */
export interface SceneMood {
  id: string;
  source: string;
  words: { adjective: string[]; noun: string[] };
  ambiguous?: string[];
  show: Record<SceneTarget, string[]>;
  adjectives: Record<SceneTarget, string[]>;
}

/** Gestures only some animals make ("tail wagging" is a dog's): offered only when the animal is one of them. */
export interface SpeciesGestures {
  /** Nouns for the animals that make them. */
  animals: string[];
  /** Words that mark a phrase as one of those gestures. */
  words: string[];
}

export interface MoodData {
  moods: PersonMood[];
  sceneMoods: SceneMood[];
  speciesGestures: SpeciesGestures[];
}
