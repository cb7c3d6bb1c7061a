import type { SoraTree } from '../language/tree';
import type { TextEdit } from './rule';

/** The edit that sets a front-matter key: replaces its value, adds the line, or adds a front matter. */
export function setFrontMatter(tree: SoraTree, key: string, value: string): TextEdit {
  const frontMatter = tree.frontMatter;
  const entry = frontMatter?.entries.find((e) => e.name === key);
  if (entry) {
    const at = entry.value.text ? entry.value.range : { start: entry.range.end, end: entry.range.end };
    return { range: at, newText: entry.value.text ? value : ` ${value}` };
  }
  if (frontMatter) {
    const last = frontMatter.entries[frontMatter.entries.length - 1];
    const after = last ? last.range.end : frontMatter.openingRange.end;
    return { range: { start: after, end: after }, newText: `\n${key}: ${value}` };
  }
  const start = { line: 0, character: tree.hasBom ? 1 : 0 };
  return { range: { start, end: start }, newText: `---\n${key}: ${value}\n---\n` };
}
