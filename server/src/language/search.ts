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
