import type { Range } from '../language/tree';
import type { Fix, Problem } from '../rules/rule';
import type { Analysis } from './analysis';

function samePosition(a: Range['start'], b: Range['start']): boolean {
  return a.line === b.line && a.character === b.character;
}

export function sameRange(a: Range, b: Range): boolean {
  return samePosition(a.start, b.start) && samePosition(a.end, b.end);
}

/** The problem a client's diagnostic stands for: same rule, same range. */
export function problemFor(analysis: Analysis, ruleId: string, range: Range): Problem | undefined {
  return analysis.problems.find((p) => p.ruleId === ruleId && sameRange(p.range, range));
}

/** The fixes of one problem, preferred first. */
export function fixesFor(problem: Problem): Fix[] {
  return [...(problem.fixes ?? [])].sort((a, b) => Number(!!b.preferred) - Number(!!a.preferred));
}
