import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, problemsOf } from '../helpers';

const RULE = 'unknown-field';

describe(RULE, () => {
  it('flags an unknown field name and suggests the nearest known one', () => {
    const { text, expected, actual, analysis } = problemsOf('⟦Camra|unknown-field⟧: slow pan\nScene: dusk', {}, RULE);
    assert.deepEqual(actual, expected);
    assert.equal(analysis.problems[0].severity, 'warning');
    assert.equal(analysis.problems[0].message, 'Unknown field "Camra". Did you mean "Camera"?');
    const fixed = applyFix(text, analysis.problems[0].fixes![0]);
    assert.equal(fixed, 'Camera: slow pan\nScene: dusk');
    assert.deepEqual(problemsOf(fixed, {}, RULE).actual, []);
  });

  it('lists the known fields when nothing is close', () => {
    const { analysis } = problemsOf('Weather: rain', {}, RULE);
    assert.match(analysis.problems[0].message, /^Unknown field "Weather": its text reaches the model as plain prose\. Known fields: Scene, Subject, Camera/);
    assert.equal(analysis.problems[0].fixes, undefined);
  });

  it('accepts every alias, in any case, and dialogue speakers', () => {
    const text = ['setting: a', 'CINEMATOGRAPHY: b', 'Background sound: c', 'Look: d', 'Negative: e', 'Dialog:', 'Maya: "Hi"', 'Action: f'].join('\n');
    assert.deepEqual(problemsOf(text, {}, RULE).actual, []);
  });
});

describe(`${RULE}: what is and is not a field`, () => {
  it('reads a multi-word label such as "At dawn:" as prose, not as an unknown field', () => {
    assert.deepEqual(problemsOf('At dawn: the harbour wakes.', {}, RULE).actual, []);
  });

  it('catches a mistyped field right after a dialogue block instead of reading it as a speaker', () => {
    const { expected, actual } = problemsOf('Dialogue:\n  Ana: "Go."\n⟦Camra|unknown-field⟧: slow pan', {}, RULE);
    assert.deepEqual(actual, expected);
  });

  it('accepts the common labels Music, Light, Colour, Grade and Negative prompt', () => {
    assert.deepEqual(problemsOf('Music: a cello\nLight: one lamp\nColour: teal\nGrade: warm\nNegative prompt: logos', {}, RULE).actual, []);
  });
});

describe(`${RULE}: labels inside a block`, () => {
  it('leaves alone the sub-labels of a detailed prompt (OpenAI\'s guide writes "Highlights:" under "Grade / Palette")', () => {
    const text = ['Grade / Palette', 'Highlights: clean morning sunlight with amber lift.', 'Mids: balanced neutrals.', '', 'Lighting: window light', 'Bounce: silver from trackside.'].join('\n');
    assert.deepEqual(problemsOf(text, {}, RULE).actual, []);
  });

  it('still reports a misspelt field inside a block, and an unknown name that starts one', () => {
    const { expected, actual } = problemsOf('Scene: a pier\n⟦Camra|unknown-field⟧: slow pan\n\n⟦Weather|unknown-field⟧: rain', {}, RULE);
    assert.deepEqual(actual, expected);
  });
});
