import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, problemsOf } from '../helpers';

const RULE = 'cue-order';

describe(RULE, () => {
  it('flags an Audio cue earlier than the cue written before it, as a warning', () => {
    const { expected, actual, analysis } = problemsOf(
      ['---', 'duration: 12s', '---', 'Audio: thunder at 00:06, a dog barks at ⟦00:02|cue-order⟧, rain from 00:07.'].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
    assert.equal(analysis.problems[0].severity, 'warning');
    assert.equal(
      analysis.problems[0].message,
      '00:02 is written after 00:06 in this Audio field but plays before it: list cues in the order they play, so the field reads as one timeline.',
    );
  });

  it('says why for dialogue lines whose times run against the script', () => {
    const { expected, actual, analysis } = problemsOf(
      ['---', 'duration: 12s', '---', 'Dialogue:', '  Ana (00:04): "You came."', '  Ben (⟦00:03|cue-order⟧): "I said I would."', '  Ana (00:07): "Then stay."'].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
    assert.match(analysis.problems[0].message, /^00:03 is written after 00:04 in this Dialogue field but plays before it: lines are spoken in the order they are written/);
  });

  it('compares each cue with the one just before it, so one misplaced cue is reported once', () => {
    const { expected, actual } = problemsOf(
      ['---', 'duration: 12s', '---', 'Audio: a bell 00:01, a horn 00:09, steps ⟦00:03|cue-order⟧, a door 00:04, wind 00:05.'].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
  });

  it('places a range by its start, and checks each field on its own', () => {
    const { actual } = problemsOf(
      [
        '---', 'duration: 12s', '---',
        '# Shot 1 — 00:00-00:10',
        'Camera: static',
        'Audio: music 00:00-00:08, a gull at 00:03.',
        'Dialogue:',
        '  Ana (00:01): "Look."',
        'Scene: the clock reads 10:30, then 09:15.',
      ].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, []);
  });

  it('skips a malformed time (timestamp-malformed reports it) without losing its place', () => {
    const { expected, actual } = problemsOf(
      ['---', 'duration: 12s', '---', 'Audio: a bell 00:05, a horn 00:75, steps ⟦00:02|cue-order⟧.'].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
  });
});

describe(`${RULE}: ranges inside fields`, () => {
  it('lets a range that spans the cue before it stand after it: a sound laid under that cue', () => {
    const { expected, actual } = problemsOf(
      ['---', 'duration: 12s', '---', 'Audio: a door slams at 00:03; soft rain 00:00-00:08 underneath; thunder at 00:05; a gull ⟦00:01|cue-order⟧-00:02.'].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
  });

  it('flags a range that runs backwards, on its end, and swaps the times', () => {
    const { text, expected, actual, analysis } = problemsOf(
      ['---', 'duration: 12s', '---', 'Audio: rain 00:02-00:05, music 00:08-⟦00:04|cue-order⟧, a horn at 00:09.'].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
    assert.equal(analysis.problems[0].message, '00:04 ends a range that starts at 00:08: the range runs backwards. Write the earlier time first.');
    const fixed = applyFix(text, analysis.problems[0].fixes![0]);
    assert.equal(fixed.split('\n')[3], 'Audio: rain 00:02-00:05, music 00:04-00:08, a horn at 00:09.');
    assert.deepEqual(problemsOf(fixed, {}, RULE).actual, []);
  });
});
