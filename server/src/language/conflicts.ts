// What a shot already says about its time, weather, season, lens, palette and contrast, so that no
// rewrite contradicts it: a sunlit kitchen at dawn is not offered "rain-wet, neon-lit", nor a
// spherical lens "anamorphic". The groups are data (data/conflicts.json).
import conflictData from './data/conflicts.json';
import { isDirected } from './fields';
import { escapeRegExp } from './regex';
import type { Shot } from './tree';

interface Group {
  name: string;
  values: Record<string, string[]>;
}

const GROUPS = (conflictData as unknown as { groups: Group[] }).groups.map((group) => ({
  name: group.name,
  values: Object.entries(group.values).map(([value, terms]) => ({
    value,
    pattern: new RegExp(`(?<![\\p{L}-])(?:${terms.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}-])`, 'iu'),
  })),
}));

/** For each group, the values a text states ("time of day" -> {"dawn"}). */
export type Stated = ReadonlyArray<ReadonlySet<string>>;

export function statedIn(text: string): Stated {
  return GROUPS.map((group) => new Set(group.values.filter((v) => v.pattern.test(text)).map((v) => v.value)));
}

const byPhrase = new Map<string, Stated>();

/** True when the phrase states a value of some group that the shot states otherwise, and not the shot's own. */
export function contradicts(phrase: string, shot: Stated): boolean {
  let own = byPhrase.get(phrase);
  if (!own) {
    if (byPhrase.size > 5000) byPhrase.clear();
    byPhrase.set(phrase, (own = statedIn(phrase)));
  }
  return own.some((values, g) => values.size > 0 && shot[g].size > 0 && ![...values].some((v) => shot[g].has(v)));
}

const statedByShot = new WeakMap<Shot, Stated>();

/** What a shot states in its directed fields, read once per shot object (a shot kept from the last edit keeps it). */
export function statedInShot(shot: Shot): Stated {
  let stated = statedByShot.get(shot);
  if (!stated) {
    stated = statedIn(shot.fields.flatMap((f) => (isDirected(f) ? f.segments.map((s) => s.text) : [])).join('\n'));
    statedByShot.set(shot, stated);
  }
  return stated;
}
