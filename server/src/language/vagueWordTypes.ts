// The shape of the vague-word vocabulary. The data lives in vagueWords.ts.

/** The field a rewrite is written for; `default` serves any field without its own list. */
export type RewriteField =
  | 'default'
  | 'Scene'
  | 'Subject'
  | 'Camera'
  | 'Lens'
  | 'Motion'
  | 'Lighting'
  | 'Audio'
  | 'Style';

export interface VagueWord {
  /** Lower-case; a single word, hyphenated words allowed (`eye-catching`). */
  word: string;
  /** `evaluative`: a judgement (beautiful, epic); `intensifier`: a degree word (very, extremely). */
  kind: 'evaluative' | 'intensifier';
  /** One sentence, in our own words: why a model cannot film this word. */
  why: string;
  /**
   * Concrete, filmable replacements that drop in where the word stood (same part of speech, so the
   * sentence still reads), best first. `default` is required; add a field's own list where the
   * field changes what "concrete" means (a beautiful *sound* is not a beautiful *light*).
   * An intensifier may have an empty `default`: removing it is then the fix.
   */
  rewrites: { default: readonly string[] } & Partial<Record<Exclude<RewriteField, 'default'>, readonly string[]>>;
}
