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
  const match = DIRECTIVE.exec(comment.text.trim());
  if (!match) return undefined;
  const rules = match[2].split(/[\s,]+/).filter(Boolean);
  return { kind: match[1] as Directive['kind'], line: comment.range.start.line, rules: rules.length ? rules : [ALL] };
}

/** Says whether a rule is switched off at a line by a comment in the file. */
export type Suppressed = (ruleId: string, line: number) => boolean;

export const NOTHING_SUPPRESSED: Suppressed = () => false;

export function suppressions(tree: SoraTree): Suppressed {
  const directives = tree.comments.map(readDirective).filter((d): d is Directive => d !== undefined);
  if (!directives.length) return NOTHING_SUPPRESSED;
  const nextLine = new Map<number, Set<string>>();
  // For each rule, the line ranges where it is off: [from, to) pairs built from disable/enable in order.
  const spans = new Map<string, Array<[number, number]>>();
  for (const directive of directives) {
    for (const rule of directive.rules) {
      if (directive.kind === 'disable-next-line') {
        const set = nextLine.get(directive.line + 1) ?? new Set<string>();
        set.add(rule);
        nextLine.set(directive.line + 1, set);
        continue;
      }
      const list = spans.get(rule) ?? [];
      const open = list.length > 0 && list[list.length - 1][1] === Infinity;
      if (directive.kind === 'disable' && !open) list.push([directive.line, Infinity]);
      if (directive.kind === 'enable' && open) list[list.length - 1][1] = directive.line;
      spans.set(rule, list);
    }
  }
  const within = (rule: string, line: number) => spans.get(rule)?.some(([from, to]) => line >= from && line < to) ?? false;
  return (ruleId, line) => {
    const onLine = nextLine.get(line);
    if (onLine && (onLine.has(ruleId) || onLine.has(ALL))) return true;
    return within(ruleId, line) || within(ALL, line);
  };
}
