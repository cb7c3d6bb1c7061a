import { lineRange } from './ranges';
import { firstOnOrAfter } from './search';
import type { Comment, SoraTree, Span } from './tree';

// `// sora-disable-next-line rule-id[, rule-id]`  the next line only
// `// sora-disable-line rule-id[, rule-id]`       its own line (a comment at the end of the line)
// `// sora-disable rule-id[, rule-id]`             from here on (or until `// sora-enable`)
// `// sora-enable rule-id[, rule-id]`              checks again from here on
// With no rule id, the comment applies to every rule. The keyword must end at a space, a comma, a
// colon or the end of the comment: `sora-disable-nextline` is no directive at all, rather than a
// `sora-disable` that quietly switches rules off to the end of the file. After the ids, ` -- ` starts
// a reason for people to read (`// sora-disable-line vague-adjective -- the client's wording`).
const DIRECTIVE = /^(\/\/\s*)sora-(disable-next-line|disable-line|disable|enable)(?=[\s,:]|$)/;
const REASON = '--';
const ALL = '*';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
export const DIRECTIVE_KINDS: readonly DirectiveKind[] = ['disable-next-line', 'disable-line', 'disable', 'enable'];

export interface Directive {
  kind: DirectiveKind;
  line: number;
  /** The keyword as written (`sora-disable-next-line`) and where. */
  keyword: Span;
  /** The rule ids the comment names, where they are written; none means every rule. */
  targets: Span[];
  /** The character where a reason (` -- …`) starts, if the comment gives one. */
  reasonAt?: number;
}

// Speed: suppression, disable-comment-invalid, hover and completion all read a comment's directive,
// the first two on every keystroke, and a comment of an unchanged block is the same object from one
// analysis to the next (a moved block gets new ones): each comment is read once.
const directives = new WeakMap<Comment, Directive | null>();

/** The directive a comment holds, if it holds one. */
export function readDirective(comment: Comment): Directive | undefined {
  let directive = directives.get(comment);
  if (directive === undefined) {
    directive = parseDirective(comment) ?? null;
    directives.set(comment, directive);
  }
  return directive ?? undefined;
}

function parseDirective(comment: Comment): Directive | undefined {
  // Most comments are notes for people: a plain search rules them out before the expression runs.
  if (!comment.text.includes('sora-')) return undefined;
  const match = DIRECTIVE.exec(comment.text);
  if (!match) return undefined;
  const { line, character } = comment.range.start;
  const keywordAt = character + match[1].length;
  const keywordText = match[0].slice(match[1].length);
  const directive: Directive = {
    kind: match[2] as DirectiveKind,
    line,
    keyword: { text: keywordText, range: lineRange(line, keywordAt, keywordAt + keywordText.length) },
    targets: [],
  };
  const ids = /[^\s,:]+/g;
  ids.lastIndex = match[0].length;
  for (let id = ids.exec(comment.text); id; id = ids.exec(comment.text)) {
    const start = character + id.index;
    if (id[0].startsWith(REASON)) {
      directive.reasonAt = start;
      break;
    }
    directive.targets.push({ text: id[0], range: lineRange(line, start, start + id[0].length) });
  }
  return directive;
}

// `// sora-` and a word, in any case: written as a directive, whether or not it is one.
const DIRECTIVE_LIKE = /^\/\/\s*(sora-[\w-]*)/i;
const MENTIONS_SORA = /sora-/i;

/** True for a comment that can be a disable comment, or be meant as one (see `SoraTree.directives`). */
export function mentionsDirective(comment: Comment): boolean {
  return MENTIONS_SORA.test(comment.text);
}

/**
 * The `sora-…` word of a comment written like a directive that is not one (`// sora-disable-nextline`,
 * `// Sora-disable`, `// sora-disable(vague-adjective)`).
 */
export function notADirective(comment: Comment): Span | undefined {
  if (readDirective(comment)) return undefined;
  const match = DIRECTIVE_LIKE.exec(comment.text);
  if (!match) return undefined;
  const start = comment.range.start.character + match[0].length - match[1].length;
  return { text: match[1], range: lineRange(comment.range.start.line, start, start + match[1].length) };
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
  for (const comment of tree.directives) {
    const directive = readDirective(comment);
    if (!directive) continue;
    const rules = directive.targets.length ? directive.targets.map((target) => target.text) : [ALL];
    for (const rule of rules) {
      if (directive.kind === 'disable-next-line') quiet.push({ rule, from: directive.line + 1, to: directive.line + 2 });
      else if (directive.kind === 'disable-line') quiet.push({ rule, from: directive.line, to: directive.line + 1 });
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
