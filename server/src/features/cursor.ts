import type { Field, Position, Range, Shot, SoraTree } from '../language/tree';
import { lineRange } from '../language/ranges';
import type { Analysis } from './analysis';
import { firstOnOrAfter } from '../language/search';

/** Where the cursor stands, in the terms completion and hover need. */
export type Place =
  | { kind: 'front-matter-key'; range: Range }
  | { kind: 'front-matter-value'; key: string; range: Range }
  | { kind: 'heading'; shot: Shot | undefined; range: Range }
  | { kind: 'line-start'; shot: Shot | undefined; field: Field | undefined; range: Range }
  | { kind: 'field-text'; shot: Shot | undefined; field: Field | undefined; before: string }
  | { kind: 'nowhere' };

const COMMENT_START = /(?:^|\s)\/\//;

/** The shot whose lines hold `line` (the last shot that starts at or before it). */
export function shotAt(tree: SoraTree, line: number): Shot | undefined {
  // Shots are in document order: the one before the first that starts below the line.
  const below = firstOnOrAfter(tree.shots, line + 1, (shot) => shot.range.start.line);
  return below > 0 ? tree.shots[below - 1] : undefined;
}

export function fieldAt(shot: Shot | undefined, line: number): Field | undefined {
  return shot?.fields.find((f) => f.range.start.line <= line && line <= f.range.end.line);
}

/** The field a new line typed at `line` continues: the one ending on the line above, if any. */
function fieldAbove(shot: Shot | undefined, line: number): Field | undefined {
  return shot?.fields.find((f) => f.range.end.line === line - 1);
}

function inFrontMatter(tree: SoraTree, line: number): boolean {
  const frontMatter = tree.frontMatter;
  if (!frontMatter || line === 0) return false;
  if (frontMatter.closed) return line < frontMatter.range.end.line;
  // While the front matter is being typed it has no closing fence yet: the line after it belongs to it too.
  return line <= frontMatter.range.end.line + 1 && !tree.shots.some((s) => s.range.start.line <= line);
}

export function placeAt(analysis: Analysis, position: Position): Place {
  const { tree, lines } = analysis;
  const text = lines.at(position.line);
  const before = text.slice(0, position.character);
  if (COMMENT_START.test(before)) return { kind: 'nowhere' };
  const line = position.line;

  if (inFrontMatter(tree, line)) {
    const colon = text.indexOf(':');
    if (colon < 0 || position.character <= colon) {
      const start = before.length - before.trimStart().length;
      const end = colon < 0 ? text.trimEnd().length : colon;
      return { kind: 'front-matter-key', range: lineRange(line, start, Math.max(end, position.character)) };
    }
    const key = text.slice(0, colon).trim().toLowerCase();
    const valueStart = colon + 1 + (text.slice(colon + 1).length - text.slice(colon + 1).trimStart().length);
    return { kind: 'front-matter-value', key, range: lineRange(line, Math.min(valueStart, position.character), Math.max(text.trimEnd().length, position.character)) };
  }

  const shot = shotAt(tree, line);
  const heading = /^(\s*#+\s*)/.exec(text);
  if (heading && position.character >= heading[1].trimEnd().length) {
    const start = Math.min(heading[1].length, position.character);
    return { kind: 'heading', shot, range: lineRange(line, start, Math.max(start, text.trimEnd().length)) };
  }

  const field = fieldAt(shot, line);
  const nameTyped = /^(\s*)([A-Za-z][A-Za-z -]*)?$/.exec(before);
  const afterColon = field?.name && field.range.start.line === line && position.character > field.name.range.end.character;
  // A word typed alone at the start of a line may be a new field (or, in Dialogue, a speaker).
  const context = field ?? fieldAbove(shot, line);
  const atLineStart = nameTyped && (nameTyped[1].length === 0 || context?.kind === 'Dialogue');
  if (atLineStart && !afterColon && !/\s$/.test(before) && !nameTyped[2]?.includes(' ')) {
    const end = position.character + (/^[A-Za-z-]*/.exec(text.slice(position.character))?.[0].length ?? 0);
    return { kind: 'line-start', shot, field: context, range: lineRange(line, nameTyped[1].length, end) };
  }

  return { kind: 'field-text', shot, field: context, before };
}
