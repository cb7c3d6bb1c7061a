import { lazy } from './lazy';

// Speed: `Number.prototype.toLocaleString` builds a new formatter on every call (about 0.25 ms
// here), and messages with counts are made on every keystroke; one formatter is built once.
const englishNumbers = lazy(() => new Intl.NumberFormat('en-US'));

/** A count as messages write it: digits grouped by thousands with commas (12,345). */
export function formatCount(value: number): string {
  return englishNumbers().format(value);
}
