import { nextLineBreak } from '../language/blocks';
import { formatCount } from '../language/numbers';
import { firstOnOrAfter } from '../language/search';
import type { Severity } from '../language/settings';
import type { Fix, Problem } from '../rules/rule';
import type { Analysis } from './analysis';

/** The code of the notice that says some problems are held back. It is not a rule: nothing in the text is wrong. */
export const PROBLEM_LIMIT_CODE = 'problem-limit';

/** A client command that sets `sora.maxProblems` to 0 (no limit); the notice's quick fix runs it. */
export const SHOW_ALL_PROBLEMS_COMMAND = 'sora.showAllProblems';

/** The notice's quick fix, for the document at `uri` (whose settings it changes). */
export function showAllProblemsFix(uri: string): Fix {
  return {
    title: 'Show every problem (sets sora.maxProblems to 0)',
    edits: [],
    command: { id: SHOW_ALL_PROBLEMS_COMMAND, arguments: [uri] },
    preferred: true,
  };
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, information: 2, hint: 3 };

/** The lines the problems shown of the severity that did not fit lie on, when some were held back. */
export interface ShownWindow {
  severity: Severity;
  startLine: number;
  endLine: number;
}

export function sameWindow(a: ShownWindow | undefined, b: ShownWindow | undefined): boolean {
  return a === b || (!!a && !!b && a.severity === b.severity && a.startLine === b.startLine && a.endLine === b.endLine);
}

export interface ProblemsToShow {
  /** What the editor shows, by position; when some are held back, the notice comes first. */
  problems: readonly Problem[];
  /** Where the shown problems of the severity that did not fit lie; undefined when all are shown. */
  window: ShownWindow | undefined;
}

/**
 * The problems the editor shows for an analysis: all of them, or at most `limit` (0 means no
 * limit). A file with thousands of problems is read where one works, not problem by problem, and
 * sending all of them on every keystroke costs typing time and editor memory (a 1 MB file with
 * 8,500 problems is 2.5 MB of messages per keystroke). So the most severe come first, and of the
 * severity that does not fit entirely, the ones nearest `focusLine`, the line the user is working
 * on. A notice on the first line says what is held back and how to see it all.
 *
 * Speed: it runs on every keystroke, so it is linear in the number of problems (they are already
 * sorted by position) and reads each problem once; with no limit reached the analysis's own list
 * is returned, so converted diagnostics stay cached.
 */
export function problemsToShow(analysis: Analysis, limit: number, focusLine = 0): ProblemsToShow {
  const all = analysis.problems;
  const total = all.length;
  if (limit <= 0 || total <= limit) return { problems: all, window: undefined };

  // One pass sorts the problems' indexes by severity (each list stays in document order).
  const bySeverity: number[][] = SEVERITY_ORDER.map(() => []);
  for (let i = 0; i < total; i++) bySeverity[SEVERITY_RANK[all[i].severity]].push(i);
  // The severities shown whole, then the one that is cut: of it, the run nearest the focus.
  const shownIndexes = new Uint8Array(total);
  let budget = limit;
  let rank = 0;
  for (; bySeverity[rank].length <= budget; rank++) {
    for (const i of bySeverity[rank]) shownIndexes[i] = 1;
    budget -= bySeverity[rank].length;
  }
  // `limit < total`, so the loop stops at a severity that does not fit.
  const cut = bySeverity[rank];
  const lines = cut.map((i) => all[i].range.start.line);
  const [first, last] = nearest(lines, budget, focusLine);
  for (let k = first; k <= last; k++) shownIndexes[cut[k]] = 1;

  const counts = bySeverity.map((indexes) => indexes.length);
  const shown: Problem[] = [notice(analysis, limit, counts, rank, budget)];
  for (let i = 0; i < total; i++) if (shownIndexes[i]) shown.push(all[i]);
  const window = budget > 0 ? { severity: SEVERITY_ORDER[rank], startLine: lines[first], endLine: lines[last] } : undefined;
  return { problems: shown, window };
}

/**
 * The `count` entries of the sorted `lines` nearest `focus`, as the first and last index of the
 * run they form (a run, because the nearest entries of a sorted list are contiguous). An empty
 * run (`count` 0) is [0, -1].
 */
function nearest(lines: readonly number[], count: number, focus: number): [number, number] {
  if (count <= 0) return [0, -1];
  // The first entry at or after the focus: the run grows from there in both directions.
  const low = firstOnOrAfter(lines, focus, (line) => line);
  let before = low - 1;
  let after = low;
  for (let taken = 0; taken < count; taken++) {
    const takeAfter = before < 0 || (after < lines.length && lines[after] - focus <= focus - lines[before]);
    if (takeAfter) after++;
    else before--;
  }
  return [before + 1, after - 1];
}

/** Severities as VS Code's Problems panel names them: one, and several. */
const SEVERITY_NAMES: Readonly<Record<Severity, readonly [string, string]>> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  information: ['info', 'infos'],
  hint: ['hint', 'hints'],
};

const counted = (count: number, severity: Severity) => `${formatCount(count)} ${SEVERITY_NAMES[severity][count === 1 ? 0 : 1]}`;

/**
 * The notice on the first line: how many problems there are, which are shown, and how many of each
 * severity are not. Severities before `cut` (by rank) are shown whole; of `cut`, `shownOfCut`.
 * When errors are held back, the notice is a warning: the error count in the editor is then short.
 */
function notice(analysis: Analysis, limit: number, counts: readonly number[], cut: number, shownOfCut: number): Problem {
  const total = counts.reduce((sum, count) => sum + count, 0);
  const shown: string[] = [];
  for (let rank = 0; rank < cut; rank++) if (counts[rank]) shown.push(`every ${SEVERITY_NAMES[SEVERITY_ORDER[rank]][0]}`);
  if (shownOfCut) {
    const [one, several] = SEVERITY_NAMES[SEVERITY_ORDER[cut]];
    shown.push(`${shown.length ? 'then ' : ''}the ${shownOfCut === 1 ? one : several} nearest where you last edited or placed the cursor`);
  }
  const notShown: string[] = [];
  for (let rank = cut; rank < SEVERITY_ORDER.length; rank++) {
    const count = rank === cut ? counts[rank] - shownOfCut : counts[rank];
    if (count) notShown.push(counted(count, SEVERITY_ORDER[rank]));
  }
  return {
    ruleId: PROBLEM_LIMIT_CODE,
    severity: cut === 0 ? 'warning' : 'information',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLineLength(analysis.lines.text) } },
    message:
      `This file has ${formatCount(total)} problems and shows ${formatCount(limit)}: ${shown.join(', ')}. ` +
      `Not shown: ${notShown.join(', ')}. Set sora.maxProblems to a higher number, or to 0 to show them all.`,
  };
}

/** The length of the text's first line. Speed: `Lines` would split the whole file to answer. */
function firstLineLength(text: string): number {
  const lineBreak = nextLineBreak(text, 0, true);
  return lineBreak === -1 ? text.length : lineBreak;
}
