import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, problemsOf } from '../helpers';

const RULE = 'timestamp-malformed';

describe(RULE, () => {
  it('flags malformed cue times in Audio, Dialogue and headings', () => {
    const { expected, actual, analysis } = problemsOf(
      [
        '# Shot 1 — 00:00-⟦0:5|timestamp-malformed⟧',
        'Audio: a bell at ⟦00:75|timestamp-malformed⟧',
        'Dialogue:',
        '  Ana (⟦1:2|timestamp-malformed⟧): "Now."',
      ].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
    assert.ok(analysis.problems.every((p) => p.severity === 'error'));
  });

  it('fixes 00:75 to 01:15, and the fixed text is clean', () => {
    const text = '---\nduration: 12s\n---\nAudio: a bell at 00:75';
    const { analysis } = problemsOf(text, { defaultModel: 'sora-2', models: { 'sora-2': { durations: [4, 8, 12, 90] } } }, RULE);
    const fix = analysis.problems[0].fixes![0];
    assert.equal(fix.title, 'Change "00:75" to "01:15"');
    const fixed = applyFix(text, fix);
    assert.equal(fixed, '---\nduration: 12s\n---\nAudio: a bell at 01:15');
    assert.deepEqual(problemsOf(fixed, {}, RULE).actual, []);
  });

  it('ignores clock-like text in Scene', () => {
    assert.deepEqual(problemsOf('Scene: the sign says 1:2', {}, RULE).actual, []);
  });
});

describe(`${RULE}: seconds written with a unit`, () => {
  it('offers 00:03 for a dialogue time written as (3s)', () => {
    const text = 'Dialogue:\n  Mara (3s): "Now."';
    const { expected, actual, analysis } = problemsOf('Dialogue:\n  Mara (⟦3s|timestamp-malformed⟧): "Now."', {}, RULE);
    assert.deepEqual(actual, expected);
    assert.equal(applyFix(text, analysis.problems[0].fixes![0]), 'Dialogue:\n  Mara (00:03): "Now."');
  });
});
