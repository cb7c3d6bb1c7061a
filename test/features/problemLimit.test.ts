import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problemsToShow } from '../../server/src/features/problemLimit';
import { analyze } from '../helpers';

const CAMERA = 'Camera: static wide shot';

// One shot per vague word (a heading, a Camera line, a Style line with the word), and one error:
// a cue after the end of a 4-second clip, in a last shot after them.
function longDraft(shots: number): string {
  const lines = ['---', 'duration: 4s', '---'];
  for (let i = 0; i < shots; i++) lines.push(`## Shot ${i + 1}`, CAMERA, 'Style: a beautiful harbour');
  lines.push('## Last', CAMERA, 'Audio: a bell at 00:09');
  return lines.join('\n');
}

const styleLine = (shot: number) => 5 + 3 * shot;
const errorLine = (shots: number) => 5 + 3 * shots;
const linesOf = (problems: readonly { range: { start: { line: number } } }[]) => problems.map((p) => p.range.start.line);

describe('problemsToShow (sora.maxProblems)', () => {
  it('shows every problem, as the same list, when the file has no more than the limit', () => {
    const analysis = analyze(longDraft(5));
    assert.equal(analysis.problems.length, 6);
    for (const limit of [0, 6, 1000]) {
      const shown = problemsToShow(analysis, limit, 3);
      assert.equal(shown.problems, analysis.problems, `limit ${limit}`);
      assert.equal(shown.window, undefined);
    }
  });

  it('shows the errors first, then the warnings nearest the line being worked on, in order, after a notice', () => {
    const analysis = analyze(longDraft(40));
    const shown = problemsToShow(analysis, 5, styleLine(20));
    const [notice, ...rest] = shown.problems;
    assert.equal(notice.ruleId, 'problem-limit');
    assert.equal(notice.severity, 'information');
    assert.deepEqual(notice.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    assert.equal(
      notice.message,
      'This file has 41 problems and shows 5: every error, then the warnings nearest where you last edited or placed the cursor. Not shown: 36 warnings. Set sora.maxProblems to a higher number, or to 0 to show them all.',
    );
    assert.deepEqual(rest.map((p) => p.ruleId), ['vague-adjective', 'vague-adjective', 'vague-adjective', 'vague-adjective', 'timestamp-out-of-range']);
    assert.deepEqual(linesOf(rest), [styleLine(19), styleLine(20), styleLine(21), styleLine(22), errorLine(40)]);
    assert.deepEqual(shown.window, { severity: 'warning', startLine: styleLine(19), endLine: styleLine(22) });
  });

  it('puts the notice on the first line of a CRLF file too', () => {
    const analysis = analyze(longDraft(40).replace(/\n/g, '\r\n'));
    const [notice] = problemsToShow(analysis, 5, 0).problems;
    assert.deepEqual(notice.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
  });

  it('follows the line being worked on to either end of the file', () => {
    const analysis = analyze(longDraft(40));
    assert.deepEqual(linesOf(problemsToShow(analysis, 3, 0).problems.slice(1)), [styleLine(0), styleLine(1), errorLine(40)]);
    assert.deepEqual(linesOf(problemsToShow(analysis, 3, 10_000).problems.slice(1)), [styleLine(38), styleLine(39), errorLine(40)]);
  });

  it('cuts the errors themselves when they alone pass the limit, and then shows no warning', () => {
    const lines = ['---', 'duration: 4s', '---', CAMERA, 'Style: a beautiful harbour'];
    for (let i = 0; i < 6; i++) lines.push(`Audio: a bell at 00:1${i}`);
    const analysis = analyze(lines.join('\n'));
    const shown = problemsToShow(analysis, 2, 9);
    assert.deepEqual(shown.problems.slice(1).map((p) => `${p.ruleId}@${p.range.start.line}`), ['timestamp-out-of-range@9', 'timestamp-out-of-range@10']);
    assert.deepEqual(shown.window, { severity: 'error', startLine: 9, endLine: 10 });
    // Errors held back leave the editor's error count short: the notice is a warning and says so.
    const [notice] = shown.problems;
    assert.equal(notice.severity, 'warning');
    assert.equal(
      notice.message,
      'This file has 7 problems and shows 2: the errors nearest where you last edited or placed the cursor. Not shown: 4 errors, 1 warning. Set sora.maxProblems to a higher number, or to 0 to show them all.',
    );
  });

  it('says plainly when one severity fills the limit exactly, and names each severity held back', () => {
    const analysis = analyze(longDraft(3) + '\nAvoid: logos');
    assert.deepEqual(analysis.problems.map((p) => p.severity), ['warning', 'warning', 'warning', 'error', 'hint']);
    const shown = problemsToShow(analysis, 1, 0);
    assert.deepEqual(shown.problems.slice(1).map((p) => p.ruleId), ['timestamp-out-of-range']);
    assert.equal(shown.window, undefined);
    assert.equal(shown.problems[0].severity, 'information');
    assert.equal(
      shown.problems[0].message,
      'This file has 5 problems and shows 1: every error. Not shown: 3 warnings, 1 hint. Set sora.maxProblems to a higher number, or to 0 to show them all.',
    );
  });
});
