// The directing data (language/data/*.json) is edited by hand: these keep it to the shapes in
// directingTypes.ts and vagueWordTypes.ts, and keep its words from contradicting each other.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import moodData from '../../server/src/language/data/moods.json';
import nounData from '../../server/src/language/data/nouns.json';
import conflictData from '../../server/src/language/data/conflicts.json';
import { THING_KINDS, type MoodData, type NounData } from '../../server/src/language/directingTypes';
import { VAGUE_DATA } from '../../server/src/language/vagueLexicon';

const moods = moodData as unknown as MoodData;
const nouns = nounData as unknown as NounData;
const vagueWords = new Set(VAGUE_DATA.words.map((w) => w.word));
const moodWords = new Set([...moods.moods, ...moods.sceneMoods].flatMap((m) => Object.values(m.words).flat()));
/** Mood words that are moods in every use ("warm" light is not one): no rewrite may contain them. */
const sureMoodWords = new Set([...moods.moods, ...moods.sceneMoods].flatMap((m) => Object.values(m.words).flat().filter((w) => !(m.ambiguous ?? []).includes(w))));

/** The words of a phrase, and the parts of its hyphenated words. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^a-z'’-]+/).flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w])).filter(Boolean);
}

describe('the vague-word data', () => {
  it('lists each word once, in lower case, with a kind, a why and rewrites keyed by a kind of thing', () => {
    assert.equal(vagueWords.size, VAGUE_DATA.words.length, 'a word is listed twice');
    for (const entry of VAGUE_DATA.words) {
      assert.match(entry.word, /^[a-z]+(?:[- ][a-z]+)*$/, entry.word);
      assert.ok(['evaluative', 'intensifier', 'manner'].includes(entry.kind), `${entry.word}: kind`);
      assert.ok(entry.why.trim().length > 20, `${entry.word}: why`);
      for (const [kind, list] of Object.entries(entry.rewrites)) {
        assert.ok(kind === 'default' || THING_KINDS.includes(kind as never), `${entry.word}: rewrites for "${kind}"`);
        for (const rewrite of list!) {
          assert.ok(rewrite.trim() && rewrite.split(/\s+/).length <= 6, `${entry.word}/${kind}: "${rewrite}" is not 1-6 words`);
          for (const w of wordsOf(rewrite)) assert.ok(!vagueWords.has(w) && !sureMoodWords.has(w), `${entry.word}/${kind}: "${rewrite}" contains the listed word "${w}"`);
        }
      }
    }
  });

  it('holds no descriptive words the guides encourage', () => {
    for (const w of ['wet', 'yellow', 'narrow', 'soft', 'warm', 'slow', 'subtle', 'gentle', 'gently', 'shallow', 'tall', 'wide', 'fast', 'dim', 'deep', 'slowly']) {
      assert.ok(!vagueWords.has(w), `descriptive word "${w}" is listed`);
    }
  });

  it('has every example file of the project clean', () => {
    const dir = resolve(__dirname, '../../examples');
    const files = readdirSync(dir).filter((f) => f.endsWith('.sora') && !f.includes('problems'));
    assert.ok(files.length >= 3);
    for (const file of files) {
      for (const w of wordsOf(readFileSync(join(dir, file), 'utf8'))) assert.ok(!vagueWords.has(w), `${file}: "${w}" is listed as vague`);
    }
  });
});

describe('the mood data', () => {
  it('gives each mood its source, its words and visible behaviour for every one it can be on', () => {
    for (const mood of moods.moods) {
      assert.ok(mood.source.trim(), `${mood.id}: source`);
      assert.ok(mood.words.adjective.length + mood.words.adverb.length + mood.words.noun.length > 0, `${mood.id}: words`);
      for (const target of ['person', 'child', 'animal', 'crowd'] as const) {
        assert.ok(mood.show[target].length >= 2, `${mood.id}: show.${target}`);
        for (const phrase of mood.show[target]) {
          assert.match(phrase, /^[a-z-]+ing\b/, `${mood.id}/${target}: "${phrase}" starts with an -ing verb, so it reads after "a man," and after "is"`);
          for (const w of wordsOf(phrase)) assert.ok(!sureMoodWords.has(w) && !vagueWords.has(w), `${mood.id}/${target}: "${phrase}" tells "${w}" instead of showing`);
        }
      }
    }
  });

  it('gives each atmosphere its source and things to show for every kind of place', () => {
    for (const mood of moods.sceneMoods) {
      assert.ok(mood.source.trim(), `${mood.id}: source`);
      for (const target of ['interior', 'landscape', 'street', 'event'] as const) {
        assert.ok(mood.show[target].length >= 2, `${mood.id}: show.${target}`);
        for (const phrase of [...mood.show[target], ...mood.adjectives[target]]) {
          for (const w of wordsOf(phrase)) assert.ok(!sureMoodWords.has(w) && !vagueWords.has(w), `${mood.id}/${target}: "${phrase}" contains "${w}"`);
        }
      }
    }
  });

  it('leaves no word to both the mood rules and the vague-word rule, and marks only its own words ambiguous', () => {
    for (const w of moodWords) assert.ok(!vagueWords.has(w), `"${w}" is both a mood word and a vague word`);
    for (const mood of [...moods.moods, ...moods.sceneMoods]) {
      const own = new Set(Object.values(mood.words).flat());
      for (const w of mood.ambiguous ?? []) assert.ok(own.has(w), `${mood.id}: ambiguous "${w}" is not one of its words`);
    }
  });
});

describe('the noun and conflict data', () => {
  it('gives every noun one kind, in lower case', () => {
    const seen = new Map<string, string>();
    for (const kind of THING_KINDS) {
      for (const noun of nouns.kinds[kind]) {
        assert.equal(noun, noun.toLowerCase(), noun);
        assert.ok(!seen.has(noun), `"${noun}" is both ${seen.get(noun)} and ${kind}`);
        seen.set(noun, kind);
      }
    }
  });

  it('names each conflict group and its values', () => {
    for (const group of (conflictData as unknown as { groups: Array<{ name: string; values: Record<string, string[]> }> }).groups) {
      assert.ok(group.name && Object.keys(group.values).length >= 2, group.name);
    }
  });
});
