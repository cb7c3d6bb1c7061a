import { frontMatterEntry } from '../language/clip';
import { aspectAccepted, readAspect } from '../language/frontMatterValues';
import type { Rule } from './rule';

export const aspectUnsupported: Rule = {
  id: 'aspect-unsupported',
  defaultSeverity: 'error',
  description: 'The front-matter aspect ratio is not one the model offers.',
  scope: 'file',
  check({ tree, clip }) {
    const entry = frontMatterEntry(tree, 'aspect');
    if (!entry || aspectAccepted(clip.profile, entry.value.text)) return [];
    const offered = clip.profile.aspects.value;
    const asked = readAspect(entry.value.text);
    const ratio = asked && asked.height ? asked.width / asked.height : 1;
    const distance = (a: string) => {
      const r = readAspect(a)!;
      return Math.abs(Math.log(r.width / r.height) - Math.log(ratio));
    };
    const ordered = [...offered].sort((a, b) => distance(a) - distance(b));
    return [{
      range: entry.value.text ? entry.value.range : entry.key.range,
      message: asked
        ? `${clip.profile.id} does not offer aspect ${entry.value.text}; it offers ${offered.join(', ')}.`
        : `"${entry.value.text}" is not an aspect ratio: write W:H such as 16:9. ${clip.profile.id} offers ${offered.join(', ')}.`,
      fixes: entry.value.text
        ? ordered.map((a, i) => ({ title: `Change aspect to ${a}`, edits: [{ range: entry.value.range, newText: a }], preferred: i === 0, automatic: i === 0 }))
        : [],
    }];
  },
};
