import { frontMatterEntry } from '../language/clip';
import { readDuration } from '../language/timestamps';
import { nearest, resolutionName, resolutionOf } from '../language/frontMatterValues';
import { lengthsAt, type ModelProfile } from '../language/profiles';
import type { FrontMatterEntry } from '../language/tree';
import type { Finding, Rule } from './rule';

/** A duration the model offers, but not at the resolution the file asks for (Veo 3.1: 1080p and 4k need 8 s). */
function notAtResolution(duration: FrontMatterEntry, seconds: number, resolution: FrontMatterEntry | undefined, profile: ModelProfile): Finding[] {
  if (!resolution) return [];
  const name = resolutionOf(resolution.value.text);
  const allowed = lengthsAt(profile, name);
  if (!allowed || allowed.includes(seconds)) return [];
  const best = nearest(seconds, allowed) ?? allowed[0];
  const free = profile.resolutions.value.filter((r) => lengthsAt(profile, resolutionName(r))?.includes(seconds) ?? true);
  const fixes = [{ title: `Change duration to ${best}s`, edits: [{ range: duration.value.range, newText: `${best}s` }], preferred: true }];
  for (const r of free) fixes.push({ title: `Change ${resolution.name} to ${r}`, edits: [{ range: resolution.value.range, newText: r }], preferred: false });
  const lengths = allowed.map((d) => `${d} s`).join(', ');
  return [{
    range: duration.value.range,
    message: `${profile.id} makes ${name} clips only ${lengths} long, not ${seconds} s.${free.length ? ` At ${seconds} s it offers ${free.join(', ')}.` : ''}`,
    fixes,
  }];
}

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
    const resolutionEntry = frontMatterEntry(tree, 'size', 'resolution');
    if (offered.includes(value)) return notAtResolution(entry, value, resolutionEntry, clip.profile);
    // At a resolution with fewer lengths (veo-3.1 at 4k), only those are offered as fixes: another
    // length would trade this problem for the next.
    const resolution = resolutionEntry ? resolutionOf(resolutionEntry.value.text) : undefined;
    const atResolution = resolution ? lengthsAt(clip.profile, resolution) : undefined;
    const candidates = atResolution ?? offered;
    const best = nearest(value, candidates);
    const ordered = best === undefined ? candidates : [best, ...candidates.filter((d) => d !== best)];
    const limit = atResolution ? ` (at ${resolution}, ${atResolution.map((d) => `${d}s`).join(', ')})` : '';
    return [{
      range: entry.value.range,
      message: `${clip.profile.id} does not make ${value} s clips; it offers ${list}${limit}.`,
      fixes: ordered.map((d, i) => ({
        title: `Change duration to ${d}s`,
        edits: [{ range: entry.value.range, newText: `${d}s` }],
        preferred: i === 0,
        automatic: i === 0,
      })),
    }];
  },
};
