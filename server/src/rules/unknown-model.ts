import { frontMatterEntry } from '../language/clip';
import type { Finding, Rule } from './rule';
import { closest } from '../language/suggest';

export const unknownModel: Rule = {
  id: 'unknown-model',
  defaultSeverity: 'error',
  description: 'The front-matter model names no known model profile.',
  scope: 'file',
  check({ tree, clip, profiles }) {
    const entry = frontMatterEntry(tree, 'model');
    if (!entry || clip.modelKnown) return [];
    const ids = [...profiles.keys()];
    if (!entry.value.text) {
      return [{ range: entry.key.range, message: `"model" has no value. Known models: ${ids.join(', ')}.` }];
    }
    const suggestion = closest(entry.value.text, ids);
    const finding: Finding = {
      range: entry.value.range,
      message: `Unknown model "${entry.value.text}"${suggestion ? `. Did you mean "${suggestion}"?` : '.'} Known models: ${ids.join(', ')}. Checks use ${clip.profile.id} meanwhile; add your own profile in the "sora.models" setting.`,
    };
    if (suggestion) {
      finding.fixes = [{ title: `Change to "${suggestion}"`, edits: [{ range: entry.value.range, newText: suggestion }], preferred: true, automatic: true }];
    }
    return [finding];
  },
};
