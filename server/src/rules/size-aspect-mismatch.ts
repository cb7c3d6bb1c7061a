import { frameConflict, ratioAmong, ratioName } from '../language/frame';
import { aspectAccepted, readSize, resolutionName, sameRatio, sizeAccepted, type Dimensions } from '../language/frontMatterValues';
import type { ModelProfile } from '../language/profiles';
import type { Fix, Rule } from './rule';

/**
 * A size with the aspect's shape: a pixel size the profile offers, nearest the written size's
 * short side; for a profile that takes a resolution instead (Veo), the resolution the written size
 * names, which leaves the shape to the aspect.
 */
function sizeFor(aspect: Dimensions, written: Dimensions, profile: ModelProfile): string | undefined {
  const short = Math.min(written.width, written.height);
  if (!profile.sizes.value.length) return profile.resolutions.value.find((r) => resolutionName(r) === `${short}p`);
  const candidates = profile.sizes.value.flatMap((text) => {
    const size = readSize(text);
    return size && sameRatio(size, aspect) ? [{ text, size }] : [];
  });
  if (candidates.length) {
    const distance = (size: Dimensions) => Math.abs(Math.min(size.width, size.height) - short);
    return candidates.reduce((best, c) => (distance(c.size) < distance(best.size) ? c : best)).text;
  }
  return undefined;
}

/** Which of the two lines the model's request carries (features/export.ts builds it). */
function whatTheRequestTakes(profile: ModelProfile): string {
  return profile.vendor === 'Google'
    ? `${profile.id}'s request takes the aspect, and only the resolution from the size`
    : `${profile.id}'s request takes the size, and the aspect line is dropped`;
}

export const sizeAspectMismatch: Rule = {
  id: 'size-aspect-mismatch',
  defaultSeverity: 'warning',
  description: 'The front-matter size and aspect describe different frame shapes.',
  scope: 'file',
  check({ tree, clip }) {
    const { profile } = clip;
    const conflict = frameConflict(tree, profile);
    if (!conflict) return [];
    const { sizeEntry, size, aspectEntry, aspect } = conflict;
    // A value the model does not offer is reported as such; its fix comes first.
    if (!sizeAccepted(profile, sizeEntry.value.text) || !aspectAccepted(profile, aspectEntry.value.text)) return [];
    // The aspect can follow the size only where the model offers the size's shape as an aspect.
    const offeredRatio = ratioAmong(size, profile.aspects.value);
    const fixes: Fix[] = offeredRatio ? [{ title: `Change aspect to ${offeredRatio}`, edits: [{ range: aspectEntry.value.range, newText: offeredRatio }] }] : [];
    const matchingSize = sizeFor(aspect, size, profile);
    if (matchingSize) fixes.push({ title: `Change ${sizeEntry.name} to ${matchingSize}`, edits: [{ range: sizeEntry.value.range, newText: matchingSize }] });
    return [
      {
        range: aspectEntry.value.range,
        message:
          `${sizeEntry.name} ${sizeEntry.value.text} is a ${offeredRatio ?? ratioName(size)} frame, but aspect asks for ${aspectEntry.value.text}. ` +
          `${whatTheRequestTakes(profile)}: say the same shape in both.`,
        fixes,
      },
    ];
  },
};
