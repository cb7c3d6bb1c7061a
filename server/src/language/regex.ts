/**
 * Calls `visit` for each match of a global `pattern` in `text`. Used instead of `String#matchAll`,
 * which clones the expression on every call: on a large file that clone per line is a measurable cost.
 */
export function eachMatch(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex++;
    visit(match);
  }
  pattern.lastIndex = 0;
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
