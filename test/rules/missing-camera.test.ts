import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problemsOf } from '../helpers';

const RULE = 'missing-camera';

describe(RULE, () => {
  it('reports a shot that names no camera, on its heading', () => {
    const { expected, actual, analysis } = problemsOf('⟦# Shot 1|missing-camera⟧\nScene: a pier at dusk', {}, RULE);
    assert.deepEqual(actual, expected);
    assert.equal(analysis.problems[0].message, 'Shot 1 has no Camera line: name the shot size, the angle and one move, or the model picks them.');
  });

  it('reads a shot size, an angle or a move written in the shot\'s own text or heading ("Medium shot, …", "Tracking shot …")', () => {
    for (const text of [
      '# Shot 1\nScene: Medium shot, a pier at dusk.',
      '# Shot 1\nTracking shot of a cyclist along the pier.',
      '# Shot 1 — low angle\nScene: a pier at dusk.',
      '# Shot 1\nScene: a pier at dusk, slow push-in.',
    ]) {
      assert.deepEqual(problemsOf(text, {}, RULE).actual, [], text);
    }
  });

  it('does not take a camera word in dialogue or an Avoid list for the shot\'s camera', () => {
    const { expected, actual } = problemsOf('⟦# Shot 1|missing-camera⟧\nScene: a pier\nDialogue:\n  Ana: "Get a close-up of this."\nAvoid: tracking shots', {}, RULE);
    assert.deepEqual(actual, expected);
  });
});
