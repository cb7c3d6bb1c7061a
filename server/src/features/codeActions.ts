import { sameRange } from '../language/ranges';
import type { Fix, Problem, TextEdit } from '../rules/rule';
import type { Analysis } from './analysis';

export const ALLOW_WORD_COMMAND = 'sora.allowVagueWord';

/** The problem a client's diagnostic stands for: same rule, same range. */
export function problemFor(analysis: Analysis, ruleId: string, range: Problem['range']): Problem | undefined {
  return analysis.problems.find((p) => p.ruleId === ruleId && sameRange(p.range, range));
}

/** A quick fix that adds `// sora-disable-next-line <rule>` above the problem, with the line's indentation. */
function disableForLine(analysis: Analysis, problem: Problem): Fix {
  const line = problem.range.start.line;
  // Nothing may stand above the front matter's opening `---`: there the comment goes at the end of the line.
  const opening = analysis.tree.frontMatter?.openingRange;
  if (opening && opening.start.line === line) {
    const end = { line, character: analysis.lines.at(line).length };
    return { title: `Disable ${problem.ruleId} for this line`, edits: [{ range: { start: end, end }, newText: ` // sora-disable-line ${problem.ruleId}` }] };
  }
  const indent = /^\s*/.exec(analysis.lines.at(line))![0].replace(/\uFEFF/g, '');
  const at = { line, character: line === 0 && analysis.tree.hasBom ? 1 : 0 };
  return {
    title: `Disable ${problem.ruleId} for this line`,
    edits: [{ range: { start: at, end: at }, newText: `${indent}// sora-disable-next-line ${problem.ruleId}\n` }],
  };
}

/** Every fix offered for one problem: its own fixes (preferred first), then the ways to silence it. */
export function fixesFor(analysis: Analysis, problem: Problem): Fix[] {
  const fixes = [...(problem.fixes ?? [])].sort((a, b) => Number(!!b.preferred) - Number(!!a.preferred));
  if (problem.ruleId === 'vague-adjective') {
    const word = analysis.lines.at(problem.range.start.line).slice(problem.range.start.character, problem.range.end.character).toLowerCase();
    fixes.push({ title: `Allow "${word}" in this workspace`, edits: [], command: { id: ALLOW_WORD_COMMAND, arguments: [word] } });
  }
  fixes.push(disableForLine(analysis, problem));
  return fixes;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  const before = (x: TextEdit['range']['end'], y: TextEdit['range']['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return !(before(a.range.end, b.range.start) || before(b.range.end, a.range.start));
}

/**
 * The edits of every automatic fix in the file (typos, malformed times, values the model offers),
 * skipping any that would overlap one already taken; fixes that choose words are left to the creator.
 */
export function fixAll(analysis: Analysis): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const problem of analysis.problems) {
    const fix = problem.fixes?.find((f) => f.automatic);
    if (!fix || fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...fix.edits);
  }
  return taken;
}

/** True when two inserted texts share a word of four letters or more (their parts, for hyphenated words). */
function sharesWord(a: string, b: string): boolean {
  const words = (text: string) => text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 3);
  const inA = new Set(words(a));
  return words(b).some((w) => inA.has(w));
}

/** The checks whose fixes show instead of tell: the ones "Show, don't tell" applies together. */
export const TELLING_RULES: ReadonlySet<string> = new Set(['vague-adjective', 'mood-on-person', 'mood-of-scene']);

/**
 * "Show, don't tell" for a whole shot: the preferred fix of every vague word and mood in the shot
 * at `line`, as one edit, skipping a fix that would overlap one already taken. Undefined when the
 * shot has none.
 */
export function showDontTell(analysis: Analysis, line: number): { edits: TextEdit[]; count: number } | undefined {
  const shot = analysis.tree.shots.find((s) => s.range.start.line <= line && line <= s.range.end.line);
  if (!shot) return undefined;
  const taken: TextEdit[] = [];
  let count = 0;
  for (const problem of analysis.problems) {
    if (!TELLING_RULES.has(problem.ruleId)) continue;
    if (problem.range.start.line < shot.range.start.line || problem.range.end.line > shot.range.end.line) continue;
    // Only what "fix this" would do: a fix that is merely offered (behaviour whose place is unsure) is the creator's call.
    const fix = problem.fixes?.find((f) => f.preferred);
    if (!fix || !fix.edits.length || fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    // Each fix was chosen alone: one that would say again what another already adds on the same
    // line ("a wide, sunlit, sunlit, wide-open lake") is left for the creator.
    if (fix.edits.some((edit) => taken.some((other) => other.range.start.line === edit.range.start.line && sharesWord(other.newText, edit.newText)))) continue;
    taken.push(...fix.edits);
    count++;
  }
  return count ? { edits: taken, count } : undefined;
}
