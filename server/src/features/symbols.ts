import { headingParts } from '../language/clip';
import { formatSeconds } from '../language/timestamps';
import type { Range } from '../language/tree';
import type { Analysis } from './analysis';

export interface OutlineItem {
  name: string;
  detail: string;
  kind: 'front-matter' | 'key' | 'shot' | 'field';
  range: Range;
  /** The part to reveal and highlight when the item is picked (a heading, a field name). */
  selectionRange: Range;
  children: OutlineItem[];
}

function firstWords(text: string, count: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.slice(0, count).join(' ') + (words.length > count ? '…' : '');
}

/** The outline of a file: its front matter, then its shots with their spans, each holding its fields. */
export function outline({ tree, clip }: Analysis): OutlineItem[] {
  const items: OutlineItem[] = [];
  const frontMatter = tree.frontMatter;
  if (frontMatter) {
    items.push({
      name: 'Front matter',
      detail: `${clip.modelId}, ${clip.duration} s`,
      kind: 'front-matter',
      range: frontMatter.range,
      selectionRange: frontMatter.openingRange,
      children: frontMatter.entries.map((entry) => ({
        name: entry.key.text,
        detail: entry.value.text,
        kind: 'key',
        range: entry.range,
        selectionRange: entry.key.range,
        children: [],
      })),
    });
  }
  tree.shots.forEach((shot, index) => {
    const span = clip.spans[index];
    const fields: OutlineItem[] = shot.fields
      .filter((field) => field.name || field.segments.length)
      .map((field) => ({
        name: field.kind ?? field.name?.text ?? 'Prompt',
        detail: firstWords(field.segments.map((s) => s.text).join(' ') || field.dialogue.map((d) => d.speaker.text).join(', '), 6),
        kind: 'field',
        range: field.range,
        selectionRange: field.name?.range ?? field.segments[0]?.range ?? field.range,
        children: [],
      }));
    const { label: headingLabel, description } = headingParts(shot);
    const label = shot.heading ? headingLabel : tree.shots.length > 1 ? 'Opening' : 'Shot';
    items.push({
      name: label,
      detail: [`${formatSeconds(span.start)}-${formatSeconds(span.end)}`, ...(shot.heading ? description : [])].join(' · '),
      kind: 'shot',
      range: shot.range,
      selectionRange: shot.heading?.range ?? shot.fields[0]?.range ?? shot.range,
      children: fields,
    });
  });
  return items;
}

export interface Fold {
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'region';
}

/** Folding: the front matter, each shot, and fields that run over more than one line. */
export function folds({ tree }: Analysis): Fold[] {
  const result: Fold[] = [];
  const add = (startLine: number, endLine: number, kind?: Fold['kind']) => {
    if (endLine > startLine) result.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  if (tree.frontMatter) add(tree.frontMatter.range.start.line, tree.frontMatter.range.end.line, 'region');
  for (const shot of tree.shots) {
    add(shot.range.start.line, shot.range.end.line);
    for (const field of shot.fields) add(field.range.start.line, field.range.end.line);
  }
  return result;
}
