import { frontMatterEntry } from '../language/clip';
import { lengthText, readDuration } from '../language/timestamps';
import { nearest, resolutionName, resolutionOf } from '../language/frontMatterValues';
import { lengthsAt, type ModelProfile } from '../language/profiles';
import type { FrontMatterEntry } from '../language/tree';
import type { Finding, Rule } from './rule';

/** The resolution line and the lengths the model makes there, when it makes fewer there (veo-3.1 at 1080p and 4k). */
interface ResolutionLimit {
  entry: FrontMatterEntry;
  name: string;
  lengths: readonly number[];
}

function resolutionLimit(entry: FrontMatterEntry | undefined, profile: ModelProfile): ResolutionLimit | undefined {
  if (!entry) return undefined;
  const name = resolutionOf(entry.value.text);
  const lengths = lengthsAt(profile, name);
  return lengths && { entry, name, lengths };
}

/** A duration the model offers, but not at the resolution the file asks for. */
function notAtResolution(duration: FrontMatterEntry, seconds: number, limit: ResolutionLimit, profile: ModelProfile): Finding[] {
  const best = nearest(seconds, limit.lengths) ?? limit.lengths[0];
  const free = profile.resolutions.value.filter((r) => lengthsAt(profile, resolutionName(r))?.includes(seconds) ?? true);
  const fixes = [{ title: `Change duration to ${best}s`, edits: [{ range: duration.value.range, newText: `${best}s` }], preferred: true }];
  for (const r of free) fixes.push({ title: `Change ${limit.entry.name} to ${r}`, edits: [{ range: limit.entry.value.range, newText: r }], preferred: false });
  return [{
    range: duration.value.range,
    message: `${profile.id} makes ${limit.name} clips only ${limit.lengths.map(lengthText).join(', ')} long, not ${lengthText(seconds)}.${free.length ? ` At ${lengthText(seconds)} it offers ${free.join(', ')}.` : ''}`,
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
    const limit = resolutionLimit(frontMatterEntry(tree, 'size', 'resolution'), clip.profile);
    if (offered.includes(value)) return limit && !limit.lengths.includes(value) ? notAtResolution(entry, value, limit, clip.profile) : [];
    // At a resolution with fewer lengths, only those are offered as fixes: another length would
    // trade this problem for the next.
    const candidates = limit?.lengths ?? offered;
    const best = nearest(value, candidates);
    const ordered = best === undefined ? candidates : [best, ...candidates.filter((d) => d !== best)];
    const atResolution = limit ? ` (at ${limit.name}, ${limit.lengths.map((d) => `${d}s`).join(', ')})` : '';
    return [{
      range: entry.value.range,
      message: `${clip.profile.id} does not make ${lengthText(value)} clips; it offers ${list}${atResolution}.`,
      fixes: ordered.map((d, i) => ({
        title: `Change duration to ${d}s`,
        edits: [{ range: entry.value.range, newText: `${d}s` }],
        preferred: i === 0,
        automatic: i === 0,
      })),
    }];
  },
};
