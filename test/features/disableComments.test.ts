import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Analyzer } from '../../server/src/features/analysis';
import { complete } from '../../server/src/features/completion';
import { hover } from '../../server/src/features/hover';
import { cursor, rangeText } from '../text';

function completionsAt(marked: string, settings: unknown = {}) {
  const { text, position } = cursor(marked);
  const suggestions = complete(new Analyzer(settings).analyze(text), position).sort((a, b) => a.sortText.localeCompare(b.sortText));
  return { text, suggestions };
}

function hoverAt(marked: string, settings: unknown = {}) {
  const { text, position } = cursor(marked);
  const info = hover(new Analyzer(settings).analyze(text), position);
  return { text, info };
}

describe('completion in disable comments', () => {
  it('offers the directives after //, replacing the word typed', () => {
    const { text, suggestions } = completionsAt('Camera: pan\n// sora-dis‸\nStyle: epic');
    assert.deepEqual(suggestions.map((s) => s.label), ['sora-disable-next-line', 'sora-disable-line', 'sora-disable', 'sora-enable']);
    assert.equal(rangeText(text, suggestions[0].range), 'sora-dis');
    assert.equal(suggestions[0].insertText, 'sora-disable-next-line ');
  });

  it('offers rule ids after a directive, the rules reported on the covered line first', () => {
    const { text, suggestions } = completionsAt('---\nduration: 8s\n---\nCamera: pan\n// sora-disable-next-line ‸\nAudio: an epic boom at 00:09');
    const labels = suggestions.map((s) => s.label);
    assert.deepEqual(labels.slice(0, 2), ['timestamp-out-of-range', 'vague-adjective']);
    assert.ok(labels.includes('cue-order') && labels.includes('missing-camera'), 'every other rule follows');
    assert.equal(suggestions[0].detail, 'reported on line 6');
    assert.equal(suggestions[2].detail.endsWith('by default'), true);
    assert.equal(rangeText(text, suggestions[0].range), '');
  });

  it('replaces the id being typed, and leaves out ids the comment already names', () => {
    const { text, suggestions } = completionsAt('Camera: pan\nStyle: epic // sora-disable-line unknown-field, vag‸ue');
    const labels = suggestions.map((s) => s.label);
    assert.equal(labels[0], 'vague-adjective', 'the rule reported on this very line comes first');
    assert.ok(!labels.includes('unknown-field'));
    assert.equal(rangeText(text, suggestions[0].range), 'vague');
  });

  it('offers nothing in an ordinary comment after its first word, nor in the reason after " -- "; before the // the line is completed as usual', () => {
    assert.deepEqual(completionsAt('Camera: pan // note to ‸self').suggestions, []);
    assert.deepEqual(completionsAt('Camera: pan\nStyle: epic // sora-disable-line vague-adjective -- the client ‸').suggestions, []);
    const before = completionsAt('Camera: slow pu‸ // sora-disable-line multiple-camera-moves').suggestions;
    assert.ok(before.some((s) => s.label === 'push-in' && s.kind === 'term'), 'camera moves before the comment');
    assert.deepEqual(completionsAt('Camera: pan\n// sora-disable-next-line‸').suggestions.map((s) => s.kind), ['directive', 'directive', 'directive', 'directive']);
  });
});

describe('hover in disable comments', () => {
  it('describes a rule id, with the severity in force when settings change it', () => {
    const { text, info } = hoverAt('// sora-disable-next-line vague-adj‸ective\nStyle: epic', { rules: { 'vague-adjective': 'hint' } });
    assert.ok(info);
    assert.equal(rangeText(text, info.range), 'vague-adjective');
    assert.match(info.markdown, /^\*\*vague-adjective\*\* — An evaluative word/);
    assert.match(info.markdown, /Default severity: warning \(hint in your settings\)\.$/);
  });

  it('says what the directive covers', () => {
    const { text, info } = hoverAt('// sora-dis‸able cue-order, unknown-field\nStyle: epic');
    assert.ok(info);
    assert.equal(rangeText(text, info.range), 'sora-disable');
    assert.match(info.markdown, /^\*\*sora-disable\*\* — disable comment: switches the rules named after it off from here to the end of the file/);
    assert.match(info.markdown, /Here: `cue-order`, `unknown-field`\.$/);
  });

  it('stays quiet on ordinary comments and unknown ids', () => {
    assert.equal(hoverAt('Style: calm // a no‸te').info, undefined);
    assert.equal(hoverAt('// sora-disable-next-line zz‸z\nStyle: calm').info, undefined);
  });
});
