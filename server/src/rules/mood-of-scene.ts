import type { Finding, Rule } from './rule';
import { eachMoodUse, sceneFinding } from './moodFinding';

export const moodOfScene: Rule = {
  id: 'mood-of-scene',
  defaultSeverity: 'information',
  description: 'A mood said of a place, a moment or the picture ("a tense standoff", "a peaceful lake", "the atmosphere is grim"): show the light, weather, objects and action that make it.',
  scope: 'shot',
  checkShot(shot, { lexicon }) {
    const findings: Finding[] = [];
    eachMoodUse(shot, lexicon, (segment, use) => {
      if (use.scene) findings.push(sceneFinding(shot, segment, use));
    });
    return findings;
  },
};
