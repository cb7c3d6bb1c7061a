import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, problemsOf } from '../helpers';

const RULE = 'multiple-camera-moves';

describe(RULE, () => {
  it('flags the second and later camera moves of a shot, as warnings, and names the earlier ones', () => {
    const { expected, actual, analysis } = problemsOf(
      'Camera: slow push-in, then ⟦tilt up|multiple-camera-moves⟧ and ⟦pan left|multiple-camera-moves⟧ to the window',
      {},
      RULE,
    );
    assert.deepEqual(actual, expected);
    const [second, third] = analysis.problems;
    assert.equal(second.severity, 'warning');
    assert.equal(
      second.message,
      '"tilt up" is camera move 2 in Shot 1, after "push-in". The Sora and Runway prompting guides advise one camera move per shot: several moves fight each other, and the model blends or drops them. Keep one, or split the shot.',
    );
    assert.match(third.message, /^"pan left" is camera move 3 in Shot 1, after "push-in" and "tilt up"\./);
    assert.equal(second.fixes, undefined);
  });

  it('counts across all Camera fields of a shot (aliases too), and each shot on its own', () => {
    const text = [
      '# Shot 1 — 00:00-00:04 — the door',
      'Camera: medium shot, slow push-in',
      'Cinematography: ⟦crane up|multiple-camera-moves⟧ at the end',
      '# Shot 2 — 00:04-00:08 — the hall',
      'Camera: tracking shot along the corridor',
      '# Shot 3 — 00:08-00:12 — the stairs',
      'Shot: tilt up the stairwell',
    ].join('\n');
    const { expected, actual, analysis } = problemsOf(text, {}, RULE);
    assert.deepEqual(actual, expected);
    assert.match(analysis.problems[0].message, /^"crane up" is camera move 2 in Shot 1, after "push-in"\./);
  });

  it('reports a static camera together with a move as a contradiction', () => {
    const { expected, actual, analysis } = problemsOf('Camera: locked off, 50mm, slow ⟦push-in|multiple-camera-moves⟧', {}, RULE);
    assert.deepEqual(actual, expected);
    assert.match(analysis.problems[0].message, /^Shot 1 asks for a static camera \("locked off"\) and a move \("push-in"\): they contradict each other\./);
    const after = problemsOf('Camera: slow push-in that ends ⟦locked off|multiple-camera-moves⟧', {}, RULE);
    assert.deepEqual(after.actual, after.expected);
    assert.match(after.analysis.problems[0].message, /^Shot 1 asks for a static camera \("locked off"\) after "push-in"/);
  });

  it('does not count rigs, shot sizes, angles, lens or focus terms', () => {
    const text = 'Camera: handheld, Steadicam, drone shot, low angle, close-up, rack focus, 85mm, slow push-in';
    assert.deepEqual(problemsOf(text, {}, RULE).actual, []);
  });

  it('counts the same move named twice once, but the same move the other way twice', () => {
    assert.deepEqual(problemsOf('Camera: push-in; the dolly in ends on her eyes; slow pan, pan left', {}, RULE).actual.length, 1);
    assert.deepEqual(problemsOf('Camera: push-in; the dolly in ends on her eyes', {}, RULE).actual, []);
    const { expected, actual } = problemsOf('Camera: pan left, then ⟦pan right|multiple-camera-moves⟧', {}, RULE);
    assert.deepEqual(actual, expected);
  });

  it('skips moves the text rules out', () => {
    assert.deepEqual(problemsOf('Camera: slow push-in, no zoom, without any pan or tilt', {}, RULE).actual, []);
    assert.deepEqual(problemsOf('Camera: locked off, never pans', {}, RULE).actual, []);
  });

  it('only reads Camera fields: moves named in Motion or Scene, and comments, are not camera directions', () => {
    const text = 'Camera: slow push-in // then a tilt up?\nMotion: the crane swings; she pans the room with a flashlight\nScene: a zoom lens on the table';
    assert.deepEqual(problemsOf(text, {}, RULE).actual, []);
  });

  it('keeps the shipped examples clean', () => {
    const rooftop = 'Camera: Wide shot, tracking left to right at runner height, 24mm.\n# Shot 2\nCamera: Low angle, handheld, slow push-in on the courier\'s face, 85mm, shallow depth of field.';
    assert.deepEqual(problemsOf(rooftop, {}, RULE).actual, []);
    assert.deepEqual(problemsOf('Camera: Slow push-in, 50mm depth-of-field, hand-held feel.', {}, RULE).actual, []);
  });

  it('can be turned off or disabled for one line', () => {
    const text = 'Camera: push-in, tilt up';
    assert.deepEqual(problemsOf(text, { rules: { [RULE]: 'off' } }, RULE).actual, []);
    assert.deepEqual(problemsOf(`// sora-disable-next-line ${RULE}\n${text}`, {}, RULE).actual, []);
    assert.equal(analyze(text, { rules: { [RULE]: 'error' } }).problems.find((p) => p.ruleId === RULE)!.severity, 'error');
  });
});
