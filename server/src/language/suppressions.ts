import { firstOnOrAfter } from './search';
import type { Comment, SoraTree } from './tree';

// `// sora-disable-next-line rule-id[, rule-id]`  the next line only
// `// sora-disable rule-id[, rule-id]`             from here on (or until `// sora-enable`)
// `// sora-enable rule-id[, rule-id]`              checks again from here on
// With no rule id, the comment applies to every rule.
const DIRECTIVE = /^\/\/\s*sora-(disable-next-line|disable|enable)\b(.*)$/;
const ALL = '*';

interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  line: number;
  rules: string[];
}

function readDirective(comment: Comment): Directive | undefined {
  // Most comments are notes for people: a plain search rules them out before the expression runs.
  if (!comment.text.includes('sora-')) return undefined;
  const match = DIRECTIVE.exec(comment.text.trim());
  if (!match) return undefined;
  const rules = match[2].split(/[\s,]+/).filter(Boolean);
  return { kind: match[1] as Directive['kind'], line: comment.range.start.line, rules: rules.length ? rules : [ALL] };
}

/** Lines `from` (inclusive) to `to` (exclusive) where `rule` (or every rule, for `*`) is switched off. */
interface QuietLines {
  rule: string;
  from: number;
  to: number;
}

function quietLines(tree: SoraTree): QuietLines[] {
  const quiet: QuietLines[] = [];
  const open = new Map<string, number>();
  for (const comment of tree.comments) {
    const directive = readDirective(comment);
    if (!directive) continue;
    for (const rule of directive.rules) {
      if (directive.kind === 'disable-next-line') quiet.push({ rule, from: directive.line + 1, to: directive.line + 2 });
      else if (directive.kind === 'disable' && !open.has(rule)) open.set(rule, directive.line);
      else if (directive.kind === 'enable' && open.has(rule)) {
        quiet.push({ rule, from: open.get(rule)!, to: directive.line });
        open.delete(rule);
      }
    }
  }
  for (const [rule, from] of open) quiet.push({ rule, from, to: Infinity });
  return quiet;
}

/** What a suppression comment can switch off: something a rule reported on a line. */
export interface Suppressible {
  ruleId: string;
  range: { start: { line: number } };
}

const lineOfItem = (item: Suppressible) => item.range.start.line;

/**
 * `items` (sorted by line) without those a comment in the file switches off; the same array when
 * none is. Speed: it runs on every keystroke, over every problem of the file, so it visits only the
 * problems on the lines the comments cover (found by binary search), not each problem in turn.
 */
export function withoutSuppressed<T extends Suppressible>(items: T[], tree: SoraTree): T[] {
  let dropped: Uint8Array | undefined;
  for (const { rule, from, to } of quietLines(tree)) {
    for (let i = firstOnOrAfter(items, from, lineOfItem); i < items.length && items[i].range.start.line < to; i++) {
      if (rule === ALL || items[i].ruleId === rule) (dropped ??= new Uint8Array(items.length))[i] = 1;
    }
  }
  if (!dropped) return items;
  const kept: T[] = [];
  for (let i = 0; i < items.length; i++) if (!dropped[i]) kept.push(items[i]);
  return kept;
}
