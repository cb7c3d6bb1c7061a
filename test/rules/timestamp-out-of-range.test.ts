import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problemsOf } from '../helpers';

const RULE = 'timestamp-out-of-range';

describe(RULE, () => {
  it('flags a cue at or past the end of the clip set in front matter, as an error', () => {
    const { expected, actual, analysis } = problemsOf(
      ['---', 'duration: 12s', '---', 'Audio: thunder at ⟦00:15|timestamp-out-of-range⟧, a bell at 00:11, silence at ⟦00:12|timestamp-out-of-range⟧.'].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
    assert.equal(analysis.problems[0].severity, 'error');
    assert.equal(analysis.problems[0].message, '00:15 is past the end of the 12 s clip: nothing plays there.');
    assert.match(analysis.problems[1].message, /^00:12 is at the end of the 12 s clip/);
  });

  it("uses the model's longest duration when the file sets none", () => {
    const { expected, actual, analysis } = problemsOf(
      ['---', 'model: veo-3', '---', 'Audio: a door at 00:07, a dog at ⟦00:09|timestamp-out-of-range⟧.'].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
    assert.match(analysis.problems[0].message, /8 s clip \(the longest veo-3 offers/);
  });

  it('checks dialogue times and shot headings, and lets a shot end exactly at the clip end', () => {
    const { expected, actual } = problemsOf(
      [
        '---', 'duration: 8s', '---',
        '# Shot 1 — 00:00-00:04',
        'Camera: static',
        '# Shot 2 — 00:04-00:08',
        'Camera: pan',
        'Dialogue:',
        '  Ana (⟦00:09|timestamp-out-of-range⟧): "Late."',
        '# Shot 3 — ⟦00:08|timestamp-out-of-range⟧-⟦00:10|timestamp-out-of-range⟧',
      ].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
  });

  it("flags a cue outside its own shot's range, saying times count from the clip start", () => {
    const { expected, actual, analysis } = problemsOf(
      ['---', 'duration: 12s', '---', '# Shot 2 — 00:05-00:12 — landing', 'Audio: thud at ⟦00:02|timestamp-out-of-range⟧; door at 00:10'].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
    assert.equal(
      analysis.problems[0].message,
      '00:02 is outside Shot 2 (00:05-00:12); cue times count from the start of the clip, not of the shot.',
    );
  });

  it('leaves clock readings in visual fields alone', () => {
    const { actual } = problemsOf(['---', 'duration: 4s', '---', 'Scene: a station clock reads 12:30.'].join('\n'), {}, RULE);
    assert.deepEqual(actual, []);
  });
});

describe(`${RULE}: ranges inside fields`, () => {
  it('lets a range in Audio end exactly at the end of its shot or clip, but not start there', () => {
    const { expected, actual } = problemsOf(
      ['---', 'duration: 8s', '---', '# Shot 1 — 00:00-00:08', 'Audio: music 00:04-00:08; a bell ⟦00:08|timestamp-out-of-range⟧-⟦00:09|timestamp-out-of-range⟧'].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
  });
});
