import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, applyFix, problemsOf } from '../helpers';

const RULE = 'mood-of-scene';

function fixesOf(text: string) {
  const problem = analyze(text).problems.find((p) => p.ruleId === RULE)!;
  return problem.fixes!.map((fix) => ({ title: fix.title, preferred: !!fix.preferred, result: applyFix(text, fix) }));
}

describe(RULE, () => {
  it('flags a mood said of a place, of a moment and of the whole picture, as information', () => {
    const marked = 'Scene: A ⟦peaceful|mood-of-scene⟧ lake at dawn. A ⟦tense|mood-of-scene⟧ standoff. The atmosphere is ⟦eerie|mood-of-scene⟧.\nMood: ⟦nostalgic|mood-of-scene⟧, ⟦whimsical|mood-of-scene⟧';
    const { expected, actual, analysis } = problemsOf(marked, {}, RULE);
    assert.deepEqual(actual, expected);
    assert.equal(analysis.problems[0].severity, 'information');
  });

  it('shows what makes a place feel that way, chosen for the kind of place', () => {
    const [show, , adjective] = fixesOf('Scene: A peaceful lake.');
    assert.equal(show.preferred, true);
    assert.equal(show.result, 'Scene: A lake, clouds barely moving, a single bird gliding overhead.');
    assert.equal(adjective.result, 'Scene: A still lake.');
    assert.match(fixesOf('Scene: A cozy cabin.')[0].result, /^Scene: A cabin, /);
  });

  it('never offers what contradicts the shot', () => {
    // At night, the first landscape phrase (mist at first light) gives way to one that does not name daylight.
    const night = fixesOf('Scene: A peaceful lake at night, under a full moon.').map((f) => f.result).join('\n');
    assert.doesNotMatch(night, /sunlit|daylight|dawn|midday/);
  });

  it('removes a sentence that only tells the picture\'s mood', () => {
    const [remove] = fixesOf('Scene: A harbour at dusk. The atmosphere is tense. Gulls circle.');
    assert.equal(remove.title, 'Remove the sentence "The atmosphere is tense."');
    assert.equal(remove.result, 'Scene: A harbour at dusk. Gulls circle.');
  });

  it('leaves genres, lighting styles and sounds alone', () => {
    const text = 'Style: a 1990s romantic comedy look, moody lighting.\nAudio: calm water lapping.';
    assert.deepEqual(problemsOf(text, {}, RULE).actual, []);
  });
});
