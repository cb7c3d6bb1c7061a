import { formatSeconds, lengthText } from '../language/timestamps';
import { cuesOf } from '../language/cues';
import { shotLabel } from '../language/clip';
import type { Range } from '../language/tree';
import { setFrontMatter } from './frontMatterEdit';
import type { Finding, Fix, Rule } from './rule';

function moveTo(range: Range, seconds: number, preferred: boolean): Fix {
  const text = formatSeconds(seconds);
  return { title: `Move the cue to ${text}`, edits: [{ range, newText: text }], preferred };
}

export const timestampOutOfRange: Rule = {
  id: 'timestamp-out-of-range',
  defaultSeverity: 'error',
  description: "A cue time at or past the end of the clip, or outside its own shot's time range.",
  scope: 'shot',
  checkShot(shot, { tree, clip }) {
    const findings: Finding[] = [];
    const { duration } = clip;
    const lengthSource =
      clip.durationFrom === 'front matter'
        ? `the ${lengthText(duration)} clip`
        : `the ${lengthText(duration)} clip (the longest ${clip.profile.id} offers; set "duration" in front matter to change it)`;
    for (const { timestamp, role } of cuesOf(shot)) {
      const at = timestamp.seconds;
      if (at === undefined) continue;
      // A shot or a range may end exactly where the clip ends; anything else must start before the end.
      const endsSomething = role === 'shot-end' || role === 'range-end';
      const pastEnd = endsSomething ? at > duration : at >= duration;
      if (pastEnd) {
        const fixes: Fix[] = [];
        // The last moment something can still play: the clip's last whole second, or its end for a
        // range end; and for a cue, within its own shot's stated range, or the move would be reported again.
        let last = endsSomething ? duration : Math.ceil(duration) - 1;
        const stated = role === 'cue' || role === 'range-end' ? shot.heading?.timeRange : undefined;
        const shotStart = stated?.start.seconds;
        const shotEnd = stated?.end.seconds;
        if (shotStart !== undefined && shotEnd !== undefined && shotEnd > shotStart) {
          last = Math.min(last, role === 'range-end' ? shotEnd : Math.max(shotStart, Math.ceil(shotEnd) - 1));
        }
        if (last >= 0) fixes.push(moveTo(timestamp.range, last, true));
        const longer = clip.profile.durations.value.filter((d) => (endsSomething ? d >= at : d > at));
        if (longer.length) {
          const target = Math.min(...longer);
          fixes.push({
            title: `Make the clip ${target} s long (duration: ${target}s)`,
            edits: [setFrontMatter(tree, 'duration', `${target}s`)],
          });
        }
        findings.push({
          range: timestamp.range,
          message: `${timestamp.text} is ${at === duration ? 'at' : 'past'} the end of ${lengthSource}: nothing plays there.`,
          fixes,
        });
        continue;
      }
      if (role !== 'cue' && role !== 'range-end') continue;
      const stated = shot.heading?.timeRange;
      const start = stated?.start.seconds;
      const end = stated?.end.seconds;
      if (start === undefined || end === undefined || end <= start) continue;
      if (at < start || (role === 'range-end' ? at > end : at >= end)) {
        const name = shotLabel(shot);
        const inside = at < start ? start : role === 'range-end' ? end : Math.max(start, Math.ceil(end) - 1);
        findings.push({
          range: timestamp.range,
          fixes: [moveTo(timestamp.range, inside, true)],
          message: `${timestamp.text} is outside ${name} (${formatSeconds(start)}-${formatSeconds(end)}); cue times count from the start of the clip, not of the shot.`,
        });
      }
    }
    return findings;
  },
};
