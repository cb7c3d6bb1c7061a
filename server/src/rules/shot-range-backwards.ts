import { shotLabel } from '../language/clip';
import type { Finding, Rule } from './rule';
import { swapTimes } from './timeEdit';

export const shotRangeBackwards: Rule = {
  id: 'shot-range-backwards',
  defaultSeverity: 'error',
  description: "A shot heading's time range that ends before it starts, or where it starts.",
  scope: 'shot',
  checkShot(shot) {
    const stated = shot.heading?.timeRange;
    const start = stated?.start.seconds;
    const end = stated?.end.seconds;
    if (!stated || start === undefined || end === undefined || end > start) return [];
    const label = shotLabel(shot);
    // Such a range states no span at all: the shot is then timed as if its heading had none, and its
    // cue times are checked only against the clip, which is worth saying (see clip.ts).
    const consequence = 'the shot is timed as if its heading had no range, and its cue times are not checked against it.';
    if (end === start) {
      return [{ range: stated.range, message: `${label}'s range ${stated.start.text}-${stated.end.text} ends where it starts, so it gives the shot no time: ${consequence}` }];
    }
    const finding: Finding = {
      range: stated.range,
      message: `${label}'s range ${stated.start.text}-${stated.end.text} runs backwards (it ends before it starts): ${consequence}`,
      fixes: [swapTimes(stated.start, stated.end)],
    };
    return [finding];
  },
};
