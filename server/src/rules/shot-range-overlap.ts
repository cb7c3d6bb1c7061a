import { shotLabel } from '../language/clip';
import { formatSeconds } from '../language/timestamps';
import type { Shot, TimeRange } from '../language/tree';
import type { Finding, Rule } from './rule';

interface TimedRange extends TimeRange {
  from: number;
  to: number;
}

/** The heading's range when it runs forwards (a backwards one is `shot-range-backwards`'s to report). */
function forwardRange(shot: Shot): TimedRange | undefined {
  const stated = shot.heading?.timeRange;
  const from = stated?.start.seconds;
  const to = stated?.end.seconds;
  return stated && from !== undefined && to !== undefined && to > from ? { ...stated, from, to } : undefined;
}

function seconds(value: number): string {
  return `${Number.isInteger(value) ? value : Number(value.toFixed(3))} s`;
}

interface Timed {
  shot: Shot;
  range: TimedRange;
}

function compare(current: Timed, previous: Timed): Finding | undefined {
  const { range } = current;
  if (range.from >= previous.range.to) return undefined;
  const label = shotLabel(current.shot);
  const earlier = `${shotLabel(previous.shot)} (${previous.range.start.text}-${previous.range.end.text})`;
  if (range.from < previous.range.from) {
    return {
      range: range.range,
      message: `${label} (${range.start.text}-${range.end.text}) starts before ${earlier} but comes after it in the file: the shots are out of order. Shots play in the order they are written, so these times contradict the shot list.`,
    };
  }
  const finding: Finding = {
    range: range.start.range,
    message: `${label} starts at ${range.start.text}, before ${earlier} ends: the shots overlap by ${seconds(previous.range.to - range.from)}. A clip plays its shots one after another.`,
  };
  if (previous.range.to < range.to) {
    const newStart = formatSeconds(previous.range.to);
    finding.fixes = [{ title: `Start ${label} at ${newStart}`, edits: [{ range: range.start.range, newText: newStart }], preferred: true }];
  }
  return finding;
}

// Speed: a shot's finding is kept with the shot (the same object while the shot is unchanged) for
// as long as the shot it was compared with says the same, so a keystroke elsewhere neither rebuilds
// it nor makes the server convert it again. A shot's tree is new whenever its text or its line
// changes, so a kept finding always has the shot's own ranges.
const kept = new WeakMap<Shot, { against: string; finding: Finding | undefined }>();

function againstKey(previous: Timed): string {
  const { range } = previous;
  return `${shotLabel(previous.shot)}\n${range.start.text}\n${range.end.text}\n${range.from}\n${range.to}`;
}

// A file rule, not a shot rule: it compares each shot with the one before it, and a shot rule may
// read nothing outside its own shot (that contract is what lets unchanged shots keep their findings).
// It reads only the headings' ranges, already parsed, so running it on every analysis is cheap.
export const shotRangeOverlap: Rule = {
  id: 'shot-range-overlap',
  defaultSeverity: 'warning',
  description: "A shot whose time range starts before the previous timed shot's range ends: shots that overlap or are out of order.",
  scope: 'file',
  check({ tree }) {
    const findings: Finding[] = [];
    let previous: Timed | undefined;
    for (const shot of tree.shots) {
      const range = forwardRange(shot);
      if (!range) continue;
      const current = { shot, range };
      if (previous) {
        const against = againstKey(previous);
        let entry = kept.get(shot);
        if (entry?.against !== against) {
          entry = { against, finding: compare(current, previous) };
          kept.set(shot, entry);
        }
        if (entry.finding) findings.push(entry.finding);
      }
      // A shot out of order does not become the one the next shots are compared with: they are
      // compared with the shot that ends last so far, so one misplaced shot is reported once.
      if (!previous || range.to > previous.range.to) previous = current;
    }
    return findings;
  },
};
