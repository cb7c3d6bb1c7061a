import type { Severity } from '../language/settings';
import type { Problem } from '../rules/rule';
import type { Analysis } from './analysis';

/** The code of the notice that says some problems are held back. It is not a rule: nothing in the text is wrong. */
export const PROBLEM_LIMIT_CODE = 'problem-limit';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** The lines the problems shown of the severity that did not fit lie on, when some were held back. */
export interface ShownWindow {
  severity: Severity;
  startLine: number;
  endLine: number;
}

export interface ProblemsToShow {
  /** What the editor shows, by position; when some are held back, the notice comes first. */
  problems: readonly Problem[];
  /** How many problems the analysis found. */
  total: number;
  /** How many were held back (0 when all are shown). */
  hidden: number;
  /** Where the shown problems of the severity that did not fit lie; undefined when all are shown. */
  window: ShownWindow | undefined;
}

/**
 * The problems the editor shows for an analysis: all of them, or at most `limit` (0 means no
 * limit). A file with thousands of problems is read where one works, not problem by problem, and
 * sending all of them on every keystroke costs typing time and editor memory (a 1 MB file with
 * 8,500 problems is 3 MB of messages per keystroke). So the most severe come first, and of the
 * severity that does not fit entirely, the ones nearest `focusLine`, the line the user is working
 * on. A notice on the first line says how many are held back and how to see them all.
 *
 * Speed: linear in the number of problems (they are already sorted by position), no sort; with no
 * limit reached the analysis's own list is returned, so converted diagnostics stay cached.
 */
export function problemsToShow(analysis: Analysis, limit: number, focusLine = 0): ProblemsToShow {
  const all = analysis.problems;
  const total = all.length;
  if (limit <= 0 || total <= limit) return { problems: all, total, hidden: 0, window: undefined };

  const counts = new Map<Severity, number>();
  for (const problem of all) counts.set(problem.severity, (counts.get(problem.severity) ?? 0) + 1);
  // Severities shown whole, and the one that is cut (with how many of it fit).
  const whole = new Set<Severity>();
  let budget = limit;
  let cut: Severity | undefined;
  for (const severity of SEVERITY_ORDER) {
    const count = counts.get(severity) ?? 0;
    if (count <= budget) {
      whole.add(severity);
      budget -= count;
    } else {
      cut = severity;
      break;
    }
  }
  // `limit < total`, so some severity does not fit.
  const cutSeverity = cut!;
  const lines: number[] = [];
  for (const problem of all) if (problem.severity === cutSeverity) lines.push(problem.range.start.line);
  const [first, last] = nearest(lines, budget, focusLine);

  const shown: Problem[] = [notice(analysis, limit, total)];
  let index = 0;
  for (const problem of all) {
    if (whole.has(problem.severity)) shown.push(problem);
    else if (problem.severity === cutSeverity) {
      if (index >= first && index <= last) shown.push(problem);
      index++;
    }
  }
  const window = budget > 0 ? { severity: cutSeverity, startLine: lines[first], endLine: lines[last] } : undefined;
  return { problems: shown, total, hidden: total - limit, window };
}

/**
 * The `count` entries of the sorted `lines` nearest `focus`, as the first and last index of the
 * run they form (a run, because the nearest entries of a sorted list are contiguous). An empty
 * run (`count` 0) is [0, -1].
 */
function nearest(lines: readonly number[], count: number, focus: number): [number, number] {
  if (count <= 0) return [0, -1];
  // The first entry at or after the focus: the run grows from there in both directions.
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lines[middle] < focus) low = middle + 1;
    else high = middle;
  }
  let before = low - 1;
  let after = low;
  for (let taken = 0; taken < count; taken++) {
    const takeAfter = before < 0 || (after < lines.length && lines[after] - focus <= focus - lines[before]);
    if (takeAfter) after++;
    else before--;
  }
  return [before + 1, after - 1];
}

function notice(analysis: Analysis, limit: number, total: number): Problem {
  const count = (n: number) => n.toLocaleString('en-US');
  return {
    ruleId: PROBLEM_LIMIT_CODE,
    severity: 'information',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: analysis.lines.at(0).length } },
    message:
      `This file has ${count(total)} problems; ${count(limit)} are shown: the most severe first, then those nearest ` +
      `where you last edited or placed the cursor. Set sora.maxProblems to a higher number, or to 0 to show them all.`,
  };
}
