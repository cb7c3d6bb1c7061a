import { FRONT_MATTER_KEYS } from '../language/frontMatterKeys';
import type { Finding, Rule } from './rule';
import { closest } from '../language/suggest';

export const unknownFrontMatterKey: Rule = {
  id: 'unknown-front-matter-key',
  defaultSeverity: 'warning',
  description: 'A front-matter key the format does not know; it is ignored.',
  scope: 'file',
  check({ tree }) {
    const findings: Finding[] = [];
    const keys = Object.keys(FRONT_MATTER_KEYS);
    for (const entry of tree.frontMatter?.entries ?? []) {
      if (entry.name in FRONT_MATTER_KEYS) continue;
      const suggestion = closest(entry.name, keys);
      const finding: Finding = {
        range: entry.key.range,
        message: suggestion
          ? `Unknown front-matter key "${entry.key.text}". Did you mean "${suggestion}"?`
          : `Unknown front-matter key "${entry.key.text}"; it is ignored. Known keys: ${keys.join(', ')}.`,
      };
      if (suggestion) {
        finding.fixes = [{ title: `Rename to "${suggestion}"`, edits: [{ range: entry.key.range, newText: suggestion }], preferred: true, automatic: true }];
      }
      findings.push(finding);
    }
    return findings;
  },
};
