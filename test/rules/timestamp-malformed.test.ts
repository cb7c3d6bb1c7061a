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
    const settings = { defaultModel: 'sora-2', models: { 'sora-2': { durations: [4, 8, 12, 90] } } };
    const text = '---\nduration: 90s\n---\nAudio: a bell at 00:75';
    const { analysis } = problemsOf(text, settings, RULE);
    const fix = analysis.problems[0].fixes![0];
    assert.equal(fix.title, 'Change "00:75" to "01:15"');
    assert.equal(fix.preferred, true);
    const fixed = applyFix(text, fix);
    assert.equal(fixed, '---\nduration: 90s\n---\nAudio: a bell at 01:15');
    assert.deepEqual(problemsOf(fixed, settings, RULE).actual, []);
    assert.deepEqual(problemsOf(fixed, settings, 'timestamp-out-of-range').actual, [], 'and within the 90 s clip');
  });

  it('says so when the spelling put right lies past the end of the clip, and prefers nothing (fix-all leaves it)', () => {
    const text = '---\nduration: 12s\n---\nCamera: pan\nAudio: a bell at 00:75';
    const fix = problemsOf(text, {}, RULE).analysis.problems[0].fixes![0];
    assert.equal(fix.title, 'Change "00:75" to "01:15" (past the end of the 12 s clip)');
    assert.equal(fix.preferred, false);
    assert.equal(fix.automatic, false);
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
