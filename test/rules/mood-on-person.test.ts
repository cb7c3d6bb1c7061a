import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, applyFix, problemsOf } from '../helpers';

const RULE = 'mood-on-person';

function firstFix(text: string) {
  const problem = analyze(text).problems.find((p) => p.ruleId === RULE)!;
  return { problem, fixes: problem.fixes!, result: applyFix(text, problem.fixes![0]) };
}

describe(RULE, () => {
  it('flags "sad" in "A sad old man on a bench" as a warning whose first fix shows the sadness in a sentence that reads', () => {
    const text = 'Subject: A sad old man on a bench.';
    const { expected, actual, analysis } = problemsOf('Subject: A ⟦sad|mood-on-person⟧ old man on a bench.', {}, RULE);
    assert.deepEqual(actual, expected);
    assert.equal(analysis.problems[0].severity, 'warning');
    assert.equal(analysis.problems[0].message, '"sad" tells a mood; a camera films what a body does. Show it: "staring at the ground, shoulders slumped".');
    const { fixes, result } = firstFix(text);
    assert.equal(fixes[0].preferred, true);
    assert.equal(result, 'Subject: An old man on a bench, staring at the ground, shoulders slumped.');
    assert.deepEqual(problemsOf(result, {}, RULE).actual, [], 'the rewrite is not flagged again');
  });

  it('reads moods as adjectives, after a linking verb, as adverbs, as nouns in a phrase and on a face', () => {
    const marked = [
      'A ⟦nervous|mood-on-person⟧ courier checks the address.',
      'She looks ⟦exhausted|mood-on-person⟧.',
      'The boy waits ⟦impatiently|mood-on-person⟧ at the gate.',
      'A climber, ⟦filled with awe|mood-on-person⟧, stops at the ridge.',
      'He looks down with a ⟦sad expression|mood-on-person⟧.',
    ].join('\n');
    const { expected, actual } = problemsOf(marked, {}, RULE);
    assert.deepEqual(actual, expected);
  });

  it('puts the behaviour where the sentence still reads, with the pronoun of the one it is on', () => {
    assert.equal(firstFix('A courier waits nervously for the bus.').result, 'A courier waits for the bus, tapping their foot, glancing over their shoulder.');
    assert.equal(firstFix('The woman waits nervously.').result, 'The woman waits, tapping her foot, glancing over her shoulder.');
    assert.equal(firstFix('She looks exhausted.').result, 'She is dragging her feet, shoulders sagging.');
    assert.equal(firstFix('He looks down with a sad expression.').result, 'He looks down, staring at the ground, shoulders slumped.');
    assert.equal(firstFix('The girl, filled with awe, stares at the sky.').result, 'The girl stares at the sky, pointing upward, eyes wide.');
  });

  it('fits the behaviour to a child, an animal or a group', () => {
    assert.match(firstFix('A sad dog by the door.').problem.message, /Show it: "resting its head on its paws/);
    assert.match(firstFix('A sad little girl.').problem.message, /Show it: "hugging her knees/);
    assert.match(firstFix('Sad villagers line the road.').problem.message, /Show it: "standing in silence, heads bowed"/);
  });

  it('prefers removing the label when the clause already shows the mood', () => {
    const text = 'A driver leans on the wheel, rubbing his temples in exhaustion.';
    const { problem, result } = firstFix(text);
    assert.equal(problem.message, '"in exhaustion" tells a mood that the action beside it already shows: remove the label.');
    assert.equal(result, 'A driver leans on the wheel, rubbing his temples.');
  });

  it('leaves alone speech, quotes, names, and words that describe things', () => {
    const text = [
      "A sad song plays on the radio.",
      "Dialogue:",
      'Mara: "I am so happy."',
      "",
      "The announcer says, 'a happy ending for everyone'.",
      "A poster for Happy Days hangs on the wall.",
      "// a nervous note to self",
    ].join('\n');
    assert.deepEqual(problemsOf(text, {}, RULE).actual, []);
  });

  it('can be turned off or lowered in settings', () => {
    assert.deepEqual(analyze('A sad man.', { rules: { [RULE]: 'off' } }).problems.filter((p) => p.ruleId === RULE), []);
    assert.equal(analyze('A sad man.', { rules: { [RULE]: 'hint' } }).problems.find((p) => p.ruleId === RULE)!.severity, 'hint');
  });
});

describe(`${RULE}: odd shapes found in review`, () => {
  it('reads the one a mood is on past verbs and object pronouns', () => {
    assert.equal(firstFix('A sad man walks home.').result, 'A man walks home, staring at the ground, shoulders slumped.');
    assert.match(firstFix('The woman watches them nervously.').result, /tapping her foot/);
    assert.match(firstFix('She holds it nervously.').result, /tapping her foot/);
  });

  it('reports a person\'s mood said of a place without failing the analysis', () => {
    for (const text of ['An anxious city at night.', 'A terrified village.', 'Shot of a nervous kitchen.']) {
      const problems = analyze(text).problems.filter((p) => p.ruleId.startsWith('mood-'));
      assert.equal(problems.length, 1, text);
      for (const fix of problems[0].fixes ?? []) applyFix(text, fix);
    }
  });

  it('never offers a removal that leaves "is" bare, nor one that drops a sentence naming people or things', () => {
    const texts = ['She is sad.', 'The lake is peaceful.', 'The atmosphere is tense as a man walks in.', 'The overall tone is hopeful, with golden light on the hills.'];
    for (const text of texts) {
      for (const problem of analyze(text).problems) {
        for (const fix of problem.fixes ?? []) {
          const after = applyFix(text, fix);
          assert.doesNotMatch(after, /\b(?:is|are)\s*[.,]?$/, `${fix.title}: ${after}`);
          assert.notEqual(after.trim(), '', `${fix.title} removed everything`);
        }
      }
    }
  });

  it('leaves quoted moods of a Mood line and accented words alone', () => {
    assert.deepEqual(problemsOf('Mood: "hopeful", ⟦tense|mood-of-scene⟧', {}, 'mood-of-scene').actual, problemsOf('Mood: "hopeful", ⟦tense|mood-of-scene⟧', {}, 'mood-of-scene').expected);
    const text = 'A sense of sérénité.';
    assert.deepEqual(analyze(text).problems.filter((p) => p.ruleId === 'mood-of-scene').map((p) => text.slice(p.range.start.character, p.range.end.character)), ['A sense of sérénité']);
  });
});
