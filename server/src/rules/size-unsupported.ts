import { acceptedSizes, readResolution, readSize, shortSide, sizeAccepted } from '../language/frontMatterValues';
import type { Finding, Rule } from './rule';

function orientation(text: string): 'landscape' | 'portrait' | 'square' | undefined {
  const size = readSize(text);
  if (!size) return undefined;
  return size.width > size.height ? 'landscape' : size.width < size.height ? 'portrait' : 'square';
}

export const sizeUnsupported: Rule = {
  id: 'size-unsupported',
  defaultSeverity: 'error',
  description: 'The front-matter size or resolution is not one the model offers.',
  scope: 'file',
  check({ tree, clip }) {
    const findings: Finding[] = [];
    for (const entry of tree.frontMatter?.entries ?? []) {
      if (entry.name !== 'size' && entry.name !== 'resolution') continue;
      const text = entry.value.text;
      if (sizeAccepted(clip.profile, text)) continue;
      const offered = acceptedSizes(clip.profile);
      const readable = readSize(text) !== undefined || readResolution(text) !== undefined;
      // Same orientation first (a portrait request most likely wants portrait), then the nearest in size.
      const wanted = orientation(text);
      const asked = shortSide(text) ?? 0;
      const rank = (s: string) => (wanted && orientation(s) && orientation(s) !== wanted ? 1e6 : 0) + Math.abs((shortSide(s) ?? 0) - asked);
      const ordered = [...offered].sort((a, b) => rank(a) - rank(b));
      findings.push({
        range: text ? entry.value.range : entry.key.range,
        message: readable
          ? `${clip.profile.id} does not offer ${entry.name} ${text}; it offers ${offered.join(', ')}.`
          : `"${text}" is not a size: write WIDTHxHEIGHT (1280x720) or a resolution (720p). ${clip.profile.id} offers ${offered.join(', ')}.`,
        fixes: text
          ? ordered.map((s, i) => ({ title: `Change ${entry.name} to ${s}`, edits: [{ range: entry.value.range, newText: s }], preferred: i === 0, automatic: i === 0 }))
          : [],
      });
    }
    return findings;
  },
};
