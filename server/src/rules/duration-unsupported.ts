import { frontMatterEntry } from '../language/clip';
import { readDuration } from '../language/timestamps';
import { nearest } from '../language/frontMatterValues';
import type { Rule } from './rule';

export const durationUnsupported: Rule = {
  id: 'duration-unsupported',
  defaultSeverity: 'error',
  description: 'The front-matter duration is not one the model offers.',
  scope: 'file',
  check({ tree, clip }) {
    const entry = frontMatterEntry(tree, 'duration');
    if (!entry) return [];
    const offered = clip.profile.durations.value;
    const list = offered.map((d) => `${d}s`).join(', ');
    const value = readDuration(entry.value.text);
    if (value === undefined || value <= 0) {
      return [{
        range: entry.value.text ? entry.value.range : entry.key.range,
        message: `"${entry.value.text}" is not a duration: write seconds such as 8s, 8 or 0:08. ${clip.profile.id} offers ${list}.`,
      }];
    }
    if (offered.includes(value)) return [];
    const best = nearest(value, offered);
    const ordered = best === undefined ? offered : [best, ...offered.filter((d) => d !== best)];
    return [{
      range: entry.value.range,
      message: `${clip.profile.id} does not make ${value} s clips; it offers ${list}.`,
      fixes: ordered.map((d, i) => ({
        title: `Change duration to ${d}s`,
        edits: [{ range: entry.value.range, newText: `${d}s` }],
        preferred: i === 0,
        automatic: i === 0,
      })),
    }];
  },
};
