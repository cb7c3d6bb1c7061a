// What an editor did to a text between two analyses, as one replacement: enough for the analysis to
// look again only where the text changed (see `splitBlocksAfter`) instead of over the whole file.

/** Characters `start` to `end` (exclusive) of the old text were replaced by `length` characters. */
export interface Replacement {
  start: number;
  end: number;
  length: number;
}

/**
 * One replacement doing what `first` and then `second` did (`second` in the offsets of the text
 * after `first`). It covers both, so it may cover unchanged text between them: it is exact about
 * where nothing changed, not about what did.
 */
export function composeReplacements(first: Replacement, second: Replacement): Replacement {
  const firstGrowth = first.length - (first.end - first.start);
  // An offset of the text between the two, back in the old text's offsets; inside the text `first`
  // inserted, `toward` says which end of what it replaced to take.
  const back = (offset: number, toward: 'start' | 'end') => {
    if (offset < first.start) return offset;
    if (offset >= first.start + first.length) return offset - firstGrowth;
    return toward === 'start' ? first.start : first.end;
  };
  const start = Math.min(first.start, back(second.start, 'start'));
  const end = Math.max(first.end, back(second.end, 'end'));
  return { start, end, length: end - start + firstGrowth + second.length - (second.end - second.start) };
}
