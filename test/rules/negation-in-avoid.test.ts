import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAll } from '../../server/src/features/codeActions';
import { analyze, applyFix, problemsOf } from '../helpers';

const RULE = 'negation-in-avoid';
const VEO = '---\nmodel: veo-3\n---\n';

function problems(text: string) {
  return analyze(text).problems.filter((p) => p.ruleId === RULE);
}

describe(RULE, () => {
  it('flags negation words in Avoid items for Veo, as warnings', () => {
    const text = `${VEO}Avoid: ⟦no|negation-in-avoid⟧ logos, ⟦don't show|negation-in-avoid⟧ watermarks; ⟦without any|negation-in-avoid⟧ text, ⟦never|negation-in-avoid⟧ blurry faces`;
    const { expected, actual, analysis } = problemsOf(text, {}, RULE);
    assert.deepEqual(actual, expected);
    assert.ok(analysis.problems.every((p) => p.severity === 'warning'));
    assert.equal(
      analysis.problems[0].message,
      '"no" in an Avoid item: veo-3\'s negative prompt is a list of things, and a negation in it can turn into the thing itself. Write just what must not appear.',
    );
  });

  it('covers veo-3.1, the Negative alias, bullets, "not", "do not" and curly apostrophes', () => {
    const text = '---\nmodel: veo-3.1\n---\nNegative:\n  - ⟦No|negation-in-avoid⟧ lens flares\n  - ⟦do not|negation-in-avoid⟧ crowds\n  - ⟦don’t|negation-in-avoid⟧ rain\n  - ⟦not|negation-in-avoid⟧ night';
    const { expected, actual } = problemsOf(text, {}, RULE);
    assert.deepEqual(actual, expected);
  });

  it('removes the negation word: automatic and preferred; the fixed text is clean', () => {
    const cases: Array<[string, string]> = [
      ['Avoid: no logos', 'Avoid: logos'],
      ['Avoid: No logos, text', 'Avoid: Logos, text'],
      ["Avoid: boats, don't show watermarks", 'Avoid: boats, watermarks'],
      ['Avoid: logos and no text', 'Avoid: logos and text'],
      ['Avoid: without any subtitles.', 'Avoid: subtitles.'],
    ];
    for (const [before, after] of cases) {
      const [problem] = problems(VEO + before);
      const [fix] = problem.fixes!;
      assert.ok(fix.preferred && fix.automatic, before);
      assert.equal(applyFix(VEO + before, fix), VEO + after, before);
      assert.deepEqual(problemsOf(VEO + after, {}, RULE).actual, [], after);
    }
  });

  it('turns "no one" into "people"', () => {
    const text = `${VEO}Avoid: no one in the background`;
    const [fix] = problems(text)[0].fixes!;
    assert.equal(fix.title, 'Replace "no one" with "people"');
    const after = applyFix(text, fix);
    assert.equal(after, `${VEO}Avoid: people in the background`);
    assert.deepEqual(problemsOf(after, {}, RULE).actual, []);
  });

  it('reports a negation inside an item without a fix: removing it would change the meaning', () => {
    const { expected, actual, analysis } = problemsOf(`${VEO}Avoid: people ⟦not|negation-in-avoid⟧ in focus, cars ⟦without|negation-in-avoid⟧ wheels`, {}, RULE);
    assert.deepEqual(actual, expected);
    assert.ok(analysis.problems.every((p) => p.fixes === undefined));
    assert.match(analysis.problems[0].message, /\(rephrase this item as a plain noun phrase\)\.$/);
  });

  it('fix-all applies every removal at once', () => {
    const text = `${VEO}Avoid: no logos, no text, without subtitles`;
    const analysis = analyze(text);
    const after = applyFix(text, { title: 'all', edits: fixAll(analysis) });
    assert.equal(after, `${VEO}Avoid: logos, text, subtitles`);
  });

  it('leaves plain lists, words that contain a negation, other fields and models without a negative prompt alone', () => {
    assert.deepEqual(problemsOf(`${VEO}Avoid: logos, text on screen, knots, nothingness, cannot-style signs`, {}, RULE).actual, []);
    assert.deepEqual(problemsOf(`${VEO}Style: warm tones, no grain`, {}, RULE).actual, []);
    assert.deepEqual(problemsOf('Avoid: no logos', {}, RULE).actual, [], 'sora-2: negative-unsupported covers it');
    assert.deepEqual(problemsOf('---\nmodel: runway-gen4\n---\nAvoid: no logos', {}, RULE).actual, []);
  });

  it('can be turned off or disabled for one line', () => {
    assert.deepEqual(problemsOf(`${VEO}Avoid: no logos`, { rules: { [RULE]: 'off' } }, RULE).actual, []);
    assert.deepEqual(problemsOf(`${VEO}// sora-disable-next-line ${RULE}\nAvoid: no logos`, {}, RULE).actual, []);
    assert.equal(analyze(`${VEO}Avoid: no logos`, { rules: { [RULE]: 'error' } }).problems.find((p) => p.ruleId === RULE)!.severity, 'error');
  });
});
