import { closest } from '../language/suggest';
import { DIRECTIVE_KINDS, notADirective, readDirective } from '../language/suppressions';
import type { Span } from '../language/tree';
import type { Finding, Rule } from './rule';

const PROBLEM_LIMIT = 'problem-limit';

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
  const suggestion = closest(target.text, ids);
  const finding: Finding = {
    range: target.range,
    message: `No rule is called "${target.text}", so this comment switches nothing off for it.${suggestion ? ` Did you mean "${suggestion}"?` : ' Rule ids are the codes the Problems panel shows, such as vague-adjective.'}`,
  };
  if (suggestion) finding.fixes = replaceWith(target, suggestion);
  return finding;
}

// A file rule: comments are the file's, not a shot's. It reads each comment's first characters
// only (most comments are notes: `readDirective` rules them out with one string search).
export const disableCommentInvalid: Rule = {
  id: 'disable-comment-invalid',
  defaultSeverity: 'warning',
  description: 'A disable comment that names a rule that does not exist, or misspells sora-disable: it switches nothing off.',
  scope: 'file',
  check({ tree, ruleIds }) {
    const findings: Finding[] = [];
    for (const comment of tree.comments) {
      const directive = readDirective(comment);
      if (directive) {
        for (const target of directive.targets) {
          if (!ruleIds.includes(target.text)) findings.push(unknownRule(target, ruleIds));
        }
        continue;
      }
      const word = notADirective(comment);
      if (!word) continue;
      // Only a word close to a directive is reported: `// sora-2 is the default` is a note.
      const meant = closest(word.text, DIRECTIVE_KINDS.map((kind) => `sora-${kind}`));
      if (!meant) continue;
      findings.push({
        range: word.range,
        message: `"${word.text}" is not a disable comment, so it switches nothing off. Did you mean "${meant}"?`,
        fixes: replaceWith(word, meant),
      });
    }
    return findings;
  },
};
