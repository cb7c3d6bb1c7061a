// What a shot already says about its time, weather, season, lens, palette and contrast, so that no
// rewrite contradicts it: a sunlit kitchen at dawn is not offered "rain-wet, neon-lit", nor a
// spherical lens "anamorphic". The groups are data (data/conflicts.json).
import conflictData from './data/conflicts.json';
import { isDirected } from './fields';
import { wordAlternation } from './wordTrie';
import type { Shot } from './tree';

interface Group {
  name: string;
  values: Record<string, string[]>;
}

const GROUPS = (conflictData as unknown as { groups: Group[] }).groups;

/** Every term of every group, lower case, to the group and value it states (a term may state several). */
const TERMS = new Map<string, Array<[number, string]>>();
GROUPS.forEach((group, index) => {
  for (const [value, terms] of Object.entries(group.values)) {
    for (const term of terms) {
      const key = term.toLowerCase();
      TERMS.set(key, [...(TERMS.get(key) ?? []), [index, value]]);
    }
  }
});
// One scan of a text finds every term: a shot's lines are read once, not once per group and value.
const ANY_TERM = new RegExp(`(?<![A-Za-z-])(?:${wordAlternation(TERMS.keys())})(?![A-Za-z-])`, 'gi');

/** For each group, the values a text states ("time of day" -> {"dawn"}). */
export type Stated = ReadonlyArray<ReadonlySet<string>>;

export function statedIn(text: string): Stated {
  const stated = GROUPS.map(() => new Set<string>());
  ANY_TERM.lastIndex = 0;
  for (let m = ANY_TERM.exec(text); m; m = ANY_TERM.exec(text)) {
    for (const [group, value] of TERMS.get(m[0].toLowerCase()) ?? []) stated[group].add(value);
  }
  return stated;
}

const byPhrase = new Map<string, Stated | null>();

/**
 * True when the phrase states a value of some group that the shot states otherwise, and not the
 * shot's own. `shot` is asked for only when the phrase states anything, which most do not.
 */
export function contradicts(phrase: string, shot: Stated | (() => Stated)): boolean {
  let own = byPhrase.get(phrase);
  if (own === undefined) {
    if (byPhrase.size > 5000) byPhrase.clear();
    const stated = statedIn(phrase);
    byPhrase.set(phrase, (own = stated.some((values) => values.size > 0) ? stated : null));
  }
  if (own === null) return false;
  const facts = typeof shot === 'function' ? shot() : shot;
  return own.some((values, g) => values.size > 0 && facts[g].size > 0 && ![...values].some((v) => facts[g].has(v)));
}

const statedByShot = new WeakMap<Shot, Stated>();
const textByShot = new WeakMap<Shot, string>();

/**
 * A shot's directed lines as one lower-case text ("35 mm" written "35mm"), made once per shot object
 * (a shot kept from the last edit keeps it): what rewrites are compared with.
 */
export function directedTextOf(shot: Shot): string {
  let text = textByShot.get(shot);
  if (text === undefined) {
    text = shot.fields
      .flatMap((f) => (isDirected(f) ? f.segments.map((s) => s.text) : []))
      .join('\n')
      .toLowerCase()
      .replace(/(\d)\s+mm\b/g, '$1mm');
    textByShot.set(shot, text);
  }
  return text;
}

/** What a shot states in its directed fields, read once per shot object. */
export function statedInShot(shot: Shot): Stated {
  let stated = statedByShot.get(shot);
  if (!stated) statedByShot.set(shot, (stated = statedIn(directedTextOf(shot))));
  return stated;
}
