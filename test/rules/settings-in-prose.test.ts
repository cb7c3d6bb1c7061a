import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, applyFix, problemsOf } from '../helpers';

const RULE = 'settings-in-prose';

function problems(text: string, settings: unknown = {}) {
  return analyze(text, settings).problems.filter((p) => p.ruleId === RULE);
}

/** Applies the problem's preferred fix and returns the text. */
function fixed(text: string, index = 0, fixIndex = 0): string {
  return applyFix(text, problems(text)[index].fixes![fixIndex]);
}

describe(RULE, () => {
  it('flags resolutions, clip lengths and aspect ratios in prompt text, as warnings', () => {
    const text = [
      'Scene: A ⟦4K|settings-in-prose⟧ drone shot over a fjord at dawn.',
      'Style: teal grade, ⟦1080p|settings-in-prose⟧, ⟦Full HD|settings-in-prose⟧, ⟦high resolution|settings-in-prose⟧',
      'Motion: a ⟦10-second|settings-in-prose⟧ clip of the fox running; ⟦make it longer|settings-in-prose⟧.',
      'Camera: wide shot, ⟦16:9 aspect ratio|settings-in-prose⟧',
      'Lens: 35mm, ⟦aspect ratio of 4:3|settings-in-prose⟧',
      'Look: vertical ⟦9:16|settings-in-prose⟧ video, ⟦UHD|settings-in-prose⟧',
    ].join('\n');
    const { expected, actual, analysis } = problemsOf(text, {}, RULE);
    assert.deepEqual(actual, expected);
    assert.ok(analysis.problems.every((p) => p.severity === 'warning'));
  });

  it('says what the setting is and what the model offers', () => {
    const [resolution, length, aspect] = problems('Scene: a fox, 4K\nMotion: a 20-second video of snow\nStyle: 16:9');
    assert.equal(
      resolution.message,
      '"4K" in the prompt text does nothing: resolution is a request setting, not something to film. Set it with "resolution" in front matter. sora-2 offers 1280x720, 720x1280.',
    );
    assert.equal(
      length.message,
      '"20-second" in the prompt text does nothing: the clip length is a request setting. Set it with "duration" in front matter. sora-2 offers 4s, 8s, 12s.',
    );
    assert.match(aspect.message, /^"16:9" in the prompt text does nothing: the frame shape is a request setting\. Set it with "aspect" in front matter\. sora-2 offers 16:9, 9:16\.$/);
  });

  it('catches the ways a length is written about the video itself', () => {
    const lines = [
      '⟦The video is 20 seconds long|settings-in-prose⟧.',
      'Scene: a ⟦ten-second|settings-in-prose⟧ slow-motion clip of rain',
      'Scene: a ⟦10s|settings-in-prose⟧ clip of rain',
      'Scene: a ⟦1-minute|settings-in-prose⟧ film about bread',
      'Motion: the fox runs, ⟦make it 12 seconds long|settings-in-prose⟧',
      'Style: ⟦duration of 8 seconds|settings-in-prose⟧, warm',
      'Style: a ⟦longer|settings-in-prose⟧ video of the same scene',
    ];
    for (const line of lines) assert.deepEqual(problemsOf(line, {}, RULE).actual, problemsOf(line, {}, RULE).expected, line);
  });

  it('leaves alone the same words about things in the picture, and action timings', () => {
    const clean = [
      'Scene: a 10-second countdown on a screen above the stage',
      'Scene: a 4K TV on the wall shows the news; an HD monitor flickers',
      'Scene: runners in a 5K race, a plane at 8K feet, a $4K watch',
      'Scene: a 4:3 CRT television, a clock that reads 12:30, a 1:1 scale model',
      'Scene: a 1920s film set; a jazz club in the 20s',
      'Style: a 20s clip-art poster',
      'Motion: she waits 3 seconds, then turns; the kettle whistles for ten seconds',
      'Motion: the flash has a duration of 2 seconds; a length of 40 seconds of rope',
      'Scene: a sign reads "4K SALE, 16:9 screens"',
      'Lens: 35mm, 85mm, 24fps, shallow depth of field',
      'Style: fine 35mm film grain, long shot of the coast',
    ];
    for (const line of clean) assert.deepEqual(problemsOf(line, {}, RULE).actual, [], line);
  });

  it('never reads front matter, comments, Audio, Dialogue, Avoid or Cameo', () => {
    const text = [
      '---',
      'model: veo-3.1',
      'duration: 8s',
      'resolution: 4k',
      'aspect: 16:9',
      'title: A 4K 16:9 test',
      '---',
      '// 4K, 16:9, make it longer',
      'Camera: wide shot // in 4K',
      'Audio: 20 seconds of rain at 00:02',
      'Dialogue:',
      '  Ana (00:03): "Shoot it in 4K, 16:9, and make it longer."',
      'Avoid: 4K artifacts',
    ].join('\n');
    assert.deepEqual(problemsOf(text, {}, RULE).actual, []);
  });

  it('the shipped examples stay clean', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join, resolve } = await import('node:path');
    const dir = resolve(__dirname, '../../examples');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.sora'))) {
      assert.deepEqual(problemsOf(readFileSync(join(dir, file), 'utf8'), {}, RULE).actual, [], file);
    }
  });

  it('moves a resolution to front matter and takes it out of the text, in one fix', () => {
    const text = 'Scene: A 4K drone shot over a fjord.\nCamera: slow push-in';
    const [fix] = problems(text)[0].fixes!;
    assert.equal(fix.title, 'Move to front matter (resolution: 4k)');
    assert.equal(fix.preferred, true);
    assert.ok(!fix.automatic);
    const after = applyFix(text, fix);
    assert.equal(after, '---\nresolution: 4k\n---\nScene: A drone shot over a fjord.\nCamera: slow push-in');
    assert.deepEqual(problemsOf(after, {}, RULE).actual, []);
    // Honest, not hidden: sora-2 does not make 4k, which size-unsupported now says.
    assert.equal(problemsOf(after, {}, 'size-unsupported').actual.length, 1);
  });

  it('writes into the front matter that is there, using its size key when it has one', () => {
    const text = '---\nmodel: veo-3.1\nsize: 720p\n---\nStyle: teal grade, 1080p, grain';
    const [remove, move] = problems(text)[0].fixes!;
    assert.equal(remove.title, 'Remove "1080p" (front matter keeps size: 720p)');
    assert.equal(remove.preferred, true);
    assert.equal(applyFix(text, remove), '---\nmodel: veo-3.1\nsize: 720p\n---\nStyle: teal grade, grain');
    assert.equal(move.title, 'Move to front matter (size: 1080p)');
    const after = applyFix(text, move);
    assert.equal(after, '---\nmodel: veo-3.1\nsize: 1080p\n---\nStyle: teal grade, grain');
    assert.deepEqual(problemsOf(after, {}, RULE).actual, []);
  });

  it('adds a duration line, or only removes the words when the front matter already says so', () => {
    const text = '---\nmodel: veo-3\n---\nMake a 6-second video of a fox in the snow.';
    const after = fixed(text);
    assert.equal(after, '---\nmodel: veo-3\nduration: 6s\n---\nMake a video of a fox in the snow.');
    assert.deepEqual(problemsOf(after, {}, RULE).actual, []);
    const same = '---\nduration: 8\n---\nScene: an 8-second clip of rain';
    const [only] = problems(same)[0].fixes!;
    assert.equal(only.title, 'Remove "8-second"');
    assert.equal(applyFix(same, only), '---\nduration: 8\n---\nScene: a clip of rain');
  });

  it('sets the longest duration for "make it longer" and removes the sentence', () => {
    const text = '---\nmodel: sora-2\nduration: 4s\n---\nMotion: The fox runs. Make it longer.';
    const [, move] = problems(text)[0].fixes!;
    assert.equal(move.title, 'Set duration: 12s and remove "Make it longer"');
    const after = applyFix(text, move);
    assert.equal(after, '---\nmodel: sora-2\nduration: 12s\n---\nMotion: The fox runs.');
    assert.deepEqual(problemsOf(after, {}, RULE).actual, []);
  });

  it('moves an aspect ratio with its words, and keeps the sentence readable', () => {
    const text = '---\nmodel: veo-3.1\n---\nStyle: 16:9 aspect ratio, warm tones';
    const after = fixed(text);
    assert.equal(after, '---\nmodel: veo-3.1\naspect: 16:9\n---\nStyle: Warm tones');
    assert.deepEqual(problemsOf(after, {}, RULE).actual, []);
  });

  it('only removes a vague quality word, which names no value', () => {
    const text = 'Style: crisp, high resolution';
    const [fix] = problems(text)[0].fixes!;
    assert.equal(fix.title, 'Remove "high resolution"');
    const after = applyFix(text, fix);
    assert.equal(after, 'Style: crisp');
    assert.deepEqual(problemsOf(after, {}, RULE).actual, []);
  });

  it('takes glue words and separators with the phrase', () => {
    assert.equal(fixed('A drone flies over the sea in 4K.'), '---\nresolution: 4k\n---\nA drone flies over the sea.');
    assert.equal(fixed('Style: shot in 8K resolution, teal grade'), '---\nresolution: 4320p\n---\nStyle: teal grade');
    assert.equal(fixed('Scene: a drone shot in 4K over a fjord'), '---\nresolution: 4k\n---\nScene: a drone shot over a fjord');
    assert.equal(fixed('Scene: a 10s clip of rain'), '---\nduration: 10s\n---\nScene: a clip of rain');
    assert.equal(fixed('Scene: An 8K aerial view'), '---\nresolution: 4320p\n---\nScene: An aerial view');
    assert.equal(fixed('Scene: a 4K aerial view'), '---\nresolution: 4k\n---\nScene: an aerial view');
  });

  it('can be turned off or disabled for one line', () => {
    assert.deepEqual(problemsOf('Style: 4K', { rules: { [RULE]: 'off' } }, RULE).actual, []);
    assert.deepEqual(problemsOf(`// sora-disable-next-line ${RULE}\nStyle: 4K`, {}, RULE).actual, []);
    assert.equal(problems('Style: 4K', { rules: { [RULE]: 'information' } })[0].severity, 'information');
  });
});
