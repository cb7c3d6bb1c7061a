import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, problemsOf } from '../helpers';

const RULE = 'disable-comment-invalid';

describe(RULE, () => {
  it('flags a rule id that names no rule, suggests the nearest, and the fix makes the comment work', () => {
    const { text, expected, actual, analysis } = problemsOf(
      ['Camera: pan', '// sora-disable-next-line ⟦vague-adjectiv|disable-comment-invalid⟧', 'Style: ⟦epic|vague-adjective⟧'].join('\n'),
    );
    assert.deepEqual(actual, expected);
    const [problem] = analysis.problems;
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.message, 'No rule is called "vague-adjectiv", so this comment switches nothing off for it. Did you mean "vague-adjective"?');
    const fixed = applyFix(text, problem.fixes![0]);
    assert.equal(fixed.split('\n')[1], '// sora-disable-next-line vague-adjective');
    assert.deepEqual(problemsOf(fixed).actual, [], 'the comment now silences the vague word');
    assert.equal(problem.fixes![0].automatic, true);
  });

  it('checks every id of every directive, and says what to do about problem-limit', () => {
    const { expected, actual, analysis } = problemsOf(
      [
        'Camera: pan',
        '// sora-disable ⟦Vague-Adjective|disable-comment-invalid⟧, unknown-field ⟦problem-limit|disable-comment-invalid⟧',
        '// sora-enable ⟦zzz|disable-comment-invalid⟧',
      ].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
    assert.match(analysis.problems[0].message, /Did you mean "vague-adjective"\?$/);
    assert.equal(analysis.problems[1].message, '"problem-limit" is a notice, not a rule: no comment switches it off. Set sora.maxProblems to 0 to show every problem instead.');
    assert.equal(analysis.problems[2].message, 'No rule is called "zzz", so this comment switches nothing off for it. Rule ids are the codes the Problems panel shows, such as vague-adjective; a reason for people goes after " -- ".');
    assert.equal(analysis.problems[2].fixes, undefined);
  });

  it('flags a misspelt directive and corrects it, but leaves notes that merely start with sora- alone', () => {
    const { text, expected, actual, analysis } = problemsOf(
      ['Camera: pan', '// sora-2 is the default model here', 'Style: calm // ⟦sora-disabel-line|disable-comment-invalid⟧ vague-adjective'].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
    assert.equal(analysis.problems[0].message, '"sora-disabel-line" is not a disable comment, so it switches nothing off. Did you mean "sora-disable-line"?');
    assert.equal(applyFix(text, analysis.problems[0].fixes![0]).split('\n')[2], 'Style: calm // sora-disable-line vague-adjective');
  });

  it('says when the keyword itself is right but is not followed by a space, and corrects its case', () => {
    const { text, expected, actual, analysis } = problemsOf(
      ['Camera: pan', '// ⟦sora-disable|disable-comment-invalid⟧(vague-adjective)', '// ⟦Sora-Disable-Next-Line|disable-comment-invalid⟧ vague-adjective', 'Style: calm'].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
    assert.equal(analysis.problems[0].message, '"sora-disable" must be followed by a space, a comma, a colon or the end of the comment, so this comment switches nothing off.');
    assert.equal(analysis.problems[0].fixes, undefined);
    assert.equal(applyFix(text, analysis.problems[1].fixes![0]).split('\n')[2], '// sora-disable-next-line vague-adjective');
  });

  it('reads no ids after " -- ": the reason is for people', () => {
    const { expected, actual } = problemsOf(
      [
        'Camera: pan',
        "// sora-disable-next-line vague-adjective -- the client's own wording, kept",
        'Style: epic',
        'Style: ⟦nice|vague-adjective⟧ // sora-disable-line ⟦vague-adjective2|disable-comment-invalid⟧ -- a typo in the id',
      ].join('\n'),
    );
    assert.deepEqual(actual, expected);
  });

  it('has nothing to say about valid comments, with or without ids', () => {
    const { actual } = problemsOf(
      ['// sora-disable-next-line', 'Camera: pan', '// sora-disable vague-adjective,unknown-field', '// sora-enable: vague-adjective', 'Style: calm // sora-disable-line cue-order -- kept on purpose'].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, []);
  });
});

describe(`${RULE}: the same word as an id and as a keyword`, () => {
  it('looks a word up against the rule ids and against the keywords separately', () => {
    const { expected, actual } = problemsOf(
      ['Camera: pan', '// sora-disable ⟦sora-enable|disable-comment-invalid⟧', '// ⟦Sora-Enable|disable-comment-invalid⟧ vague-adjective'].join('\n'),
      {}, RULE,
    );
    assert.deepEqual(actual, expected);
  });
});
