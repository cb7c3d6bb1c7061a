import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { VAGUE_WORDS, VAGUE_WORDS_SOURCE } from '../../server/src/language/vagueWords';

const listed = new Set(VAGUE_WORDS.map((w) => w.word));

/** Words of a text as the linter would see them: whole tokens, and the parts of hyphenated ones. */
function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const token of text.toLowerCase().split(/[^a-z0-9'\u2019-]+/)) {
    const t = token.replace(/^['\u2019-]+|['\u2019-]+$/g, '');
    if (!t) continue;
    out.push(t);
    if (t.includes('-')) out.push(...t.split('-').filter(Boolean));
  }
  return out;
}

function allRewrites(entry: (typeof VAGUE_WORDS)[number]): [string, readonly string[]][] {
  return Object.entries(entry.rewrites) as [string, readonly string[]][];
}

test('has a source sentence', () => {
  assert.ok(VAGUE_WORDS_SOURCE.length > 20);
  assert.match(VAGUE_WORDS_SOURCE, /Sora/);
  assert.match(VAGUE_WORDS_SOURCE, /Runway/);
});

test('has at least 120 entries', () => {
  assert.ok(VAGUE_WORDS.length >= 120, `only ${VAGUE_WORDS.length} entries`);
});

test('words are unique, lower-case single (hyphenated) words', () => {
  assert.equal(listed.size, VAGUE_WORDS.length, 'duplicate words');
  for (const { word } of VAGUE_WORDS) {
    assert.equal(word, word.toLowerCase(), word);
    assert.match(word, /^[a-z]+(-[a-z]+)*$/, word);
  }
});

test('every entry has a why and enough rewrites', () => {
  for (const entry of VAGUE_WORDS) {
    assert.ok(entry.why.trim().length > 0, `${entry.word}: empty why`);
    assert.ok(Array.isArray(entry.rewrites.default), `${entry.word}: no default list`);
    if (entry.kind === 'evaluative') {
      assert.ok(entry.rewrites.default.length >= 2, `${entry.word}: fewer than 2 default rewrites`);
      assert.ok(entry.rewrites.default.length <= 4, `${entry.word}: more than 4 default rewrites`);
    }
    for (const [field, list] of allRewrites(entry)) {
      for (const rewrite of list) {
        const n = rewrite.trim().split(/\s+/).length;
        assert.ok(rewrite.trim() && n <= 5, `${entry.word}/${field}: "${rewrite}" is not 1-5 words`);
      }
    }
  }
});

test('whys are not a repeated template', () => {
  const whys = new Set(VAGUE_WORDS.map((w) => w.why));
  assert.equal(whys.size, VAGUE_WORDS.length);
});

test('no rewrite contains a listed vague word', () => {
  for (const entry of VAGUE_WORDS) {
    for (const [field, list] of allRewrites(entry)) {
      for (const rewrite of list) {
        for (const w of wordsOf(rewrite)) {
          assert.ok(!listed.has(w), `${entry.word}/${field}: "${rewrite}" contains vague word "${w}"`);
        }
      }
    }
  }
});

test('descriptive words are not listed', () => {
  const descriptive = [
    'wet', 'yellow', 'narrow', 'soft', 'warm', 'slow', 'subtle', 'gentle', 'gently', 'natural',
    'shallow', 'small', 'thin', 'light', 'hard', 'distant', 'teal', 'orange', 'red', 'rough',
    'glossy', 'tall', 'wide', 'fast', 'dim', 'deep', 'rain-soaked', 'hand-held', 'cool-toned',
  ];
  for (const w of descriptive) assert.ok(!listed.has(w), `descriptive word "${w}" is listed`);
});

test('no word of the example files is listed', () => {
  const dir = path.resolve(__dirname, '../../examples');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.sora'));
  assert.ok(files.length >= 3, `expected the example files in ${dir}`);
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const w of wordsOf(text)) {
      assert.ok(!listed.has(w), `${file}: "${w}" is listed as vague`);
    }
  }
});
