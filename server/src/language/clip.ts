import { readDuration } from './timestamps';
import { DEFAULT_MODEL_ID, longestDuration, type ModelProfile } from './profiles';
import type { FrontMatterEntry, Shot, SoraTree } from './tree';

export interface ShotSpan {
  start: number;
  end: number;
  /** True when the shot's heading states the span; false when it was shared out from what was left. */
  explicit: boolean;
}

/** What a file asks of the model, derived from its front matter, the settings and the profiles. */
export interface Clip {
  /** The model id the file asks for (front matter) or the configured default. */
  modelId: string;
  modelFrom: 'front matter' | 'settings' | 'override';
  /** The profile of `modelId`, or of the default model when `modelId` is unknown. */
  profile: ModelProfile;
  /** False when `modelId` names no profile. */
  modelKnown: boolean;
  /** Clip length in seconds. */
  duration: number;
  durationFrom: 'front matter' | 'model';
  /** One span per shot, in the order of `tree.shots`. */
  spans: ShotSpan[];
}

export function frontMatterEntry(tree: SoraTree, ...names: string[]): FrontMatterEntry | undefined {
  return tree.frontMatter?.entries.find((e) => names.includes(e.name));
}

/**
 * `override` replaces the file's own model, as when the CLI is asked whether a prompt fits another
 * model. `earlier` is a clip of an earlier text whose shots state the very same time ranges: its
 * spans are kept when the clip length is the same too, since the spans depend on nothing else.
 */
export function deriveClip(
  tree: SoraTree,
  profiles: ReadonlyMap<string, ModelProfile>,
  defaultModel: string,
  override?: string,
  earlier?: Clip,
): Clip {
  const modelEntry = frontMatterEntry(tree, 'model');
  const written = modelEntry?.value.text.trim().toLowerCase();
  const modelId = override?.toLowerCase() || written || defaultModel;
  const fallback = profiles.get(defaultModel) ?? profiles.get(DEFAULT_MODEL_ID)!;
  const profile = profiles.get(modelId) ?? fallback;

  const durationEntry = frontMatterEntry(tree, 'duration');
  const writtenDuration = durationEntry ? readDuration(durationEntry.value.text) : undefined;
  const duration = writtenDuration !== undefined && writtenDuration > 0 ? writtenDuration : longestDuration(profile);

  return {
    modelId,
    modelFrom: override ? 'override' : written ? 'front matter' : 'settings',
    profile,
    // An empty `model:` line names nothing, which is worth saying rather than quietly using the default.
    modelKnown: profiles.has(modelId) && (override !== undefined || !modelEntry || !!written),
    duration,
    durationFrom: writtenDuration !== undefined && writtenDuration > 0 ? 'front matter' : 'model',
    // Speed: in a long file nearly every edit leaves the headings alone, and working the spans out
    // again reads every shot's heading (about 6 ms at 10 MB, most of it waiting on memory).
    spans: earlier?.duration === duration ? earlier.spans : shotSpans(tree.shots, duration),
  };
}

/** True when each shot states the same time range as the shot at its place in `earlier` (or neither states one). */
export function sameStatedRanges(shots: readonly Shot[], earlier: readonly Shot[]): boolean {
  if (shots.length !== earlier.length) return false;
  for (let i = 0; i < shots.length; i++) {
    // A kept shot is the very same object: only the shots parsed or moved again are read.
    if (shots[i] === earlier[i]) continue;
    const range = shots[i].heading?.timeRange;
    const before = earlier[i].heading?.timeRange;
    if (range?.start.seconds !== before?.start.seconds || range?.end.seconds !== before?.end.seconds) return false;
  }
  return true;
}

/** The start of the span a shot's heading states, or NaN when it states none (or a backwards one). */
function statedStart(shot: Shot): number {
  const range = shot.heading?.timeRange;
  const start = range?.start.seconds;
  const end = range?.end.seconds;
  return start === undefined || end === undefined || end <= start ? NaN : start;
}

/**
 * Shots whose heading states no span share out evenly the time between their stated neighbours.
 * Runs on every keystroke, so it makes the spans and nothing else.
 */
function shotSpans(shots: readonly Shot[], duration: number): ShotSpan[] {
  const spans: ShotSpan[] = new Array(shots.length);
  let i = 0;
  while (i < shots.length) {
    const start = statedStart(shots[i]);
    if (!Number.isNaN(start)) {
      spans[i] = { start, end: shots[i].heading!.timeRange!.end.seconds!, explicit: true };
      i++;
      continue;
    }
    let j = i;
    while (j < shots.length && Number.isNaN(statedStart(shots[j]))) j++;
    const from = i > 0 ? spans[i - 1].end : 0;
    const to = j < shots.length ? statedStart(shots[j]) : duration;
    const share = Math.max(0, to - from) / (j - i);
    for (let k = i; k < j; k++) spans[k] = { start: from + share * (k - i), end: from + share * (k - i + 1), explicit: false };
    i = j;
  }
  return spans;
}

// A part of a heading that is only its time range (`00:04-00:12`, `0:04 to 0:12`).
const TIME_ONLY = /^[\d:.\s–-]+$|^\d[\d:.]*\s+to\s+[\d:.]+$/;

/**
 * A heading's title in parts, split at its dashes: the shot's name (`Shot 2`; the shot's position when
 * the heading starts with something else) and the parts that describe it, time ranges left out.
 */
export function headingParts(shot: Shot): { label: string; description: string[] } {
  const parts = (shot.heading?.title.text ?? '').split(/\s+[—–-]\s+/).map((part) => part.trim());
  const named = parts[0] && !/^\d/.test(parts[0]);
  const label = named ? parts[0] : `Shot ${shot.index + 1}`;
  return { label, description: parts.slice(named ? 1 : 0).filter((part) => part && !TIME_ONLY.test(part)) };
}

/** How a shot is named in messages: the first part of its heading (`Shot 2`), else its position. */
export function shotLabel(shot: Shot): string {
  return headingParts(shot).label;
}
