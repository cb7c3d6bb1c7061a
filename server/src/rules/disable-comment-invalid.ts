import { closest } from '../language/suggest';
import { DIRECTIVE_KINDS, notADirective, readDirective } from '../language/suppressions';
import type { Comment, Span } from '../language/tree';
import type { Finding, Rule } from './rule';

const PROBLEM_LIMIT = 'problem-limit';
const KEYWORDS = DIRECTIVE_KINDS.map((kind) => `sora-${kind}`);

// Speed: this is a file rule, run on every keystroke, and a file may repeat the same wrong id in
// thousands of comments. Finding the nearest id is an edit distance to each of the 25 ids, so each
// written word is looked up once per list of candidates (the rule ids, or the keywords), which stay
// the same for the server's whole life.
const nearestByCandidates = new WeakMap<readonly string[], Map<string, string | undefined>>();

function nearestOf(written: string, candidates: readonly string[]): string | undefined {
  let nearest = nearestByCandidates.get(candidates);
  if (!nearest) nearestByCandidates.set(candidates, (nearest = new Map()));
  if (!nearest.has(written)) {
    // Bounded: ids and keywords people write, not text; past this, start over rather than grow.
    if (nearest.size > 10_000) nearest.clear();
    nearest.set(written, closest(written, candidates));
  }
  return nearest.get(written);
}

function replaceWith(span: Span, text: string): Finding['fixes'] {
  return [{ title: `Change to "${text}"`, edits: [{ range: span.range, newText: text }], preferred: true, automatic: true }];
}

function unknownRule(target: Span, ids: readonly string[]): Finding {
  if (target.text === PROBLEM_LIMIT) {
    return {
      range: target.range,
      message: `"${PROBLEM_LIMIT}" is a notice, not a rule: no comment switches it off. Set sora.maxProblems to 0 to show every problem instead.`,
    };
  }
  const suggestion = nearestOf(target.text, ids);
  const finding: Finding = {
    range: target.range,
    message: `No rule is called "${target.text}", so this comment switches nothing off for it.${suggestion ? ` Did you mean "${suggestion}"?` : ' Rule ids are the codes the Problems panel shows, such as vague-adjective; a reason for people goes after " -- ".'}`,
  };
  if (suggestion) finding.fixes = replaceWith(target, suggestion);
  return finding;
}

function misspeltKeyword(word: Span): Finding | undefined {
  const meant = nearestOf(word.text.toLowerCase(), KEYWORDS);
  // Only a word close to a directive is reported: `// sora-2 is the default` is a note.
  if (!meant) return undefined;
  if (meant === word.text) {
    // The keyword itself, followed by something other than a space, a comma or a colon.
    return { range: word.range, message: `"${meant}" must be followed by a space, a comma, a colon or the end of the comment, so this comment switches nothing off.` };
  }
  return {
    range: word.range,
    message: `"${word.text}" is not a disable comment, so it switches nothing off. Did you mean "${meant}"?`,
    fixes: replaceWith(word, meant),
  };
}

function unknownTargets(comment: Comment, ruleIds: readonly string[], shift = 0): Finding[] {
  const directive = readDirective(comment);
  if (!directive) return [];
  return directive.targets
    .filter((target) => !ruleIds.includes(target.text))
    .map((target) => {
      const { start, end } = target.range;
      return unknownRule({ text: target.text, range: { start: { ...start, character: start.character - shift }, end: { ...end, character: end.character - shift } } }, ruleIds);
    });
}

function findingsOf(comment: Comment, ruleIds: readonly string[]): Finding[] {
  if (readDirective(comment)) return unknownTargets(comment, ruleIds);
  const word = notADirective(comment);
  const finding = word && misspeltKeyword(word);
  if (!finding) return [];
  // The ids after a misspelt keyword are reported too, as the comment reads once the keyword is put
  // right: otherwise fixing the keyword would bring a problem nobody was told of.
  const meant = finding.fixes?.[0].edits[0].newText;
  if (!meant) return [finding];
  const at = word.range.start.character - comment.range.start.character;
  const corrected: Comment = { text: comment.text.slice(0, at) + meant + comment.text.slice(at + word.text.length), range: comment.range };
  return [finding, ...unknownTargets(corrected, ruleIds, meant.length - word.text.length)];
}

// Speed: a comment of an unchanged block is the same object from one analysis to the next, and the
// rule ids never change, so its findings are kept with it: a keystroke neither rebuilds them nor
// makes the server convert them again (shot-range-overlap keeps its findings the same way).
const kept = new WeakMap<Comment, Finding[]>();

// A file rule: comments are the file's, not a shot's.
export const disableCommentInvalid: Rule = {
  id: 'disable-comment-invalid',
  defaultSeverity: 'warning',
  description: 'A disable comment that names a rule that does not exist, or misspells sora-disable: it switches nothing off.',
  scope: 'file',
  check({ tree, ruleIds }) {
    const findings: Finding[] = [];
    for (const comment of tree.directives) {
      let found = kept.get(comment);
      if (!found) {
        found = findingsOf(comment, ruleIds);
        kept.set(comment, found);
      }
      findings.push(...found);
    }
    return findings;
  },
};
