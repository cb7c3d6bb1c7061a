// The shape of the film-language vocabulary. The data lives in vocabulary.ts; completion, hover and
// the grammar's term list all read it, so a term is defined once.

export type TermCategory =
  | 'camera-move'
  | 'shot-size'
  | 'angle'
  | 'rig'
  | 'lens'
  | 'focus'
  | 'exposure'
  | 'frame-rate'
  | 'lighting'
  | 'audio';

/** Fields where a term belongs, for ranking completions; `Prose` is text outside any field. */
export type TermField = 'Camera' | 'Lens' | 'Lighting' | 'Audio' | 'Style' | 'Motion' | 'Scene' | 'Subject';

export interface Term {
  /** The canonical spelling, as completion inserts it (`push-in`, `dolly zoom`, `50mm`). */
  term: string;
  /** Other spellings a writer uses for the same thing (`push in`, `dolly in`), matched by hover. */
  aliases: readonly string[];
  category: TermCategory;
  /** One or two sentences, in our own words: what the term is. */
  definition: string;
  /** What it does to the picture or the sound, as a viewer would notice. */
  effect: string;
  /** Fields where the term belongs, most fitting first. */
  fields: readonly TermField[];
}
