import type { Field, FieldKind } from './tree';

export interface FieldDefinition {
  kind: FieldKind;
  /** Other names a creator may write for the same field (case-insensitive). */
  aliases: readonly string[];
  /** What the field tells the model, in one sentence. */
  purpose: string;
  /**
   * True when the field's text describes what the model must film or play, and so is checked for
   * vague words. Dialogue is the creator's script and Avoid lists what must not appear: neither is.
   */
  visual: boolean;
  /** True when timestamps in the field are cue times (validated against the clip and the shot). */
  cues: boolean;
}

export const FIELDS: readonly FieldDefinition[] = [
  { kind: 'Scene', aliases: ['Setting'], visual: true, cues: false,
    purpose: 'Where and when the shot happens: place, time of day, weather, what is in frame.' },
  { kind: 'Subject', aliases: [], visual: true, cues: false,
    purpose: 'Who or what the shot is about, described so it looks the same in every shot.' },
  { kind: 'Camera', aliases: ['Cinematography', 'Shot'], visual: true, cues: false,
    purpose: 'Shot size, angle and the one camera move of the shot.' },
  { kind: 'Lens', aliases: [], visual: true, cues: false,
    purpose: 'Focal length, lens type, depth of field, aperture and frame rate.' },
  { kind: 'Motion', aliases: ['Action', 'Actions'], visual: true, cues: false,
    purpose: 'What moves and how, written as beats or counts the model can time.' },
  { kind: 'Lighting', aliases: ['Light'], visual: true, cues: false,
    purpose: 'The light sources, their direction and quality, and the palette.' },
  { kind: 'Audio', aliases: ['Sound', 'Background sound', 'SFX', 'Music'], visual: true, cues: true,
    purpose: 'Ambience, effects and music, with cue times counted from the start of the clip.' },
  { kind: 'Dialogue', aliases: ['Dialog'], visual: false, cues: true,
    purpose: 'Spoken lines, one per speaker line, optionally with the time each starts.' },
  { kind: 'Style', aliases: ['Look', 'Mood', 'Color', 'Colour', 'Grade'], visual: true, cues: false,
    purpose: 'The look of the picture: grade, film stock, texture, references.' },
  { kind: 'Avoid', aliases: ['Negative', 'Negative prompt'], visual: false, cues: false,
    purpose: 'Things that must not appear, listed plainly.' },
  { kind: 'Cameo', aliases: [], visual: false, cues: false,
    purpose: 'A real person who appears with their recorded consent.' },
];

const BY_NAME = new Map<string, FieldDefinition>();
// Speed: names as the format spells them (`Camera`, `Background sound`), which is how nearly every
// field line writes them; found without making a lower-cased copy of the name first.
const BY_SPELLING = new Map<string, FieldDefinition>();
for (const field of FIELDS) {
  for (const name of [field.kind, ...field.aliases]) {
    BY_NAME.set(name.toLowerCase(), field);
    BY_SPELLING.set(name, field);
  }
}

/** The field a written name means, aliases and case resolved; whitespace inside is normalised. */
export function lookupField(name: string): FieldDefinition | undefined {
  // The parser passes names already trimmed with single spaces: one lower-casing finds the others.
  return BY_SPELLING.get(name) ?? BY_NAME.get(name.toLowerCase()) ?? BY_NAME.get(name.trim().replace(/\s+/g, ' ').toLowerCase());
}

const BY_KIND = new Map<FieldKind, FieldDefinition>(FIELDS.map((field) => [field.kind, field]));

export function fieldDefinition(kind: FieldKind): FieldDefinition {
  return BY_KIND.get(kind)!;
}

const ALL_NAMES: readonly string[] = [...FIELDS.map((f) => f.kind), ...FIELDS.flatMap((f) => f.aliases)];

/** Every name a field may be written with, canonical names first. */
export function allFieldNames(): string[] {
  return ALL_NAMES.slice();
}

/** True when a field's words reach the model as a picture or a sound to make, and so are read for vague words and moods. */
export function isDirected(field: Field): boolean {
  if (field.kind) return fieldDefinition(field.kind).visual;
  return true; // prose and unknown fields reach the model as they are
}
