import vagueData from './data/vague-words.json';
import type { SoraSettings } from './settings';
import type { VagueData, VagueWord } from './vagueWordTypes';

export const VAGUE_DATA = vagueData as unknown as VagueData;
export const VAGUE_WORDS: readonly VagueWord[] = VAGUE_DATA.words;

/** The vague words in force: the curated list plus the user's additions, less the words they allow. */
export type VagueLexicon = ReadonlyMap<string, VagueWord>;

const BUILT_IN: VagueLexicon = new Map(VAGUE_DATA.words.map((w) => [w.word, w]));

// Built once per settings change, not per keystroke: a Map lookup per word is what keeps the
// vague-word check linear in the size of the file.
export function compileVagueLexicon(settings: SoraSettings): VagueLexicon {
  const { extra, allowed } = settings.vagueWords;
  if (!extra.length && !allowed.length) return BUILT_IN;
  const lexicon = new Map(BUILT_IN);
  for (const { word, rewrites } of extra) {
    const known = lexicon.get(word);
    lexicon.set(word, {
      word,
      kind: known?.kind ?? 'evaluative',
      why: known?.why ?? `"${word}" is on your list of vague words (sora.vagueWords.extra).`,
      // Your own rewrites serve every kind of thing, sound included.
      rewrites: rewrites.length ? { default: rewrites } : known?.rewrites ?? {},
    });
  }
  for (const word of allowed) lexicon.delete(word);
  return lexicon;
}
