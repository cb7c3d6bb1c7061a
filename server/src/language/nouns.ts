// What kind of thing a noun names (person, animal, landscape, garment…), read from data/nouns.json:
// rewrites are chosen by it, so "beautiful" before "woman" and before "lake" get different words.
import nounData from './data/nouns.json';
import type { NounData, ThingKind } from './directingTypes';

export interface NounInfo {
  kind: ThingKind;
  plural: boolean;
  /** The possessive that refers back to it: "tapping her foot", "its tail low". */
  poss: 'her' | 'his' | 'their' | 'its';
}

const IRREGULAR_PLURALS = new Set(['men', 'women', 'people', 'children', 'mice', 'geese', 'teeth', 'feet', 'folks', 'police', 'cattle', 'oxen', 'wolves', 'calves', 'halves', 'knives', 'leaves', 'lives', 'wives', 'thieves', 'elves', 'dwarves', 'fish']);

/** The regular plurals of a singular noun (cat -> cats, bus -> buses, city -> cities, wolf -> wolves). */
function pluralsOf(noun: string): string[] {
  if (/(s|x|z|ch|sh)$/.test(noun)) return [`${noun}es`];
  if (/[^aeiou]y$/.test(noun)) return [`${noun.slice(0, -1)}ies`];
  if (/[^f]f$/.test(noun)) return [`${noun}s`, `${noun.slice(0, -1)}ves`];
  if (/fe$/.test(noun)) return [`${noun}s`, `${noun.slice(0, -2)}ves`];
  if (/man$/.test(noun) && noun !== 'human') return [`${noun.slice(0, -3)}men`];
  return [`${noun}s`];
}

function possFor(kind: ThingKind, plural: boolean, word: string, female: Set<string>, male: Set<string>): NounInfo['poss'] {
  if (female.has(word)) return plural ? 'their' : 'her';
  if (male.has(word)) return plural ? 'their' : 'his';
  if (kind === 'animal') return plural ? 'their' : 'its';
  if (kind === 'person' || kind === 'child' || kind === 'crowd') return 'their';
  return plural ? 'their' : 'its';
}

function build(data: NounData): Map<string, NounInfo> {
  const female = new Set(data.female);
  const male = new Set(data.male);
  const nouns = new Map<string, NounInfo>();
  for (const [kind, words] of Object.entries(data.kinds) as Array<[ThingKind, string[]]>) {
    for (const word of words) {
      const irregular = IRREGULAR_PLURALS.has(word);
      if (!nouns.has(word)) nouns.set(word, { kind, plural: irregular || kind === 'crowd' && /s$/.test(word), poss: possFor(kind, irregular, word, female, male) });
      if (irregular || word.includes(' ')) continue;
      for (const plural of pluralsOf(word)) {
        if (nouns.has(plural)) continue;
        // Plurals take "their", whatever the singular's gender.
        nouns.set(plural, { kind: kind === 'person' ? 'crowd' : kind, plural: true, poss: 'their' });
      }
    }
  }
  return nouns;
}

const NOUNS = build(nounData as unknown as NounData);

export function nounInfo(lower: string): NounInfo | undefined {
  return NOUNS.get(lower);
}
