import { shotLabel } from '../language/clip';
import { termsIn } from '../language/terms';
import type { Shot } from '../language/tree';
import type { Finding, Rule } from './rule';

const SUGGESTED_CAMERA = 'static wide shot, eye level';
const CAMERA_CATEGORIES = new Set(['camera-move', 'shot-size', 'angle', 'rig']);

/** True when the shot's heading or prose already names a shot size, an angle, a rig or a move ("Medium shot, …", "Tracking shot …"). */
function namesCamera(shot: Shot): boolean {
  const texts = [shot.heading?.title.text ?? '', ...shot.fields.flatMap((f) => (f.kind === 'Dialogue' || f.kind === 'Avoid' ? [] : f.segments.map((s) => s.text)))];
  return texts.some((text) => termsIn(text).some((match) => CAMERA_CATEGORIES.has(match.term.category)));
}

export const missingCamera: Rule = {
  id: 'missing-camera',
  defaultSeverity: 'information',
  description: 'A shot that names no camera (no Camera field, and no shot size, angle or move in its text): the model then picks the framing and the move itself.',
  scope: 'shot',
  checkShot(shot, { tree }) {
    const findings: Finding[] = [];
    if (shot.fields.some((f) => f.kind === 'Camera')) return findings;
    if (!shot.heading && !shot.fields.some((f) => f.kind)) return findings; // a plain-sentence prompt is left alone
    if (namesCamera(shot)) return findings;
    const anchor = shot.heading?.range ?? shot.fields[0].range;
    const line = anchor.start.line;
    // The Camera line goes right under the heading, or above the first field of a shot without one.
    const below = shot.heading && line + 1 < tree.lineCount;
    const insertAt = shot.heading && !below ? shot.heading.range.end : { line: below ? line + 1 : line, character: 0 };
    const newText = shot.heading && !below ? `\nCamera: ${SUGGESTED_CAMERA}` : `Camera: ${SUGGESTED_CAMERA}\n`;
    findings.push({
      range: shot.heading ? shot.heading.range : shot.fields[0].name?.range ?? anchor,
      message: `${shotLabel(shot)} has no Camera line: name the shot size, the angle and one move, or the model picks them.`,
      fixes: [{ title: `Add "Camera: ${SUGGESTED_CAMERA}"`, edits: [{ range: { start: insertAt, end: insertAt }, newText }], preferred: true }],
    });
    return findings;
  },
};
