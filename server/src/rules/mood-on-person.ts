import type { Finding, Rule } from './rule';
import { eachMoodUse, personFinding } from './moodFinding';

export const moodOnPerson: Rule = {
  id: 'mood-on-person',
  defaultSeverity: 'warning',
  description: 'A mood said of a person or an animal ("a sad old man", "waits nervously", "in exhaustion"): a camera films what a body does, not what it feels.',
  scope: 'shot',
  checkShot(shot, { lexicon }) {
    const findings: Finding[] = [];
    eachMoodUse(shot, lexicon, (segment, use) => {
      if (!use.scene) findings.push(personFinding(shot, segment, use));
    });
    return findings;
  },
};
