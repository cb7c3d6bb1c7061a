import { test } from 'node:test';
import assert from 'node:assert/strict';

import { VOCABULARY, VOCABULARY_SOURCES } from '../../server/src/language/vocabulary';
import type { TermCategory, TermField } from '../../server/src/language/vocabularyTypes';

const CATEGORIES: readonly TermCategory[] = [
  'camera-move',
  'shot-size',
  'angle',
  'rig',
  'lens',
  'focus',
  'exposure',
  'frame-rate',
  'lighting',
  'audio',
];

const FIELDS: readonly TermField[] = ['Camera', 'Lens', 'Lighting', 'Audio', 'Style', 'Motion', 'Scene', 'Subject'];

/** Every spelling (term and aliases), lower-cased, mapped to the canonical term that owns it. */
function spellingIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const entry of VOCABULARY) {
    for (const spelling of [entry.term, ...entry.aliases]) index.set(spelling.toLowerCase(), entry.term);
  }
  return index;
}

test('has at least 140 terms', () => {
  assert.ok(VOCABULARY.length >= 140, `only ${VOCABULARY.length} terms`);
});

test('lists its sources: cinematography vocabulary and the Sora, Runway and Veo guides', () => {
  assert.ok(VOCABULARY_SOURCES.length >= 4);
  const all = VOCABULARY_SOURCES.join('\n');
  assert.match(all, /cinematography/i);
  assert.match(all, /Sora 2/);
  assert.match(all, /Runway/);
  assert.match(all, /Veo/);
  for (const source of VOCABULARY_SOURCES) assert.ok(source.trim().length > 10, source);
});

test('no spelling, term or alias, appears twice (case-insensitive)', () => {
  const seen = new Map<string, string>();
  for (const entry of VOCABULARY) {
    for (const spelling of [entry.term, ...entry.aliases]) {
      const key = spelling.toLowerCase();
      const owner = seen.get(key);
      assert.equal(owner, undefined, `"${spelling}" is in both "${owner}" and "${entry.term}"`);
      seen.set(key, entry.term);
    }
  }
});

test('spellings are trimmed, non-empty and single-spaced', () => {
  for (const entry of VOCABULARY) {
    for (const spelling of [entry.term, ...entry.aliases]) {
      assert.ok(spelling.length > 0, `empty spelling in "${entry.term}"`);
      assert.equal(spelling, spelling.trim(), `"${spelling}" has outer whitespace`);
      assert.doesNotMatch(spelling, /\s{2,}/, `"${spelling}" has a double space`);
    }
  }
});

test('every category has at least 5 terms, and every term has a known category', () => {
  const counts = new Map<TermCategory, number>(CATEGORIES.map((c) => [c, 0]));
  for (const entry of VOCABULARY) {
    assert.ok(counts.has(entry.category), `"${entry.term}" has unknown category ${entry.category}`);
    counts.set(entry.category, (counts.get(entry.category) ?? 0) + 1);
  }
  for (const [category, count] of counts) assert.ok(count >= 5, `${category} has only ${count} terms`);
});

test('the required spellings are present as a term or an alias', () => {
  const index = spellingIndex();
  const required = [
    // camera moves and rigs
    'static shot', 'locked-off', 'pan', 'tilt', 'whip pan', 'push-in', 'dolly in', 'pull-out', 'dolly out',
    'truck', 'pedestal', 'crane', 'jib', 'boom', 'tracking shot', 'orbit', 'arc shot', 'zoom in', 'zoom out',
    'crash zoom', 'dolly zoom', 'vertigo effect', 'roll', 'handheld', 'hand-held', 'Steadicam', 'gimbal',
    'drone', 'aerial', 'FPV', 'slider',
    // shot sizes and angles
    'extreme wide shot', 'EWS', 'wide shot', 'WS', 'full shot', 'medium wide shot', 'cowboy shot', 'medium shot',
    'MS', 'medium close-up', 'MCU', 'close-up', 'CU', 'closeup', 'extreme close-up', 'ECU', 'OTS',
    'over-the-shoulder', 'POV', 'two-shot', 'insert', 'establishing shot', 'eye level', 'low angle', 'high angle',
    "bird's-eye view", 'overhead', 'top-down', "worm's-eye view", 'Dutch angle',
    // lens and capture
    '14mm', '16mm', '18mm', '24mm', '28mm', '35mm', '40mm', '50mm', '50 mm', '65mm', '85mm', '100mm', '135mm',
    '200mm', 'wide-angle', 'telephoto', 'anamorphic', 'macro', 'tilt-shift', 'fisheye', 'prime', 'zoom lens',
    'shallow depth of field', 'deep focus', 'rack focus', 'bokeh', 'f/1.4', 'f/1.8', 'f/2.8', 'f/4', 'f/8',
    'f/16', 'T-stop', 'lens flare', '180-degree shutter', 'motion blur', '24fps', '25fps', '30fps', '48fps',
    '60fps', '120fps', 'slow motion', 'time-lapse', 'hyperlapse', 'speed ramp',
    // lighting
    'key light', 'fill light', 'rim light', 'back light', 'practicals', 'motivated light', 'high-key', 'low-key',
    'hard light', 'soft light', 'golden hour', 'magic hour', 'blue hour', 'volumetric light', 'god rays',
    'silhouette', 'chiaroscuro', 'Rembrandt lighting', 'three-point lighting', 'bounce', 'negative fill', 'neon',
    'overcast', 'candlelight', 'moonlight', 'color temperature', '3200K', '5600K', 'gel',
    // audio
    'ambience', 'ambient sound', 'room tone', 'foley', 'SFX', 'sound effect', 'score', 'source music', 'diegetic',
    'non-diegetic', 'lip-sync', 'voice-over', 'off-screen voice', 'J-cut', 'silence', 'stinger', 'drone tone',
    'whoosh', 'reverb', 'walla', 'crowd murmur',
  ];
  const missing = required.filter((spelling) => !index.has(spelling.toLowerCase()));
  assert.deepEqual(missing, [], `missing: ${missing.join(', ')}`);
});

test('related spellings land on the intended entry', () => {
  const index = spellingIndex();
  const expect: [string, string][] = [
    ['dolly in', 'push-in'],
    ['push in', 'push-in'],
    ['dolly out', 'pull-out'],
    ['hand held', 'handheld'],
    ['closeup', 'close-up'],
    ['ECU', 'extreme close-up'],
    ['vertigo effect', 'dolly zoom'],
    ['magic hour', 'golden hour'],
    ['drone', 'drone shot'],
    ['drone note', 'drone tone'],
    ['50 mm', '50mm'],
    ['Dutch tilt', 'Dutch angle'],
  ];
  for (const [spelling, term] of expect) assert.equal(index.get(spelling.toLowerCase()), term, spelling);
});

test('the focal lengths, f-stops and frame rates are their own terms in the right category', () => {
  const byTerm = new Map(VOCABULARY.map((e) => [e.term, e]));
  const groups: [TermCategory, string[]][] = [
    ['lens', ['14mm', '16mm', '18mm', '24mm', '28mm', '35mm', '40mm', '50mm', '65mm', '85mm', '100mm', '135mm', '200mm']],
    ['exposure', ['f/1.4', 'f/1.8', 'f/2.8', 'f/4', 'f/8', 'f/16']],
    ['frame-rate', ['24fps', '25fps', '30fps', '48fps', '60fps', '120fps']],
  ];
  for (const [category, terms] of groups) {
    for (const term of terms) {
      const entry = byTerm.get(term);
      assert.ok(entry, `no term "${term}"`);
      assert.equal(entry.category, category, term);
    }
  }
  for (const term of groups[0][1]) assert.deepEqual(byTerm.get(term)?.fields.slice(0, 2), ['Lens', 'Camera'], term);
});

test('definitions and effects are non-empty sentences ending with a period, each unique', () => {
  const definitions = new Set<string>();
  const effects = new Set<string>();
  for (const entry of VOCABULARY) {
    for (const [what, text, seen] of [
      ['definition', entry.definition, definitions],
      ['effect', entry.effect, effects],
    ] as const) {
      assert.ok(text.trim().length > 20, `${entry.term}: ${what} is too short`);
      assert.equal(text, text.trim(), `${entry.term}: ${what} has outer whitespace`);
      assert.match(text, /\.$/, `${entry.term}: ${what} does not end with a period`);
      assert.ok(!seen.has(text), `${entry.term}: ${what} repeats another entry's`);
      seen.add(text);
    }
    assert.doesNotMatch(entry.effect, /[.!?]\s+\S/, `${entry.term}: effect is more than one sentence`);
    const sentences = entry.definition.split(/[.!?](?:\s+|$)/).filter((s) => s.trim()).length;
    assert.ok(sentences <= 2, `${entry.term}: definition has ${sentences} sentences`);
  }
});

test('every term has at least one known field, without repeats', () => {
  for (const entry of VOCABULARY) {
    assert.ok(entry.fields.length >= 1, `${entry.term} has no field`);
    assert.equal(new Set(entry.fields).size, entry.fields.length, `${entry.term} repeats a field`);
    for (const field of entry.fields) assert.ok(FIELDS.includes(field), `${entry.term}: unknown field ${field}`);
  }
});

test('fields follow the category: camera moves and rigs in Camera, lighting in Lighting, audio in Audio', () => {
  const first: Partial<Record<TermCategory, TermField[]>> = {
    'camera-move': ['Camera'],
    rig: ['Camera'],
    'shot-size': ['Camera'],
    angle: ['Camera'],
    lighting: ['Lighting'],
    audio: ['Audio'],
  };
  for (const entry of VOCABULARY) {
    const allowed = first[entry.category];
    if (allowed) assert.ok(allowed.includes(entry.fields[0]), `${entry.term}: first field ${entry.fields[0]}`);
  }
});
