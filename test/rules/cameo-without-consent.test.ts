import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, problemsOf } from '../helpers';

const RULE = 'cameo-without-consent';

describe(RULE, () => {
  it('flags each named person without recorded consent, as an error', () => {
    const { expected, actual, analysis } = problemsOf('Camera: pan\nCameo: ⟦Ana Lopez|cameo-without-consent⟧', {}, RULE);
    assert.deepEqual(actual, expected);
    const [problem] = analysis.problems;
    assert.equal(problem.severity, 'error');
    assert.equal(
      problem.message,
      'No recorded consent for a cameo of "Ana Lopez". A real person\'s likeness may appear only with their consent on record (the Sora app gates cameos on it). When Ana Lopez has agreed, add the name to the setting sora.cameo.consented; otherwise remove the cameo.',
    );
    assert.equal(problem.fixes, undefined);
  });

  it('splits the field on commas, semicolons, "and" and "&", and reports only those not consented', () => {
    const settings = { cameo: { consented: ['ana lopez', 'Ben'] } };
    const text = 'Cameo: Ana Lopez, ⟦Carla|cameo-without-consent⟧ and ben; ⟦@sam|cameo-without-consent⟧ & ⟦Dev Patel|cameo-without-consent⟧';
    const { expected, actual } = problemsOf(text, settings, RULE);
    assert.deepEqual(actual, expected);
  });

  it('matches names case-insensitively, ignoring spacing, an @ handle mark and a description', () => {
    const settings = { cameo: { consented: ['  Ana   Lopez ', '@Sam'] } };
    assert.deepEqual(problemsOf('Cameo: ANA LOPEZ (as the barista), sam.', settings, RULE).actual, []);
    const { expected, actual } = problemsOf('Cameo: ⟦Carla|cameo-without-consent⟧ as the courier', settings, RULE);
    assert.deepEqual(actual, expected);
  });

  it('reads every line of a multi-line Cameo field and every shot', () => {
    const text = '# Shot 1\nCameo:\n  ⟦Ana|cameo-without-consent⟧\n  ⟦Ben|cameo-without-consent⟧\n# Shot 2\nCameo: ⟦Ana|cameo-without-consent⟧';
    const { expected, actual } = problemsOf(text, {}, RULE);
    assert.deepEqual(actual, expected);
  });

  it('says nothing when the field names nobody, and never reads names elsewhere', () => {
    assert.deepEqual(problemsOf('Cameo: none', {}, RULE).actual, []);
    assert.deepEqual(problemsOf('Cameo:', {}, RULE).actual, []);
    assert.deepEqual(problemsOf('Cameo: // to decide later', {}, RULE).actual, []);
    assert.deepEqual(problemsOf('Subject: Ana Lopez at the counter\nDialogue:\n  Ana: "Hi."', {}, RULE).actual, []);
  });

  it('ignores malformed consent settings rather than failing', () => {
    assert.equal(problemsOf('Cameo: Ana', { cameo: { consented: 'Ana' } }, RULE).actual.length, 1);
    assert.deepEqual(problemsOf('Cameo: Ana', { cameo: { consented: ['Ana', 3, null] } }, RULE).actual, []);
  });

  it('can be lowered, turned off or disabled for one line', () => {
    assert.deepEqual(problemsOf('Cameo: Ana', { rules: { [RULE]: 'off' } }, RULE).actual, []);
    assert.deepEqual(problemsOf(`// sora-disable-next-line ${RULE}\nCameo: Ana`, {}, RULE).actual, []);
    assert.equal(analyze('Cameo: Ana', { rules: { [RULE]: 'warning' } }).problems.find((p) => p.ruleId === RULE)!.severity, 'warning');
  });
});
