import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, problemsOf } from '../helpers';

const RULE = 'negative-unsupported';

describe(RULE, () => {
  it('flags the Avoid field name for Sora, as a hint, and explains what the export does', () => {
    const { expected, actual, analysis } = problemsOf('Camera: pan\n⟦Avoid|negative-unsupported⟧: logos, text on screen', {}, RULE);
    assert.deepEqual(actual, expected);
    const [problem] = analysis.problems;
    assert.equal(problem.severity, 'hint');
    assert.equal(
      problem.message,
      'sora-2 has no negative prompt: the export turns this list into an instruction in the prompt ("Keep the frame clear of: …"), and naming a thing can still draw it in. Better: describe what should be there instead (a plain white cup rather than "logos").',
    );
    assert.equal(problem.fixes, undefined);
  });

  it('flags the Negative alias and every Avoid field, for Sora Pro and both Runway models', () => {
    for (const model of ['sora-2-pro', 'runway-gen3', 'runway-gen4']) {
      const text = `---\nmodel: ${model}\n---\n# Shot 1\n⟦Negative|negative-unsupported⟧: logos\n# Shot 2\n⟦Avoid|negative-unsupported⟧:\n  - hands in frame`;
      const { expected, actual } = problemsOf(text, {}, RULE);
      assert.deepEqual(actual, expected, model);
    }
  });

  it('leaves Veo (which has a negative prompt), empty Avoid lines and inline "no grain" in Style alone', () => {
    assert.deepEqual(problemsOf('---\nmodel: veo-3\n---\nAvoid: logos', {}, RULE).actual, []);
    assert.deepEqual(problemsOf('---\nmodel: veo-3.1\n---\nAvoid: logos', {}, RULE).actual, []);
    assert.deepEqual(problemsOf('Camera: pan\nAvoid:', {}, RULE).actual, []);
    assert.deepEqual(problemsOf('Style: warm tones, no grain', {}, RULE).actual, []);
  });

  it('follows a profile override that adds a negative prompt', () => {
    assert.deepEqual(problemsOf('Avoid: logos', { models: { 'sora-2': { negativePrompt: true } } }, RULE).actual, []);
  });

  it('can be turned off or disabled for one line', () => {
    assert.deepEqual(problemsOf('Avoid: logos', { rules: { [RULE]: 'off' } }, RULE).actual, []);
    assert.deepEqual(problemsOf(`// sora-disable-next-line ${RULE}\nAvoid: logos`, {}, RULE).actual, []);
    assert.equal(analyze('Avoid: logos', { rules: { [RULE]: 'warning' } }).problems.find((p) => p.ruleId === RULE)!.severity, 'warning');
  });
});
