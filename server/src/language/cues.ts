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

/** The cue times of one shot, in order. */
export function* cuesOf(shot: Shot): Generator<Cue> {
  const heading = shot.heading;
  if (heading?.timeRange) {
    yield { timestamp: heading.timeRange.start, shot, role: 'shot-start' };
    yield { timestamp: heading.timeRange.end, shot, role: 'shot-end' };
  }
  for (const timestamp of heading?.otherTimestamps ?? []) yield { timestamp, shot, role: 'heading' };
  for (const field of shot.fields) {
    if (!field.kind || !fieldDefinition(field.kind).cues) continue;
    for (const timestamp of field.timestamps) yield { timestamp, shot, role: timestamp.endsRange ? 'range-end' : 'cue' };
  }
}
