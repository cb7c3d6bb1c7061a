/**
 * The index of the first of `items` (sorted by line) whose line is `line` or later; `items.length`
 * when there is none. A binary search: the shots and problems of a long file run to tens of
 * thousands, and these lookups run on every keystroke and cursor move.
 */
export function firstOnOrAfter<T>(items: readonly T[], line: number, lineOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lineOf(items[middle]) < line) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The item of `items` (sorted by line, one per line) on `line`, if there is one. */
export function itemOnLine<T>(items: readonly T[], line: number, lineOf: (item: T) => number, from = 0): T | undefined {
  const item = items[Math.max(from, firstOnOrAfter(items, line, lineOf))];
  return item !== undefined && lineOf(item) === line ? item : undefined;
}
