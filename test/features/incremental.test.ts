// Incremental analysis must be invisible: after any edit, analysing with the previous analysis
// gives exactly what a fresh analysis of the new text gives (tree, clip, problems, messages and
// fixes), while the shots the edit did not touch keep their trees.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Analyzer, type Analysis } from '../../server/src/features/analysis';
import { composeReplacements, type Replacement } from '../../server/src/language/replacement';
import { random } from '../helpers';
import { applyFix, rangeText } from '../text';

const root = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

// A shot with no time of its own and a lot to say: whether its lines fit depends on the time the
// shots around it leave.
const TALK = '# Shot talk\nCamera: static close-up\nDialogue:\n  Mara: "We have ten seconds, maybe less, to get the lantern up the hill before the storm reaches the ridge."\n';

// Front matter from one example, then the shots of all of them and of the messy test corpus.
const SOURCE = [
  read('examples/lantern.sora'),
  TALK,
  read('examples/rooftop-chase.sora').replace(/^---[\s\S]*?\n---\n/, ''),
  read('examples/espresso-reel.sora').replace(/^---[\s\S]*?\n---\n/, ''),
  read('test/corpus/messy-draft.sora').replace(/^---[\s\S]*?\n---\n/, ''),
].join('\n');

/** What a user can observe of an analysis: the tree, the clip, and every problem with its fixes. */
function observable(analysis: Analysis): string {
  return JSON.stringify({
    tree: analysis.tree,
    clip: analysis.clip,
    problems: analysis.problems.map((p) => ({ rule: p.ruleId, severity: p.severity, range: p.range, message: p.message, fixes: p.fixes })),
  });
}

// Edits a writer makes: typing, deleting, new lines and shots, vague words, cue times, disable
// comments, a different model, line-break styles.
const INSERTS = ['e', ' ', 'beautiful ', '\n', '\r\n', '\n\n', '# Shot 9 — 00:03-00:05\n', '#', 'Camera: slow dolly in\n', 'Audio: thunder at 00:14\n', '// sora-disable vague-adjective\n', '// sora-disable-next-line\n', '00:', '"', 'Avoid: no text\n', '\uFEFF'];

function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const roll = next();
  if (roll < 0.15) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 40)));
  if (roll < 0.2) return text.replace(/^model:.*$/m, `model: ${['sora-2', 'veo-3.1', 'runway-gen4', 'sora-2-pro'][Math.floor(next() * 4)]}`);
  if (roll < 0.23) return text.replace(/^duration:.*$/m, `duration: ${[4, 8, 12, 20][Math.floor(next() * 4)]}s`);
  if (roll < 0.33) {
    // Retime one heading, or take its time range away, in place: the shots around it get new spans
    // without a line moving.
    const headings = [...text.matchAll(/^#.*?(\d+:\d+\s*-\s*\d+:\d+)/gm)];
    if (!headings.length) return text;
    const heading = headings[Math.floor(next() * headings.length)];
    const from = Math.floor(next() * 12);
    const retimed = next() < 0.4 ? '' : `00:${String(from).padStart(2, '0')}-00:${String(from + 1 + Math.floor(next() * 6)).padStart(2, '0')}`;
    const at = heading.index! + heading[0].length - heading[1].length;
    return text.slice(0, at) + retimed + text.slice(at + heading[1].length);
  }
  return text.slice(0, at) + INSERTS[Math.floor(next() * INSERTS.length)] + text.slice(at);
}

/** The replacement that turns `old` into `text`: what lies between what they share at each end. */
function replacementBetween(old: string, text: string): Replacement {
  const shortest = Math.min(old.length, text.length);
  let start = 0;
  while (start < shortest && old.charCodeAt(start) === text.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shortest - start && old.charCodeAt(old.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail++;
  return { start, end: old.length - tail, length: text.length - tail - start };
}

describe('incremental analysis', () => {
  // With front matter, and without it (where a byte order mark moves the first line's text but
  // changes no front matter), with Unix and Windows line breaks.
  const sources: Array<[string, string]> = [
    ['with front matter', SOURCE],
    ['without front matter, CRLF', SOURCE.replace(/^---[\s\S]*?\n---\n/, '').replace(/\r?\n/g, '\r\n')],
  ];
  for (const [name, source] of sources) {
    it(`gives what a fresh analysis gives, over 300 random edits (${name})`, () => {
      const analyzer = new Analyzer({ cameoConsent: ['Mara'] }, { today: '2026-11-29' });
      const next = random(20261129);
      let text = source;
      let previous = analyzer.analyze(text);
      for (let step = 0; step < 300; step++) {
        text = edit(text, next);
        const incremental = analyzer.analyze(text, { previous });
        const fresh = analyzer.analyze(text);
        assert.equal(observable(incremental), observable(fresh), `step ${step}`);
        const positions = incremental.problems.map((p) => p.range.start.line * 1e6 + p.range.start.character);
        assert.ok(positions.every((at, i) => i === 0 || positions[i - 1] <= at), `step ${step}: problems in order`);
        previous = incremental;
      }
      assert.ok(previous.problems.length > 10, 'the edits leave a text with problems to compare');
    });
  }

  for (const [name, source] of sources) {
    it(`gives what a fresh analysis gives when told what each edit replaced, over 300 rounds of one to three edits (${name})`, () => {
      const analyzer = new Analyzer({ cameoConsent: ['Mara'] }, { today: '2026-11-29' });
      const next = random(20261130);
      let text = source;
      let previous = analyzer.analyze(text);
      for (let step = 0; step < 300; step++) {
        // The server hands on every edit since the last analysis as one replacement, composed.
        let replacement: Replacement | undefined;
        for (let count = 1 + Math.floor(next() * 3); count > 0; count--) {
          const edited = edit(text, next);
          const made = replacementBetween(text, edited);
          replacement = replacement ? composeReplacements(replacement, made) : made;
          text = edited;
        }
        const incremental = analyzer.analyze(text, { previous, edit: replacement });
        assert.equal(observable(incremental), observable(analyzer.analyze(text)), `step ${step}`);
        previous = incremental;
      }
      assert.ok(previous.problems.length > 10, 'the edits leave a text with problems to compare');
    });
  }

  it('moves front-matter fixes when a byte order mark comes or goes in a file without front matter', () => {
    const analyzer = new Analyzer({}, { today: '2026-11-29' });
    const body = '# Shot 1\nCamera: pan\n# Shot 2\nScene: a 10-second clip of a fox in 4K\nAudio: thunder at 00:30\n# Shot 3\nCamera: static\n';
    let previous = analyzer.analyze(body);
    for (const text of ['\uFEFF' + body, body, '\uFEFF' + body]) {
      const incremental = analyzer.analyze(text, { previous });
      assert.equal(observable(incremental), observable(analyzer.analyze(text)));
      previous = incremental;
    }
    const moveToFrontMatter = previous.problems.flatMap((p) => p.fixes ?? []).flatMap((f) => f.edits).find((e) => e.range.start.line === 0);
    assert.equal(moveToFrontMatter?.range.start.character, 1, 'inserted after the byte order mark');
  });

  it('keeps the trees and problems of the shots a one-character edit did not touch', () => {
    const analyzer = new Analyzer({}, { today: '2026-11-29' });
    const before = analyzer.analyze(SOURCE);
    const line = SOURCE.split('\n').findIndex((l) => l.startsWith('Lighting:'));
    const offset = SOURCE.split('\n').slice(0, line).join('\n').length + 1 + 'Lighting: '.length;
    const after = analyzer.analyze(SOURCE.slice(0, offset) + 'very ' + SOURCE.slice(offset), { previous: before });
    const edited = after.tree.shots.find((s) => s.range.start.line <= line && line <= s.range.end.line)!;
    assert.ok(after.tree.shots.length > 4);
    for (const [i, shot] of after.tree.shots.entries()) {
      if (shot === edited) assert.notEqual(shot, before.tree.shots[i], 'the edited shot is parsed again');
      else if (i < after.tree.shots.length - 1) assert.equal(shot, before.tree.shots[i], `shot ${i + 1} is reused`);
    }
    const typed = (analysis: Analysis) =>
      analysis.problems.filter((p) => p.range.start.line === line && p.range.start.character === 'Lighting: '.length && /^"very"/.test(p.message));
    assert.equal(typed(before).length, 0);
    assert.equal(typed(after).length, 1, 'the new "very" is reported where it was typed');
    assert.equal(typed(after)[0].ruleId, 'vague-adjective');
  });

  it('moves the shots below a new line without losing their fixes', () => {
    const analyzer = new Analyzer({}, { today: '2026-11-29' });
    const before = analyzer.analyze(SOURCE);
    const firstHeading = SOURCE.indexOf('\n#') + 1;
    const text = SOURCE.slice(0, firstHeading) + '\n\n' + SOURCE.slice(firstHeading);
    const after = analyzer.analyze(text, { previous: before });
    assert.equal(observable(after), observable(analyzer.analyze(text)));
    const last = (analysis: Analysis) => analysis.problems.filter((p) => p.ruleId === 'vague-adjective').at(-2)!;
    assert.equal(last(after).range.start.line, last(before).range.start.line + 2, 'the problem moved down two lines');
    const problem = last(after);
    const fix = problem.fixes![0];
    assert.equal(fix.edits[0].range.start.line, problem.range.start.line, 'the fix edits the moved line');
    const word = rangeText(text, problem.range);
    const fixed = applyFix(text, fix).split(/\r?\n/)[problem.range.start.line];
    assert.equal(fixed, text.split(/\r?\n/)[problem.range.start.line].replace(rangeText(text, fix.edits[0].range), fix.edits[0].newText));
    assert.ok(!fixed.includes(` ${word} `), `"${word}" is gone from the line`);
  });

  it('starts over when the settings change', () => {
    const before = new Analyzer({}).analyze(SOURCE);
    const strict = new Analyzer({ rules: { 'vague-adjective': 'error' } });
    const after = strict.analyze(SOURCE, { previous: before });
    assert.ok(after.problems.some((p) => p.ruleId === 'vague-adjective'));
    assert.ok(after.problems.filter((p) => p.ruleId === 'vague-adjective').every((p) => p.severity === 'error'));
  });
});
