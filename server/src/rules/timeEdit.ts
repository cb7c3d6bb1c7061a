import type { Timestamp } from '../language/tree';
import type { Fix } from './rule';

/** Writes each time of a backwards range where the other was (`00:08-00:04` to `00:04-00:08`), keeping what joins them. */
export function swapTimes(start: Timestamp, end: Timestamp): Fix {
  return {
    title: `Swap the times (${end.text}-${start.text})`,
    edits: [
      { range: start.range, newText: end.text },
      { range: end.range, newText: start.text },
    ],
    preferred: true,
  };
}
