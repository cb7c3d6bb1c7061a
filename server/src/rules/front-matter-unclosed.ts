import type { Rule } from './rule';

export const frontMatterUnclosed: Rule = {
  id: 'front-matter-unclosed',
  defaultSeverity: 'error',
  description: 'The front matter opened with "---" has no closing "---".',
  scope: 'file',
  check({ tree }) {
    const frontMatter = tree.frontMatter;
    if (!frontMatter || frontMatter.closed) return [];
    const after = frontMatter.range.end;
    return [{
      range: frontMatter.openingRange,
      message: 'The front matter is not closed: add a line "---" after its last key.',
      fixes: [{
        title: 'Close the front matter',
        edits: [{ range: { start: after, end: after }, newText: '\n---' }],
        preferred: true,
        automatic: true,
      }],
    }];
  },
};
