import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, problemsOf } from '../helpers';

const RULE = 'dialogue-too-long';

const LONG = 'I have been waiting here for you since the morning, and you never even called once to say you would be late.';

describe(RULE, () => {
  it('flags the Dialogue field name when the words outrun the shot, as a warning with the counts', () => {
    const text = `# Shot 1 — 00:00-00:04 — the cafe\nCamera: medium close-up\n⟦Dialogue|dialogue-too-long⟧:\n  Ana (00:01): "${LONG}"`;
    const { expected, actual, analysis } = problemsOf(text, {}, RULE);
    assert.deepEqual(actual, expected);
    const [problem] = analysis.problems;
    assert.equal(problem.severity, 'warning');
    assert.equal(
      problem.message,
      "22 words in 4 s; about 10 fit. At a natural pace (about 150 words a minute) the lines need 8.8 s, more than Shot 1's 4 s: long speech is rushed or drifts out of sync. Cut the lines, or give the shot more time.",
    );
    assert.equal(problem.fixes, undefined);
  });

  it('adds up every speaker line of every Dialogue field in the shot, and reports once', () => {
    const text = [
      '# Shot 1 — 00:00-00:04',
      '⟦Dialogue|dialogue-too-long⟧:',
      '  Ana: "Where were you all night?"',
      '  Ben: "Out by the river, looking."',
      'Camera: two-shot',
      'Dialog:',
      '  Ana: "Looking for what, exactly?"',
    ].join('\n');
    const { expected, actual, analysis } = problemsOf(text, {}, RULE);
    assert.deepEqual(actual, expected);
    assert.match(analysis.problems[0].message, /^14 words in 4 s; about 10 fit\./);
  });

  it('accepts what fits: a line or two in 4 s, more in 8 s', () => {
    assert.deepEqual(problemsOf('# Shot 1 — 00:00-00:04\nDialogue:\n  Ana: "Not tonight, Ben."\n  Ben: "Then when?"', {}, RULE).actual, []);
    const ten = 'one two three four five six seven eight nine ten';
    assert.deepEqual(problemsOf(`# S — 00:00-00:04\nDialogue:\n  Ana: "${ten}"`, {}, RULE).actual, [], 'exactly 2.5 words a second');
    assert.equal(problemsOf(`# S — 00:00-00:04\nDialogue:\n  Ana: "${ten} eleven"`, {}, RULE).actual.length, 1);
    assert.deepEqual(problemsOf(`---\nduration: 8s\n---\nDialogue:\n  Ana: "${ten} ${ten}"`, {}, RULE).actual, []);
  });

  it('uses the span shared out to shots without a time range, and the clip length for a single shot', () => {
    // 12 s sora-2 clip shared by three shots: 4 s each.
    const text = `# A\nDialogue:\n  Ana: "Short."\n# B\n⟦Dialogue|dialogue-too-long⟧:\n  Ana: "${LONG}"\n# C\nCamera: pan`;
    const { expected, actual, analysis } = problemsOf(text, {}, RULE);
    assert.deepEqual(actual, expected);
    assert.match(analysis.problems[0].message, /^22 words in 4 s; about 10 fit\. .* more than the 4 s B gets:/);
    assert.deepEqual(problemsOf(`Dialogue:\n  Ana: "${LONG}"`, {}, RULE).actual, [], '12 s holds 30 words');
  });

  it('counts spoken words only: not speakers, times, stage directions or comments', () => {
    const text = '# S — 00:00-00:02\nDialogue:\n  (whispering, leaning in close to the microphone on the desk)\n  Ana (00:00): "Go now." // a long note about how this line should be read aloud';
    assert.deepEqual(problemsOf(text, {}, RULE).actual, []);
  });

  it('says nothing for a model without sound (audio-unsupported covers it)', () => {
    assert.deepEqual(problemsOf(`---\nmodel: runway-gen4\nduration: 2s\n---\nDialogue:\n  Ana: "${LONG}"`, {}, RULE).actual, []);
  });

  it('keeps the shipped rooftop example clean', () => {
    const rooftop = '# Shot 2 — 00:05-00:12 — the landing\nDialogue:\n  Courier (00:08): "Not tonight."';
    assert.deepEqual(problemsOf(rooftop, {}, RULE).actual, []);
  });

  it('can be turned off or disabled for one line', () => {
    const text = `# S — 00:00-00:04\nDialogue:\n  Ana: "${LONG}"`;
    assert.deepEqual(problemsOf(text, { rules: { [RULE]: 'off' } }, RULE).actual, []);
    assert.deepEqual(problemsOf(`# S — 00:00-00:04\n// sora-disable-next-line ${RULE}\nDialogue:\n  Ana: "${LONG}"`, {}, RULE).actual, []);
    assert.equal(analyze(text, { rules: { [RULE]: 'information' } }).problems.find((p) => p.ruleId === RULE)!.severity, 'information');
  });
});
