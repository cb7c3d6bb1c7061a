import { cuesOf } from '../language/cues';
import { lengthText } from '../language/timestamps';
import type { Finding, Rule } from './rule';

export const timestampMalformed: Rule = {
  id: 'timestamp-malformed',
  defaultSeverity: 'error',
  description: 'A cue time that is not a valid M:SS, MM:SS or H:MM:SS time ("00:75", "1:2").',
  scope: 'shot',
  checkShot(shot, { clip }) {
    const findings: Finding[] = [];
    for (const { timestamp } of cuesOf(shot)) {
      if (!timestamp.malformed) continue;
      const finding: Finding = { range: timestamp.range, message: `${timestamp.malformed}.` };
      if (timestamp.normalized) {
        // A spelling put right can still lie past the end of the clip ("99:99" is 1:40:39): then the
        // fix says so, and is neither preferred nor applied by fix-all, since it trades one error for another.
        const seconds = timestamp.normalized.split(':').reduce((total, part) => total * 60 + Number(part), 0);
        const late = timestamp.endsRange ? seconds > clip.duration : seconds >= clip.duration;
        finding.fixes = [
          {
            title: `Change "${timestamp.text}" to "${timestamp.normalized}"${late ? ` (past the end of the ${lengthText(clip.duration)} clip)` : ''}`,
            edits: [{ range: timestamp.range, newText: timestamp.normalized }],
            preferred: !late,
            automatic: !late,
          },
        ];
      }
      findings.push(finding);
    }
    return findings;
  },
};
