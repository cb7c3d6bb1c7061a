import { fieldDefinition } from './fields';
import type { Shot, SoraTree, Timestamp } from './tree';

export type CueRole = 'cue' | 'range-end' | 'shot-start' | 'shot-end' | 'heading';

export interface Cue {
  timestamp: Timestamp;
  shot: Shot;
  role: CueRole;
}

/**
 * Every timestamp the tools treat as a cue time: those in shot headings and in fields whose
 * timestamps are cues (Audio, Dialogue). A clock reading in a Scene stays plain text.
 */
export function* cues(tree: SoraTree): Generator<Cue> {
  for (const shot of tree.shots) yield* cuesOf(shot);
}

/** The cue times of one shot, in order (an array, not a generator: rules call this for every shot of a long file). */
export function cuesOf(shot: Shot): Cue[] {
  const found: Cue[] = [];
  const heading = shot.heading;
  if (heading?.timeRange) {
    found.push({ timestamp: heading.timeRange.start, shot, role: 'shot-start' });
    found.push({ timestamp: heading.timeRange.end, shot, role: 'shot-end' });
  }
  if (heading) for (const timestamp of heading.otherTimestamps) found.push({ timestamp, shot, role: 'heading' });
  for (const field of shot.fields) {
    if (!field.kind || !fieldDefinition(field.kind).cues) continue;
    for (const timestamp of field.timestamps) found.push({ timestamp, shot, role: timestamp.endsRange ? 'range-end' : 'cue' });
  }
  return found;
}
