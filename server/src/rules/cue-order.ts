import { fieldDefinition } from '../language/fields';
import type { Timestamp } from '../language/tree';
import type { Finding, Rule } from './rule';
import { swapTimes } from './timeEdit';

function backwardsRange(start: Timestamp, end: Timestamp): Finding {
  return {
    range: end.range,
    message: `${end.text} ends a range that starts at ${start.text}: the range runs backwards. Write the earlier time first.`,
    fixes: [swapTimes(start, end)],
  };
}

export const cueOrder: Rule = {
  id: 'cue-order',
  defaultSeverity: 'warning',
  description: 'A cue time in an Audio or Dialogue field that is earlier than the cue written before it in the same field.',
  scope: 'shot',
  checkShot(shot) {
    const findings: Finding[] = [];
    for (const field of shot.fields) {
      if (!field.kind || !fieldDefinition(field.kind).cues) continue;
      const { timestamps } = field;
      let previous: Timestamp | undefined;
      for (let i = 0; i < timestamps.length; i++) {
        const timestamp = timestamps[i];
        if (timestamp.seconds === undefined) continue;
        if (timestamp.endsRange) {
          // A range's end comes right after its start in the list (the parser finds them in text order).
          const start = timestamps[i - 1];
          if (start?.seconds !== undefined && timestamp.seconds < start.seconds) findings.push(backwardsRange(start, timestamp));
          // A range is placed by its start; its end says how long it lasts, not when it comes.
          continue;
        }
        // A range that spans the cue before it (`a door at 00:03; rain 00:00-00:08`) is a sound laid
        // under that cue, often listed after it: not out of order, and not what the next cue follows.
        const end = timestamps[i + 1]?.endsRange ? timestamps[i + 1].seconds : undefined;
        if (previous && end !== undefined && timestamp.seconds <= previous.seconds! && previous.seconds! <= end) continue;
        // Compared with the cue just before, not the latest so far: in 00:01, 00:09, 00:03, 00:04 only
        // 00:03 is reported, next to the 00:09 that is probably the one misplaced.
        if (previous && timestamp.seconds < previous.seconds!) {
          const why =
            field.kind === 'Dialogue'
              ? 'lines are spoken in the order they are written, so the times contradict the script'
              : 'list cues in the order they play, so the field reads as one timeline';
          findings.push({
            range: timestamp.range,
            message: `${timestamp.text} is written after ${previous.text} in this ${field.kind} field but plays before it: ${why}.`,
          });
        }
        previous = timestamp;
      }
    }
    return findings;
  },
};
