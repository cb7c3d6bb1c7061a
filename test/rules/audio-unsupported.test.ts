import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, applyFix, problemsOf } from '../helpers';

const RULE = 'audio-unsupported';
const RUNWAY = '---\nmodel: runway-gen4\n---\n';

describe(RULE, () => {
  it('flags Audio and Dialogue field names for a model without sound, as a warning', () => {
    const { expected, actual, analysis } = problemsOf(
      `${RUNWAY}Camera: slow push-in\n⟦Audio|audio-unsupported⟧: rain on the roof\n⟦Dialogue|audio-unsupported⟧:\n  Ana: "Hi."`,
      {},
      RULE,
    );
    assert.deepEqual(actual, expected);
    assert.equal(analysis.problems[0].severity, 'warning');
    assert.match(analysis.problems[0].message, /^runway-gen4 generates no sound: the sound in this Audio field is never heard, and the export leaves the field out\./);
    assert.match(analysis.problems[1].message, /the speech in this Dialogue field/);
  });

  it('flags every alias (Sound, SFX, Music, Dialog) and Runway Gen-3 too', () => {
    const text = '---\nmodel: runway-gen3\n---\n⟦Sound|audio-unsupported⟧: a\n⟦SFX|audio-unsupported⟧: b\n⟦Music|audio-unsupported⟧: c\n⟦Dialog|audio-unsupported⟧: Ana: "d"';
    const { expected, actual } = problemsOf(text, {}, RULE);
    assert.deepEqual(actual, expected);
  });

  it('leaves models with sound alone, and other fields', () => {
    for (const model of ['sora-2', 'veo-3', 'veo-3.1']) {
      assert.deepEqual(problemsOf(`---\nmodel: ${model}\n---\nAudio: rain\nDialogue:\n  Ana: "Hi."`, {}, RULE).actual, [], model);
    }
    assert.deepEqual(problemsOf('Audio: rain', {}, RULE).actual, [], 'default model sora-2 has sound');
    assert.deepEqual(problemsOf(`${RUNWAY}Scene: a silent street\nStyle: no music feel`, {}, RULE).actual, []);
  });

  it('follows a profile override that turns audio off', () => {
    assert.equal(problemsOf('Audio: rain', { models: { 'sora-2': { audio: false } } }, RULE).actual.length, 1);
  });

  it('offers to remove the field with its continuation lines; not preferred, not automatic', () => {
    const text = `${RUNWAY}Camera: slow push-in\nAudio: rain on the roof,\n  thunder far off at 00:03\nMotion: she turns`;
    const [problem] = analyze(text).problems.filter((p) => p.ruleId === RULE);
    assert.equal(problem.fixes!.length, 1);
    const [fix] = problem.fixes!;
    assert.equal(fix.title, 'Remove the Audio field');
    assert.ok(!fix.preferred && !fix.automatic);
    const fixed = applyFix(text, fix);
    assert.equal(fixed, `${RUNWAY}Camera: slow push-in\nMotion: she turns`);
    assert.deepEqual(problemsOf(fixed, {}, RULE).actual, []);
  });

  it('removes a Dialogue field at the end of the file, speaker lines included', () => {
    const text = `${RUNWAY}Camera: pan\nDialogue:\n  Ana: "Hi."\n  Ben: "Hello."`;
    const [problem] = analyze(text).problems.filter((p) => p.ruleId === RULE);
    const fixed = applyFix(text, problem.fixes![0]);
    assert.equal(fixed, `${RUNWAY}Camera: pan\n`);
    assert.deepEqual(problemsOf(fixed, {}, RULE).actual, []);
  });

  it('can be turned off or disabled for one line', () => {
    assert.deepEqual(problemsOf(`${RUNWAY}Audio: rain`, { rules: { [RULE]: 'off' } }, RULE).actual, []);
    assert.deepEqual(problemsOf(`${RUNWAY}// sora-disable-next-line ${RULE}\nAudio: rain`, {}, RULE).actual, []);
    assert.equal(analyze(`${RUNWAY}Audio: rain`, { rules: { [RULE]: 'error' } }).problems.find((p) => p.ruleId === RULE)!.severity, 'error');
  });
});
