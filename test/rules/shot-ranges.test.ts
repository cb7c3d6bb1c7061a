import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, problemsOf } from '../helpers';

const header = ['---', 'duration: 12s', '---'];

describe('shot-range-backwards', () => {
  const RULE = 'shot-range-backwards';

  it('flags a heading range that ends before it starts, as an error, and swaps the times', () => {
    const { text, expected, actual, analysis } = problemsOf(
      [...header, '# Shot 1 — 00:00-00:04', 'Camera: static', '# Shot 2 — ⟦00:08-00:04|shot-range-backwards⟧ — the climb', 'Camera: tilt up'].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
    const [problem] = analysis.problems;
    assert.equal(problem.severity, 'error');
    assert.equal(
      problem.message,
      "Shot 2's range 00:08-00:04 runs backwards (it ends before it starts): the shot is timed as if its heading had no range, and its cue times are not checked against it.",
    );
    assert.equal(problem.fixes![0].title, 'Swap the times (00:04-00:08)');
    const fixed = applyFix(text, problem.fixes![0]);
    assert.equal(fixed.split('\n')[5], '# Shot 2 — 00:04-00:08 — the climb');
    assert.deepEqual(problemsOf(fixed, {}, RULE).actual, []);
  });

  it('swaps the times of a range written with "to"', () => {
    const { text, analysis } = problemsOf([...header, '# Shot 1 — 0:09 to 0:05', 'Camera: static'].join('\n'), {}, RULE);
    assert.equal(applyFix(text, analysis.problems[0].fixes![0]).split('\n')[3], '# Shot 1 — 0:05 to 0:09');
  });

  it('flags a range that ends where it starts, with no swap to offer', () => {
    const { expected, actual, analysis } = problemsOf([...header, '# Shot 1 — ⟦00:04-00:04|shot-range-backwards⟧', 'Camera: static'].join('\n'), {}, RULE);
    assert.deepEqual(actual, expected);
    assert.match(analysis.problems[0].message, /^Shot 1's range 00:04-00:04 ends where it starts, so it gives the shot no time/);
    assert.equal(analysis.problems[0].fixes, undefined);
  });

  it('leaves forward ranges, headings without a range, and malformed times (timestamp-malformed) alone', () => {
    const { actual } = problemsOf(
      [...header, '# Shot 1 — 00:00-00:04', 'Camera: static', '# Shot 2', 'Camera: pan', '# Shot 3 — 00:75-00:05', 'Camera: pan'].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, []);
  });
});

describe('shot-range-overlap', () => {
  const RULE = 'shot-range-overlap';

  it("flags a shot that starts before the previous shot's range ends, and moves its start", () => {
    const { text, expected, actual, analysis } = problemsOf(
      [...header, '# Shot 1 — 00:00-00:06', 'Camera: static', '# Shot 2 — ⟦00:04|shot-range-overlap⟧-00:10', 'Camera: pan'].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
    const [problem] = analysis.problems;
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.message, 'Shot 2 starts at 00:04, before Shot 1 (00:00-00:06) ends: the shots overlap by 2 s. A clip plays its shots one after another.');
    assert.equal(problem.fixes![0].title, 'Start Shot 2 at 00:06');
    const fixed = applyFix(text, problem.fixes![0]);
    assert.equal(fixed.split('\n')[5], '# Shot 2 — 00:06-00:10');
    assert.deepEqual(problemsOf(fixed, {}).actual, [], 'the fixed file has no problem at all');
  });

  it('offers no new start when the shot would end before it starts', () => {
    const { analysis } = problemsOf([...header, '# Shot 1 — 00:00-00:08', 'Camera: static', '# Shot 2 — 00:05-00:07', 'Camera: pan'].join('\n'), {}, RULE);
    assert.match(analysis.problems[0].message, /overlap by 2 s/, 'the overlap is the second shot, which lies inside the first');
    assert.equal(analysis.problems[0].fixes, undefined);
  });

  it('reports a shot placed before an earlier one as out of order, once, and compares the shots after it with the earlier one', () => {
    const { expected, actual, analysis } = problemsOf(
      [
        ...header,
        '# Shot 1 — 00:00-00:04', 'Camera: static',
        '# Shot 2 — 00:04-00:08', 'Camera: pan',
        '# Shot 3 — ⟦00:01-00:03|shot-range-overlap⟧', 'Camera: pan',
        '# Shot 4 — ⟦00:06|shot-range-overlap⟧-00:12', 'Camera: pan',
      ].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
    assert.equal(
      analysis.problems[0].message,
      'Shot 3 (00:01-00:03) starts before Shot 2 (00:04-00:08) but comes after it in the file: the shots are out of order. Shots play in the order they are written, so these times contradict the shot list.',
    );
    assert.match(analysis.problems[1].message, /^Shot 4 starts at 00:06, before Shot 2 \(00:04-00:08\) ends: the shots overlap by 2 s\./);
  });

  it('compares each shot with the timed shot before it that ends last, so a shot inside a long one is still an overlap for the next', () => {
    const { expected, actual, analysis } = problemsOf(
      [
        ...header,
        '# Shot 1 — 00:00-00:10', 'Camera: static',
        '# Shot 2 — ⟦00:02|shot-range-overlap⟧-00:04', 'Camera: pan',
        '# Shot 3 — ⟦00:04|shot-range-overlap⟧-00:11', 'Camera: pan',
      ].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
    assert.match(analysis.problems[1].message, /before Shot 1 \(00:00-00:10\) ends: the shots overlap by 6 s/);
  });

  it('compares with the last timed shot, skipping shots without a range and backwards ranges', () => {
    const { expected, actual } = problemsOf(
      [
        ...header,
        '# Shot 1 — 00:00-00:05', 'Camera: static',
        '# Shot 2', 'Camera: pan',
        '# Shot 3 — 00:09-00:06', 'Camera: pan',
        '# Shot 4 — ⟦00:03|shot-range-overlap⟧-00:08', 'Camera: pan',
        '# Shot 5 — 00:08-00:12', 'Camera: pan',
      ].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
  });

  it('lets a shot start exactly where the previous one ends', () => {
    const { actual } = problemsOf([...header, '# Shot 1 — 00:00-00:04.5', 'Camera: static', '# Shot 2 — 00:04.5-00:08', 'Camera: pan'].join('\n'), {}, RULE);
    assert.deepEqual(actual, []);
  });
});
