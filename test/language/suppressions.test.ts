import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problemsOf } from '../helpers';

describe('disable comments', () => {
  it('sora-disable-next-line silences the named rule on the next line only', () => {
    const { expected, actual } = problemsOf(
      ['Camera: pan', '// sora-disable-next-line vague-adjective', 'Style: epic', 'Style: ⟦epic|vague-adjective⟧'].join('\n'),
    );
    assert.deepEqual(actual, expected);
  });

  it('leaves other rules on that line alone, and with no rule id silences them all', () => {
    const { expected, actual } = problemsOf(
      [
        '---', 'duration: 8s', '---',
        'Camera: pan',
        '// sora-disable-next-line vague-adjective',
        'Audio: an epic boom at ⟦00:09|timestamp-out-of-range⟧',
        '// sora-disable-next-line',
        'Audio: an epic boom at 00:09',
      ].join('\n'),
    );
    assert.deepEqual(actual, expected);
  });

  it('sora-disable turns a rule off until sora-enable', () => {
    const { expected, actual } = problemsOf(
      ['Camera: pan', '// sora-disable vague-adjective, unknown-field', 'Style: epic', 'Camra: x', '// sora-enable vague-adjective', 'Style: ⟦epic|vague-adjective⟧', 'Camra: y'].join('\n'),
    );
    assert.deepEqual(actual, expected);
  });
});

describe('disable comments: sora-disable-line and misspelt keywords', () => {
  it('sora-disable-line at the end of a line silences the named rule on that line only', () => {
    const { expected, actual } = problemsOf(
      ['Camera: pan', 'Style: epic   // sora-disable-line vague-adjective', 'Style: ⟦epic|vague-adjective⟧'].join('\n'),
      {}, 'vague-adjective',
    );
    assert.deepEqual(actual, expected);
  });

  it('a misspelt keyword is no directive: it switches nothing off, not every rule to the end of the file', () => {
    const { expected, actual } = problemsOf(
      ['Camera: pan', '// ⟦sora-disable-nextline|disable-comment-invalid⟧ vague-adjective', 'Style: ⟦epic|vague-adjective⟧', 'Style: ⟦nice|vague-adjective⟧'].join('\n'),
    );
    assert.deepEqual(actual, expected);
  });
});
