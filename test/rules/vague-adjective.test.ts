import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, applyFix, problemsOf } from '../helpers';

const RULE = 'vague-adjective';

function fixesOf(text: string, settings: unknown = {}) {
  const problem = analyze(text, settings).problems.find((p) => p.ruleId === RULE)!;
  return problem.fixes!.map((fix) => ({ title: fix.title, preferred: !!fix.preferred, result: applyFix(text, fix) }));
}

describe(RULE, () => {
  it('flags "beautiful" in `Style: A beautiful sunset` as a warning, with concrete alternatives in the message', () => {
    const { expected, actual, analysis } = problemsOf('Style: A ⟦beautiful|vague-adjective⟧ sunset', {}, RULE);
    assert.deepEqual(actual, expected);
    const [problem] = analysis.problems;
    assert.equal(problem.severity, 'warning');
    assert.match(problem.message, /^"beautiful" is a judgement, not something a camera can film\. Try: ".+"/);
  });

  it('flags evaluative words and intensifiers in every visual field and in plain prose', () => {
    const text = [
      '⟦Stunning|vague-adjective⟧ drone shot over a harbor.',
      'Scene: an ⟦epic|vague-adjective⟧ canyon',
      'Camera: a ⟦very|vague-adjective⟧ slow dolly-in',
      'Lighting: ⟦gorgeous|vague-adjective⟧ backlight',
      'Audio: ⟦amazing|vague-adjective⟧ music at 00:02',
      'Motion: she walks in a ⟦nice|vague-adjective⟧ way',
    ].join('\n');
    const { expected, actual } = problemsOf(text, {}, RULE);
    assert.deepEqual(actual, expected);
  });

  it('never checks dialogue speech, comments, Avoid lists, quoted on-screen text or front matter', () => {
    const text = [
      '---',
      'title: A beautiful day',
      '---',
      '// a stunning idea for later',
      'Scene: a neon sign reads "Amazing Noodles"',
      'Dialogue:',
      '  Ana (00:01): "What a beautiful, epic night."',
      'Avoid: ugly compression artifacts',
      'Style: wet asphalt, yellow taxis, narrow alleys, soft warm light, subtle grain',
    ].join('\n');
    assert.deepEqual(problemsOf(text, {}, RULE).actual, []);
  });

  it('offers one quick fix per rewrite, the preferred first, and one that removes the word', () => {
    const fixes = fixesOf('Style: A beautiful sunset');
    assert.ok(fixes.length >= 3);
    assert.equal(fixes[0].preferred, true);
    assert.ok(fixes.slice(1).every((f) => !f.preferred));
    assert.equal(fixes.at(-1)!.title, 'Remove "beautiful"');
    assert.equal(fixes.at(-1)!.result, 'Style: A sunset');
    for (const fix of fixes) {
      assert.doesNotMatch(fix.result, /beautiful/);
      assert.deepEqual(problemsOf(fix.result, {}, RULE).actual, [], `${fix.title} leaves no vague word`);
    }
  });

  it('keeps "a"/"an" agreeing with the word that replaces or follows', () => {
    for (const fix of fixesOf('Scene: an epic canyon')) {
      const article = /Scene: (an?) (\w)/i.exec(fix.result)!;
      assert.equal(article[1], /[aeiou]/i.test(article[2]) ? 'an' : 'a', fix.result);
    }
  });

  it('keeps a capital at the start of a sentence', () => {
    const fixes = fixesOf('Lighting: Gorgeous backlight through fog.');
    assert.match(fixes[0].result, /^Lighting: [A-Z]/);
    assert.equal(fixes.at(-1)!.result, 'Lighting: Backlight through fog.');
  });

  it('prefers removing an intensifier', () => {
    const [first] = fixesOf('Camera: a very slow dolly-in');
    assert.deepEqual(first, { title: 'Remove "very"', preferred: true, result: 'Camera: a slow dolly-in' });
  });

  it('tailors the rewrites to the field the word is in', () => {
    const inAudio = fixesOf('Audio: beautiful music').map((f) => f.title);
    const inLighting = fixesOf('Lighting: beautiful light').map((f) => f.title);
    assert.notDeepEqual(inAudio.slice(0, 2), inLighting.slice(0, 2));
  });

  it('honours allowed and extra words from the settings', () => {
    assert.deepEqual(problemsOf('Style: beautiful', { vagueWords: { allowed: ['Beautiful'] } }, RULE).actual, []);
    const settings = { vagueWords: { extra: [{ word: 'moody', rewrites: ['low-key, blue-lit'] }, 'vibey'] } };
    const { expected, actual } = problemsOf('Style: ⟦moody|vague-adjective⟧ and ⟦vibey|vague-adjective⟧', settings, RULE);
    assert.deepEqual(actual, expected);
    assert.equal(fixesOf('Style: moody', settings)[0].result, 'Style: low-key, blue-lit');
  });

  it('can be raised to an error or turned off', () => {
    assert.equal(analyze('Camera: pan\nStyle: epic', { rules: { [RULE]: 'error' } }).problems[0].severity, 'error');
    assert.deepEqual(analyze('Camera: pan\nStyle: epic', { rules: { [RULE]: 'off' } }).problems, []);
  });
});

describe(`${RULE}: rewrites fit what the word describes`, () => {
  it('chooses rewrites by the thing the word stands before, not the field it is in', () => {
    assert.equal(fixesOf('Subject: a beautiful woman by a lake')[0].result, 'Subject: a freckled, bright-eyed woman by a lake');
    assert.equal(fixesOf('Subject: a woman by a beautiful lake')[0].result, 'Subject: a woman by a mist-covered, pine-lined lake');
    assert.equal(fixesOf('Subject: a woman in a beautiful dress')[0].result, 'Subject: a woman in a silk, floor-length dress');
  });

  it('reads the thing a word is said of after "is" or "looks"', () => {
    assert.equal(fixesOf('Scene: the lake looks beautiful')[0].result, 'Scene: the lake looks mist-covered, pine-lined');
  });

  it('offers only removal when nothing it could describe is known', () => {
    const fixes = fixesOf('Scene: something beautiful happens');
    assert.deepEqual(fixes.map((f) => f.title), ['Remove "beautiful"']);
  });

  it('never offers a rewrite that contradicts what the shot states', () => {
    const byDay = fixesOf('Scene: a sunlit kitchen at dawn\nSubject: a beautiful street').map((f) => f.result);
    assert.ok(byDay.every((r) => !/neon|night|moonlit/.test(r)), byDay.join('\n'));
  });

  it('asks for the amount when an intensifier stands before a measurable quality', () => {
    const problem = analyze('Camera: pan\nLens: very shallow depth of field').problems.find((p) => p.ruleId === RULE)!;
    assert.equal(problem.message, '"very" is an intensifier: it adds nothing a camera can show. Give the amount instead (for example f/1.4).');
  });

  it('leaves alone nouns, colour saturation, genres, names, technical terms and quoted speech', () => {
    const text = [
      'Style: Retro aesthetic, vibrant red neon, an epic fantasy poster.',
      'Scene: The Grand Canyon at noon.',
      'Lighting: high dynamic range, atmospheric haze.',
      "Scene: The guide says, 'what a beautiful view'.",
    ].join('\n');
    assert.deepEqual(problemsOf(text, {}, RULE).actual, []);
  });

  it('flags a judging adverb with rewrites for how a thing moves', () => {
    const problem = analyze('Camera: pan\nMotion: she dances gracefully').problems.find((p) => p.ruleId === RULE)!;
    assert.match(problem.message, /^"gracefully" judges how it is done, not what is seen\. Try: /);
  });
});

describe(`${RULE}: removals that keep the sentence whole`, () => {
  it('takes a word of a list, or a word that grades it, with it', () => {
    const [sunset] = analyze('Scene: A stunning, gorgeous sunset').problems.filter((p) => p.ruleId === RULE);
    assert.equal(applyFix('Scene: A stunning, gorgeous sunset', sunset.fixes!.find((f) => f.title.startsWith('Remove'))!), 'Scene: A gorgeous sunset');
    const text = 'Scene: A very beautiful lake';
    const beautiful = analyze(text).problems.find((p) => p.ruleId === RULE && p.range.start.character === 14)!;
    assert.equal(applyFix(text, beautiful.fixes!.find((f) => f.title === 'Remove "beautiful"')!), 'Scene: A lake');
  });

  it('offers no removal that leaves "is" bare, and reads no amount from the prototype', () => {
    const problem = analyze('Scene: The view is stunning.').problems.find((p) => p.ruleId === RULE)!;
    assert.ok(!problem.fixes!.some((f) => f.title.startsWith('Remove')), problem.fixes!.map((f) => f.title).join(', '));
    assert.doesNotMatch(analyze('Camera: pan\nScene: very constructor').problems.find((p) => p.ruleId === RULE)!.message, /native code/);
  });
});
