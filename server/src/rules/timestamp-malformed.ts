import { cuesOf } from '../language/cues';
import type { Finding, Rule } from './rule';

export const timestampMalformed: Rule = {
  id: 'timestamp-malformed',
  defaultSeverity: 'error',
  description: 'A cue time that is not a valid M:SS, MM:SS or H:MM:SS time ("00:75", "1:2").',
  scope: 'shot',
  checkShot(shot) {
    const findings: Finding[] = [];
    for (const { timestamp } of cuesOf(shot)) {
      if (!timestamp.malformed) continue;
      const finding: Finding = { range: timestamp.range, message: `${timestamp.malformed}.` };
      if (timestamp.normalized) {
        finding.fixes = [
          {
            title: `Change "${timestamp.text}" to "${timestamp.normalized}"`,
            edits: [{ range: timestamp.range, newText: timestamp.normalized }],
            preferred: true,
            automatic: true,
          },
        ];
      }
      findings.push(finding);
    }
    return findings;
  },
};
