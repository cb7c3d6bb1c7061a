import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorkFocus } from '../../server/src/features/workFocus';

const typed = (line: number, text = 'e') => ({ startLine: line, endLine: line, text });

describe('WorkFocus (where the shown problems are chosen around)', () => {
  it('follows edits and the cursor while every problem is shown, without asking for a new publish', () => {
    const focus = new WorkFocus();
    assert.equal(focus.line, 0);
    focus.edited([typed(40)]);
    assert.equal(focus.line, 40);
    assert.equal(focus.cursorAt(7), false, 'nothing is held back, so nothing changes');
    assert.equal(focus.line, 7);
  });

  it('stays put while the user works among the shown problems, and follows them elsewhere', () => {
    const focus = new WorkFocus();
    focus.shown({ severity: 'warning', startLine: 100, endLine: 140 });
    focus.edited([typed(120)]);
    assert.equal(focus.line, 0, 'an edit among the shown problems keeps them');
    assert.equal(focus.cursorAt(139), false);
    assert.equal(focus.line, 0);
    assert.equal(focus.cursorAt(300), true, 'the cursor left them: the problems there are to be sent');
    assert.equal(focus.line, 300);
  });

  it('does not move for several changes at once (formatting, fix-all), but keeps to the text they move', () => {
    const focus = new WorkFocus();
    focus.edited([typed(50)]);
    focus.shown({ severity: 'warning', startLine: 45, endLine: 55 });
    focus.edited([typed(2, 'a\nb\n'), typed(90, '')]);
    assert.equal(focus.line, 52, 'two lines added above move the focus down two');
    assert.equal(focus.cursorAt(57), false, 'the window moved down with its text');
    assert.equal(focus.cursorAt(58), true);
  });

  it('moves with lines removed above it, counting CRLF and CR line breaks once each', () => {
    const focus = new WorkFocus();
    focus.edited([typed(30)]);
    focus.edited([{ startLine: 5, endLine: 9, text: 'one\r\ntwo\rthree' }, { startLine: 40, endLine: 40, text: 'x' }]);
    assert.equal(focus.line, 28, 'lines 5 to 9 became 3 lines: two fewer');
  });
});
