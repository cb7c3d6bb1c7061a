import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Analyzer } from '../../server/src/features/analysis';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderedPromptLength, renderPrompt } from '../../server/src/language/promptText';
import { problemsOf } from '../helpers';

const RULE = 'prompt-too-long';
const shot = (n: number) => `# Shot ${n}\nCamera: Medium shot, slow push-in on the hands.\nMotion: The potter's hands press the wet clay down and it rises into a tall cylinder.\n`;

describe(RULE, () => {
  it('reports a prompt over the model limit, counted as the vendor counts, with the exact count', () => {
    const text = `---\nmodel: ⟦runway-gen4|prompt-too-long⟧\nduration: 10s\n---\n${[1, 2, 3, 4, 5, 6, 7, 8].map(shot).join('')}`;
    const { expected, actual, analysis } = problemsOf(text, {}, RULE);
    assert.deepEqual(actual, expected);
    const [problem] = analysis.problems;
    assert.equal(problem.severity, 'error');
    const sent = renderPrompt(analysis.tree, analysis.clip).text.length;
    assert.ok(sent > 1000);
    assert.equal(
      problem.message,
      `The prompt runway-gen4 receives is ${sent.toLocaleString('en-US')} characters; it accepts 1,000 characters. Cut ${(sent - 1000).toLocaleString('en-US')} characters, or split the clip.`,
    );
  });

  it('is quiet under the limit, and Sora allows 32,000 characters', () => {
    const text = `---\nmodel: runway-gen4\nduration: 10s\n---\n${shot(1)}`;
    assert.deepEqual(problemsOf(text, {}, RULE).actual, []);
    const long = `---\nmodel: sora-2\n---\n${Array.from({ length: 8 }, (_, i) => shot(i + 1)).join('')}`;
    assert.deepEqual(problemsOf(long, {}, RULE).actual, []);
  });

  it('estimates tokens for Veo, and says it is an estimate', () => {
    const text = `---\nmodel: veo-3.1\n---\n${Array.from({ length: 40 }, (_, i) => shot(i + 1)).join('')}`;
    const { analysis } = problemsOf(text, {}, RULE);
    assert.match(analysis.problems[0].message, /^The prompt veo-3\.1 receives is about [\d,]+ tokens; it accepts 1,024 tokens \(tokens estimated at four characters each\)\./);
  });

  it('stops measuring far past the limit, so a long shot bible costs no more than a short one', () => {
    const text = `---\nmodel: runway-gen4\n---\n${Array.from({ length: 2000 }, (_, i) => shot(i + 1)).join('')}`;
    const analysis = new Analyzer().analyze(text);
    assert.ok(renderPrompt(analysis.tree, analysis.clip, 4000).truncated);
    const problem = analysis.problems.find((p) => p.ruleId === RULE)!;
    assert.match(problem.message, /^The prompt runway-gen4 receives is more than [\d,]+ characters; it accepts 1,000 characters\. Cut it to a quarter or less, or split the clip\.$/);
  });

  it('measures exactly the length of the prompt the export renders, without rendering it whole', () => {
    const dirs = [join(__dirname, '../../examples'), join(__dirname, '../corpus')];
    const texts = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.sora')).map((f) => readFileSync(join(dir, f), 'utf8')));
    assert.ok(texts.length >= 4);
    for (const text of texts) {
      // Each model family renders differently: a negative prompt or not, sound or not, its own field order.
      for (const model of ['sora-2', 'veo-3.1', 'runway-gen4']) {
        const analysis = new Analyzer().analyze(text, { model });
        for (const stopAfter of [Infinity, 200]) {
          const rendered = renderPrompt(analysis.tree, analysis.clip, stopAfter);
          assert.deepEqual(renderedPromptLength(analysis.tree, analysis.clip, stopAfter), { characters: rendered.text.length, truncated: !!rendered.truncated }, `${model}, ${stopAfter}`);
        }
      }
    }
  });
});
