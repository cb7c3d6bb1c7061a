import { cues } from '../language/cues';
import { formatSeconds } from '../language/timestamps';
import type { Range, Timestamp } from '../language/tree';
import type { TextEdit } from '../rules/rule';
import type { Analysis } from './analysis';

// Formatting tidies structure only: field names, the space after a colon, cue times, headings and
// trailing spaces. It never touches the words of a prompt, dialogue or comments, and running it
// twice changes nothing the second time.

interface LineChange {
  start: number;
  end: number;
  text: string;
}

function applyChanges(line: string, changes: LineChange[]): string {
  let result = line;
  for (const change of [...changes].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, change.start) + change.text + result.slice(change.end);
  }
  return result;
}

function collectChanges(analysis: Analysis): Map<number, LineChange[]> {
  const changes = new Map<number, LineChange[]>();
  const add = (line: number, change: LineChange) => {
    const list = changes.get(line) ?? [];
    list.push(change);
    changes.set(line, list);
  };
  const { tree, lines } = analysis;

  for (const entry of tree.frontMatter?.entries ?? []) {
    const line = entry.key.range.start.line;
    const text = lines.at(line);
    // After the colon: the value, else whatever else the line holds (a comment, `title: // name it`), which stays.
    const colon = text.indexOf(':', entry.key.range.end.character);
    const rest = colon + 1 + (text.length - colon - 1 - text.slice(colon + 1).trimStart().length);
    const valueStart = entry.value.text ? entry.value.range.start.character : rest;
    const keeps = entry.value.text || rest < text.trimEnd().length;
    add(line, { start: entry.key.range.start.character, end: valueStart, text: `${entry.name}:${keeps ? ' ' : ''}` });
  }

  const timestamp = (t: Timestamp) => {
    if (t.seconds === undefined) return;
    const canonical = formatSeconds(t.seconds);
    if (canonical !== t.text) add(t.range.start.line, { start: t.range.start.character, end: t.range.end.character, text: canonical });
  };

  for (const shot of tree.shots) {
    const heading = shot.heading;
    if (heading) {
      const line = heading.range.start.line;
      const text = lines.at(line);
      const start = line === 0 && tree.hasBom ? 1 : 0;
      // A heading whose text is all comment keeps the space: without it `#//` is no comment but the title.
      // A title that starts with `//` (`#// Shot`) gets no space either: with one it would become a comment.
      const restOfLine = text.slice(heading.title.range.start.character).trim();
      const space = heading.title.text.startsWith('//') ? '' : heading.title.text || restOfLine ? ' ' : '';
      add(line, { start, end: heading.title.range.start.character, text: `#${space}` });
      const range = heading.timeRange;
      if (range) {
        // One style for ranges: `00:04-00:12`, whatever joined them (` – `, ` to `).
        const joinerStart = range.start.range.end.character;
        const joinerEnd = range.end.range.start.character;
        if (text.slice(joinerStart, joinerEnd) !== '-') add(line, { start: joinerStart, end: joinerEnd, text: '-' });
      }
    }
    for (const field of shot.fields) {
      if (!field.kind || !field.name) continue;
      const line = field.name.range.start.line;
      const text = lines.at(line);
      const colon = text.indexOf(':', field.name.range.end.character);
      const contentStart = colon + 1 + (text.slice(colon + 1).length - text.slice(colon + 1).trimStart().length);
      const hasContent = contentStart < text.trimEnd().length;
      add(line, { start: field.name.range.start.character, end: hasContent ? contentStart : text.length, text: `${field.kind}:${hasContent ? ' ' : ''}` });
    }
  }
  for (const cue of cues(tree)) timestamp(cue.timestamp);
  return changes;
}

/** True when the line is preceded by a lone CR and followed by an LF. */
function betweenCrAndLf(text: string, lines: Analysis['lines'], line: number): boolean {
  if (line === 0) return false;
  let offset = 0;
  for (let n = 0; n < line; n++) {
    offset += lines.at(n).length;
    offset += text[offset] === '\r' && text[offset + 1] === '\n' ? 2 : 1;
  }
  const before = text[offset - 1] === '\r';
  const after = text[offset + lines.at(line).length] === '\n';
  return before && after;
}

/** Edits that format the lines of `range` (the whole document when absent). */
export function format(analysis: Analysis, range?: Range): TextEdit[] {
  const { lines } = analysis;
  const from = range ? range.start.line : 0;
  const to = range ? Math.min(range.end.line, lines.count - 1) : lines.count - 1;
  const changes = collectChanges(analysis);
  const edits: TextEdit[] = [];
  for (let line = from; line <= to; line++) {
    const text = lines.at(line);
    let formatted = applyChanges(text, changes.get(line) ?? []).replace(/[ \t]+$/, '');
    // A line between a lone CR and an LF that became empty would join them into one CRLF: one line
    // fewer, and a field swallowing the text below. Such a line keeps its whitespace.
    if (!formatted && text && betweenCrAndLf(analysis.lines.text, lines, line)) formatted = text;
    if (formatted !== text) {
      edits.push({ range: { start: { line, character: 0 }, end: { line, character: text.length } }, newText: formatted });
    }
  }
  return edits;
}
