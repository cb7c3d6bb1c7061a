import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Analyzer } from '../../server/src/features/analysis';
import { applyFix, fixture, found } from '../helpers';

const RULE = 'model-retired';
const AFTER = '2026-11-29';

/** problemsOf, on a fixed date, for this rule only. */
function on(today: string, marked: string, settings: unknown = {}) {
  const { text, expected } = fixture(marked);
  const analysis = new Analyzer(settings, { today }).analyze(text);
  const problems = analysis.problems.filter((p) => p.ruleId === RULE);
  return { text, expected: expected.filter((e) => e.ruleId === RULE), actual: found(problems), problems };
}

describe(RULE, () => {
  it('flags a retired Runway model on the model value, as information, naming the date and the successor', () => {
    const { expected, actual, problems } = on(AFTER, '---\nmodel: ⟦runway-gen3|model-retired⟧\n---\nCamera: slow push-in');
    assert.deepEqual(actual, expected);
    assert.equal(problems[0].severity, 'information');
    assert.equal(problems[0].message, 'runway-gen3: model retired on 2026-07-30; requests for it are refused. Use runway-gen4.');
  });

  it('offers the successor as the preferred, not automatic, fix; the fixed file is not flagged', () => {
    const { text, problems } = on(AFTER, '---\nmodel: runway-gen3\nduration: 5s\n---\nCamera: slow push-in');
    const [fix] = problems[0].fixes!;
    assert.equal(fix.title, 'Change model to runway-gen4');
    assert.equal(fix.preferred, true);
    assert.ok(!fix.automatic, 'changing the model changes what is made: not part of fix-all');
    const fixed = applyFix(text, fix);
    assert.equal(fixed, '---\nmodel: runway-gen4\nduration: 5s\n---\nCamera: slow push-in');
    assert.deepEqual(on(AFTER, fixed).actual, []);
  });

  it('leaves Sora alone: its API shut down but the app takes the same prompts (the export says so instead)', () => {
    for (const id of ['sora-2', 'sora-2-pro']) {
      assert.deepEqual(on(AFTER, `---\nmodel: ${id}\n---\nCamera: pan`).actual, [], id);
    }
  });

  it('is silent before and on the retirement date', () => {
    assert.deepEqual(on('2026-07-30', '---\nmodel: runway-gen3\n---\n').actual, []);
    assert.equal(on('2026-07-31', '---\nmodel: runway-gen3\n---\n').actual.length, 1);
    assert.deepEqual(on('2026-07-29', '---\nmodel: runway-gen3\n---\n').actual, []);
  });

  it('leaves models with no retirement, unknown models and files that rely on the default model alone', () => {
    for (const id of ['veo-3', 'veo-3.1', 'runway-gen4', 'my-model', '']) {
      assert.deepEqual(on(AFTER, `---\nmodel: ${id}\n---\nCamera: pan`).actual, [], id);
    }
    assert.deepEqual(on(AFTER, 'Scene: dusk\nCamera: pan').actual, [], 'default sora-2, not named');
    assert.deepEqual(on(AFTER, 'Scene: dusk', { defaultModel: 'runway-gen3' }).actual, [], 'default from settings, not named');
  });

  it('reads the model name in any case', () => {
    const { expected, actual } = on(AFTER, '---\nModel: ⟦Runway-Gen3|model-retired⟧\n---\n');
    assert.deepEqual(actual, expected);
  });

  it('a profile added in settings that extends a retired one is not retired', () => {
    assert.deepEqual(on(AFTER, '---\nmodel: my-gen3\n---\n', { models: { 'my-gen3': { extends: 'runway-gen3' } } }).actual, []);
  });

  it('can be raised, turned off, or disabled for the line', () => {
    assert.equal(on(AFTER, '---\nmodel: runway-gen3\n---\n', { rules: { [RULE]: 'warning' } }).problems[0].severity, 'warning');
    assert.deepEqual(on(AFTER, '---\nmodel: runway-gen3\n---\n', { rules: { [RULE]: 'off' } }).actual, []);
    assert.deepEqual(on(AFTER, `---\n// sora-disable-next-line ${RULE}\nmodel: runway-gen3\n---\n`).actual, []);
  });

  it('uses the current UTC date when the Analyzer is given none', () => {
    const before = new Date().toISOString().slice(0, 10);
    const today = new Analyzer().today;
    const after = new Date().toISOString().slice(0, 10);
    assert.ok(today === before || today === after, today);
    assert.match(today, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(new Analyzer({}, { today: '2000-01-01' }).today, '2000-01-01');
  });
});
