import { shotLabel, type ShotSpan } from '../language/clip';
import { formatSeconds, lengthText } from '../language/timestamps';
import type { Shot, TimeRange } from '../language/tree';
import type { Finding, Rule } from './rule';

interface Timed {
  shot: Shot;
  range: TimeRange;
  from: number;
  to: number;
}

function compare(current: Timed, previous: Timed): Finding {
  const { range } = current;
  const label = shotLabel(current.shot);
  const earlier = `${shotLabel(previous.shot)} (${previous.range.start.text}-${previous.range.end.text})`;
  if (current.from < previous.from) {
    return {
      range: range.range,
      message: `${label} (${range.start.text}-${range.end.text}) starts before ${earlier} but comes after it in the file: the shots are out of order. Shots play in the order they are written, so these times contradict the shot list.`,
    };
  }
  const finding: Finding = {
    range: range.start.range,
    message: `${label} starts at ${range.start.text}, before ${earlier} ends: the shots overlap by ${lengthText(Math.min(previous.to, current.to) - current.from)}. A clip plays its shots one after another.`,
  };
  if (previous.to < current.to) {
    const newStart = formatSeconds(previous.to);
    finding.fixes = [{ title: `Start ${label} at ${newStart}`, edits: [{ range: range.start.range, newText: newStart }], preferred: true }];
  }
  return finding;
}

// Speed: a shot's finding is kept with the shot for as long as the shot it was compared with is the
// same object, so a keystroke elsewhere neither rebuilds it nor makes the server convert it again.
// A shot's tree is a new object whenever its text, its line or its number changes, so the same two
// objects always give the same finding.
const kept = new WeakMap<Shot, { against: Shot; finding: Finding }>();

function timed(shot: Shot, span: ShotSpan): Timed {
  return { shot, range: shot.heading!.timeRange!, from: span.start, to: span.end };
}

// A file rule, not a shot rule: it compares each shot with the one before it, and a shot rule may
// read nothing outside its own shot (that contract is what lets unchanged shots keep their findings).
// It reads only the headings' parsed times, and makes objects only for the shots it reports, so
// running it on every analysis costs next to nothing.
export const shotRangeOverlap: Rule = {
  id: 'shot-range-overlap',
  defaultSeverity: 'warning',
  description: "A shot whose time range starts before the previous timed shot's range ends: shots that overlap or are out of order.",
  scope: 'file',
  check({ tree, clip }) {
    const findings: Finding[] = [];
    // Speed: the spans the clip already worked out (a heading's forward range is its shot's span)
    // are read instead of each shot's heading: in a 10 MB file, following 12,000 headings to their
    // times on every keystroke cost about 3 ms of memory reads. Shots are looked at only to report.
    const { spans } = clip;
    let previous = -1;
    for (let index = 0; index < spans.length; index++) {
      const span = spans[index];
      // Only a heading's forward range is explicit: one that runs backwards is shot-range-backwards's.
      if (!span.explicit) continue;
      if (previous >= 0 && span.start < spans[previous].end) {
        const shot = tree.shots[index];
        const before = tree.shots[previous];
        let entry = kept.get(shot);
        if (entry?.against !== before) {
          entry = { against: before, finding: compare(timed(shot, span), timed(before, spans[previous])) };
          kept.set(shot, entry);
        }
        findings.push(entry.finding);
      }
      // A shot out of order does not become the one the next shots are compared with: they are
      // compared with the shot that ends last so far, so one misplaced shot is reported once.
      if (previous < 0 || span.end > spans[previous].end) previous = index;
    }
    return findings;
  },
};
