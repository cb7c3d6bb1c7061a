// Properties that must hold for every document, checked on random ones (documents.ts) with a fixed
// seed and a small budget here, longer with `npm run fuzz`. A failure is shrunk by fast-check to the
// smallest document that still fails, and printed as a test ready to paste.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer, type Analysis } from '../../server/src/features/analysis';
import { fixesFor } from '../../server/src/features/codeActions';
import { complete } from '../../server/src/features/completion';
import { format } from '../../server/src/features/formatting';
import { hover } from '../../server/src/features/hover';
import type { Range } from '../../server/src/language/tree';
import { document, RUNS, SEED } from './documents';

/** Rules whose fixes restore structure, and so let the checks read what they could not before. */
const REVEALING = new Set(['front-matter-unclosed', 'shot-range-backwards']);

const analyzer = new Analyzer({ maxProblems: 0 }, { today: '2026-12-06' });
const analyze = (text: string) => analyzer.analyze(text);

function apply(text: string, edits: Array<{ range: Range; newText: string }>): string {
  return TextDocument.applyEdits(TextDocument.create('file:///fuzz.sora', 'sora', 1, text), edits);
}

function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function inside(lengths: number[], range: Range): boolean {
  const ok = (p: Range['start']) => p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line];
  return ok(range.start) && ok(range.end);
}

/** The comments of a text, in order: formatting must keep every one of them. */
function comments(analysis: Analysis): string[] {
  return analysis.tree.comments.map((c) => c.text.trim());
}

/**
 * The words of a text outside field names, which formatting may spell canonically, and outside the
 * joiners of time ranges, which it writes one way (`00:02 to 00:06` -> `00:02-00:06`).
 */
function words(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^\uFEFF?\s*[A-Za-z][A-Za-z -]*:/, '').replace(/(\d)\s*(?:to|–|-)\s*(\d)/g, '$1-$2'))
    .join(' ')
    .split(/[^\p{L}\p{N}]+/u)
    // Numbers aside: cue times are written one way (`0:05` -> `00:05`).
    .filter((w) => /\p{L}/u.test(w));
}

function check(name: string, property: (text: string) => void): void {
  it(name, () => {
    const result = fc.check(fc.property(document, property), { seed: SEED, numRuns: RUNS });
    if (!result.failed) return;
    const text = result.counterexample![0];
    const error = 'errorInstance' in result && result.errorInstance instanceof Error ? result.errorInstance.message : 'failed';
    assert.fail(`${error}\n\nThe smallest document found (seed ${SEED}), as a test:\n\n  it('${name}', () => {\n    const text = ${JSON.stringify(text)};\n    // …the property above, on this text\n  });\n`);
  });
}

describe(`properties of every document (fast-check, seed ${SEED}, ${RUNS} documents)`, () => {
  check('analysis, completion, hover and formatting never throw, and every range they give lies in the document', (text) => {
    const analysis = analyze(text);
    const lengths = lineLengths(text);
    for (const problem of analysis.problems) {
      assert.ok(inside(lengths, problem.range), `${problem.ruleId} at ${JSON.stringify(problem.range)}`);
      for (const fix of fixesFor(analysis, problem)) for (const edit of fix.edits) assert.ok(inside(lengths, edit.range), `${fix.title}: ${JSON.stringify(edit.range)}`);
    }
    for (let line = 0; line < lengths.length; line += 3) {
      for (const character of [0, Math.floor(lengths[line] / 2), lengths[line]]) {
        for (const suggestion of complete(analysis, { line, character })) if (suggestion.range) assert.ok(inside(lengths, suggestion.range), `completion ${suggestion.label}`);
        const info = hover(analysis, { line, character });
        if (info) assert.ok(inside(lengths, info.range), 'hover range');
      }
    }
    for (const edit of format(analysis)) assert.ok(inside(lengths, edit.range), 'format range');
  });

  check('formatting keeps every word, comment and line, adds no problem, and a second pass changes nothing', (text) => {
    const before = analyze(text);
    const once = apply(text, format(before));
    const after = analyze(once);
    assert.equal(lineLengths(once).length, lineLengths(text).length, 'line count');
    assert.deepEqual(comments(after), comments(before), 'comments');
    assert.deepEqual(words(once), words(text), 'words');
    const count = (a: Analysis) => a.problems.length;
    assert.ok(count(after) <= count(before), `problems ${count(before)} -> ${count(after)}: ${after.problems.map((p) => p.ruleId).join(', ')}`);
    assert.equal(apply(once, format(after)), once, 'a second pass changes nothing');
  });

  check("a quick fix removes its problem and adds none of another rule's", (text) => {
    const analysis = analyze(text);
    // The two mood rules report the same words, one for people and one for places: a word may
    // move from one to the other when its owner goes ("nervous nervously" -> "nervous").
    const family = (rule: string) => (rule.startsWith('mood-') ? 'mood' : rule);
    const byRule = (a: Analysis) => {
      const counts = new Map<string, number>();
      for (const p of a.problems) counts.set(family(p.ruleId), (counts.get(family(p.ruleId)) ?? 0) + 1);
      return counts;
    };
    const before = byRule(analysis);
    // The first problem of each rule, and its preferred fix: enough to find a broken one, cheap enough to run often.
    const seen = new Set<string>();
    for (const problem of analysis.problems) {
      if (seen.has(problem.ruleId)) continue;
      seen.add(problem.ruleId);
      const fix = problem.fixes?.find((f) => f.preferred);
      if (!fix || !fix.edits.length || fix.command) continue;
      const after = byRule(analyze(apply(text, fix.edits)));
      const own = family(problem.ruleId);
      assert.ok((after.get(own) ?? 0) < (before.get(own) ?? 0), `${fix.title} left ${problem.ruleId}`);
      // Closing the front matter or turning a shot's range the right way round makes the text below
      // a prompt, or the shot's cues checkable, again: what that shows was there all along.
      if (REVEALING.has(problem.ruleId)) continue;
      for (const [rule, n] of after) {
        if (rule !== own) assert.ok(n <= (before.get(rule) ?? 0), `${fix.title} (${problem.ruleId}) added ${rule}`);
      }
    }
  });
});
