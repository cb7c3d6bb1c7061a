// Completion and hover inside disable comments (`// sora-disable-next-line vague-adjective`): the
// directives, and the rule ids with what each reports. Everywhere else, comments get neither.
import { lineRange } from '../language/ranges';
import { firstOnOrAfter, itemOnLine } from '../language/search';
import { DIRECTIVE_KINDS, readDirective, type DirectiveKind } from '../language/suppressions';
import type { Comment, Position } from '../language/tree';
import { RULES, RULES_BY_ID } from '../rules';
import type { Rule } from '../rules/rule';
import type { Analysis } from './analysis';
import type { Suggestion } from './completion';
import type { HoverInfo } from './hover';

const WHAT_IT_DOES: Readonly<Record<DirectiveKind, string>> = {
  'disable-next-line': 'switches the rules named after it off for the next line',
  'disable-line': 'switches the rules named after it off for its own line (put it at the end of the line)',
  disable: 'switches the rules named after it off from here to the end of the file, or to a `sora-enable` comment',
  enable: 'switches the rules named after it on again, after a `sora-disable` comment',
};

/** The comment on `line`, if the line has one. */
function commentOn(comments: readonly Comment[], line: number): Comment | undefined {
  return itemOnLine(comments, line, (comment) => comment.range.start.line);
}

function describeRule(rule: Rule, analysis: Analysis): string {
  const level = analysis.analyzer.level(rule);
  const inForce = level === rule.defaultSeverity ? '' : ` (${level} in your settings)`;
  return `**${rule.id}** — ${rule.description}\n\nDefault severity: ${rule.defaultSeverity}${inForce}.`;
}

/** The lines a directive of `kind` written on `line` covers first: where its rules' problems matter. */
function coveredLine(kind: DirectiveKind, line: number): number {
  return kind === 'disable-line' ? line : line + 1;
}

/**
 * Suggestions in a comment at `position`: the directives at its start, the rule ids after one. Rules
 * with a problem on the line the comment covers come first; rules the comment already names are left out.
 */
export function disableCommentSuggestions(analysis: Analysis, position: Position): Suggestion[] | undefined {
  const comment = commentOn(analysis.tree.comments, position.line);
  const offset = position.character - (comment?.range.start.character ?? 0);
  if (!comment || offset < 2) return undefined;
  const before = comment.text.slice(0, offset);
  const line = position.line;
  const keyword = /^\/\/\s*([\w-]*)$/.exec(before);
  if (keyword) {
    const start = position.character - keyword[1].length;
    const end = start + /^[\w-]*/.exec(comment.text.slice(offset - keyword[1].length))![0].length;
    return DIRECTIVE_KINDS.map((kind, index) => ({
      label: `sora-${kind}`,
      kind: 'directive',
      detail: 'disable comment',
      documentation: `\`// sora-${kind} rule-id, …\` ${WHAT_IT_DOES[kind]}. With no rule id it covers every rule.`,
      insertText: `sora-${kind} `,
      range: lineRange(line, start, end),
      sortText: String(index),
    }));
  }
  const directive = readDirective(comment);
  // Rule ids go after the directive's keyword and a space (or a comma), not inside the keyword.
  if (!directive || position.character <= directive.keyword.range.end.character) return undefined;
  // After ` -- ` comes a reason for people, not ids.
  if (directive.reasonAt !== undefined && position.character >= directive.reasonAt) return [];
  const typed = /[^\s,]*$/.exec(before)![0];
  const start = position.character - typed.length;
  const end = start + /^[^\s,]*/.exec(comment.text.slice(offset - typed.length))![0].length;
  const named = new Set(directive.targets.map((t) => t.text));
  const covered = coveredLine(directive.kind, directive.line);
  // The problems are sorted by line: those on the covered line are found by binary search.
  const reported = new Set<string>();
  const problems = analysis.reported;
  for (let i = firstOnOrAfter(problems, covered, (p) => p.range.start.line); problems[i]?.range.start.line === covered; i++) reported.add(problems[i].ruleId);
  return RULES.filter((rule) => !named.has(rule.id) || rule.id === typed).map((rule, index) => ({
    label: rule.id,
    kind: 'rule',
    detail: reported.has(rule.id) ? `reported on line ${covered + 1}` : `${rule.defaultSeverity} by default`,
    documentation: describeRule(rule, analysis),
    insertText: rule.id,
    range: lineRange(line, start, end),
    sortText: `${reported.has(rule.id) ? 0 : 1}${String(index).padStart(3, '0')}`,
  }));
}

/** Hover on a directive or a rule id in a disable comment. */
export function disableCommentHover(analysis: Analysis, position: Position): HoverInfo | undefined {
  // Only a comment that mentions a directive can hold one (completion, above, reads every comment).
  const comment = commentOn(analysis.tree.directives, position.line);
  if (!comment) return undefined;
  const directive = readDirective(comment);
  if (!directive) return undefined;
  const character = position.character;
  const target = directive.targets.find((t) => t.range.start.character <= character && character <= t.range.end.character);
  if (target) {
    const rule = RULES_BY_ID.get(target.text);
    return rule ? { range: target.range, markdown: describeRule(rule, analysis) } : undefined;
  }
  const { keyword, kind } = directive;
  if (character < keyword.range.start.character || character > keyword.range.end.character) return undefined;
  const covers = directive.targets.length ? directive.targets.map((t) => `\`${t.text}\``).join(', ') : 'every rule';
  return {
    range: keyword.range,
    markdown: `**sora-${kind}** — disable comment: ${WHAT_IT_DOES[kind]}. Here: ${covers}.`,
  };
}
