import { shotLabel } from '../language/clip';
import { termsIn } from '../language/terms';
import type { Range } from '../language/tree';
import type { Term } from '../language/vocabularyTypes';
import type { Finding, Rule } from './rule';

// A move in a clause that negates it (`locked off, no pan or zoom`) is not a move. Only the clause
// before the term is read, at most this many characters back, so the check stays linear.
const LOOK_BACK = 60;
const NEGATED = /(?:^|[^\p{L}])(?:no|not|without|never|avoid|don['’]t|instead of)\s[^,;.]*$/iu;
const STATIC = 'static shot';
const DIRECTION = /(?:^|[\s-])(left|right|up|down|in|out|back)$/i;

function directionOf(written: string): string | undefined {
  const word = DIRECTION.exec(written)?.[1].toLowerCase();
  return word === 'back' ? 'out' : word;
}

interface Move {
  term: Term;
  /** The direction the spelling gives (`pan left`), if any: `pan left, then pan right` is two moves. */
  direction?: string;
  written: string;
  range: Range;
}

function quote(moves: readonly Move[]): string {
  const names = moves.map((m) => `"${m.written}"`);
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export const multipleCameraMoves: Rule = {
  id: 'multiple-camera-moves',
  defaultSeverity: 'warning',
  description: 'More than one camera move in one shot\'s Camera field: the guides advise one move per shot.',
  scope: 'shot',
  checkShot(shot) {
    const findings: Finding[] = [];
    const moves: Move[] = [];
    for (const field of shot.fields) {
      if (field.kind !== 'Camera') continue;
      for (const segment of field.segments) {
        const { line, character } = segment.range.start;
        for (const match of termsIn(segment.text)) {
          if (match.term.category !== 'camera-move') continue;
          if (NEGATED.test(segment.text.slice(Math.max(0, match.start - LOOK_BACK), match.start))) continue;
          const written = segment.text.slice(match.start, match.end);
          const range = { start: { line, character: character + match.start }, end: { line, character: character + match.end } };
          // The same move named twice (`push-in … the push-in ends on her eyes`, `pan … pan left`) is still
          // one move; the same move the other way (`pan left, then pan right`) is another.
          const direction = directionOf(written);
          if (moves.some((m) => m.term === match.term && (!m.direction || !direction || m.direction === direction))) continue;
          const before = moves.slice();
          moves.push({ term: match.term, direction, written, range });
          if (!before.length) continue;
          const label = shotLabel(shot);
          const still = before.find((m) => m.term.term === STATIC);
          const moving = before.filter((m) => m.term.term !== STATIC);
          let lead: string;
          if (match.term.term === STATIC) {
            lead = `${label} asks for a static camera ("${written}") after ${quote(moving)}: they contradict each other.`;
          } else if (still && !moving.length) {
            lead = `${label} asks for a static camera ("${still.written}") and a move ("${written}"): they contradict each other.`;
          } else {
            lead = `"${written}" is camera move ${moving.length + 1} in ${label}, after ${quote(moving)}.`;
          }
          findings.push({
            range,
            message: `${lead} The Sora and Runway prompting guides advise one camera move per shot: several moves fight each other, and the model blends or drops them. Keep one, or split the shot.`,
          });
        }
      }
    }
    return findings;
  },
};
