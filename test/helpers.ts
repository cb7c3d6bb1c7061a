import { Analyzer } from '../server/src/features/analysis';
import type { Range } from '../server/src/language/tree';
import type { Fix, Problem } from '../server/src/rules/rule';

export interface Expected {
  ruleId: string;
  range: Range;
}

/**
 * Reads a fixture whose expected problems are marked inline: `⟦beautiful|vague-adjective⟧` marks
 * the text `beautiful` as the range of a `vague-adjective` problem. Returns the text without the
 * marks and the problems it expects, in order.
 */
export function fixture(marked: string): { text: string; expected: Expected[] } {
  const expected: Expected[] = [];
  const lines = marked.split('\n');
  const out = lines.map((line, lineIndex) => {
    let result = '';
    let rest = line;
    for (;;) {
      const open = rest.indexOf('⟦');
      if (open < 0) break;
      const close = rest.indexOf('⟧', open);
      const [inner, ruleId] = rest.slice(open + 1, close).split('|');
      result += rest.slice(0, open);
      const start = result.length;
      result += inner;
      expected.push({ ruleId, range: { start: { line: lineIndex, character: start }, end: { line: lineIndex, character: start + inner.length } } });
      rest = rest.slice(close + 1);
    }
    return result + rest;
  });
  return { text: out.join('\n'), expected };
}

export function analyze(text: string, settings: unknown = {}) {
  return new Analyzer(settings).analyze(text);
}

export function found(problems: Problem[], ruleId?: string): Expected[] {
  return problems.filter((p) => !ruleId || p.ruleId === ruleId).map((p) => ({ ruleId: p.ruleId, range: p.range }));
}

/** Asserts that the fixture's marked problems, and only those, are found (optionally for one rule). */
export function problemsOf(marked: string, settings: unknown = {}, ruleId?: string) {
  const { text, expected } = fixture(marked);
  const full = analyze(text, settings);
  // Asked about one rule, the analysis holds only that rule's problems, so `problems[0]` is its first.
  const analysis = ruleId ? { ...full, problems: full.problems.filter((p) => p.ruleId === ruleId) } : full;
  return { text, expected: expected.filter((e) => !ruleId || e.ruleId === ruleId), actual: found(analysis.problems, ruleId), analysis };
}

export { applyFix, rangeText } from './text';

/** A random number generator (mulberry32): a fixed seed gives the same numbers, so the same cases, on every run. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
