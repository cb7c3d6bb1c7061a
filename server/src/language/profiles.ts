// Model profiles: what each text-to-video model accepts, as typed data. Vendors change these often,
// so every figure carries where it came from and when it was checked. Where a marketing article and
// the vendor's own documentation disagree, the documentation wins.
import { resolutionOf } from './frontMatterValues';

/** A fact about a model, with its provenance. */
export interface Figure<T> {
  value: T;
  /** Where the figure was read: a vendor document or SDK file. */
  source: string;
  /** The date (YYYY-MM-DD) the figure was last checked against its source. */
  asOf: string;
  note?: string;
}

export type Vendor = 'OpenAI' | 'Google' | 'Runway';

export interface ModelProfile {
  /** The id written in front matter (`model: sora-2`). */
  id: string;
  name: string;
  vendor: Vendor;
  /** The model id the vendor's API expects. */
  apiModel: string;
  /** Clip lengths the API accepts, in seconds, shortest first. */
  durations: Figure<readonly number[]>;
  /** Resolutions (named as in `resolutions`) that allow only some of those lengths. */
  durationsAt?: Figure<Readonly<Record<string, readonly number[]>>>;
  /** Frame sizes as `WIDTHxHEIGHT`; empty when the API asks for a resolution instead. */
  sizes: Figure<readonly string[]>;
  /** Named resolutions (`720p`, `1080p`, `4k`) the API accepts, for APIs that take one instead of a size. */
  resolutions: Figure<readonly string[]>;
  /** Aspect ratios as `W:H`, reduced where the vendor reduces them. */
  aspects: Figure<readonly string[]>;
  /** Whether the model generates sound (speech, effects, ambience) with the picture. */
  audio: Figure<boolean>;
  /** Whether the API takes a separate negative prompt. */
  negativePrompt: Figure<boolean>;
  promptLimit: Figure<{ amount: number; unit: 'characters' | 'tokens' }>;
  /** When the model or its API was retired or is due to shut down, and what replaces it. */
  retirement?: Figure<{ date: string; successor?: string; what: string; continuesIn?: string }>;
}

const CHECKED = '2026-11-01';
const OPENAI_SDK = 'openai/openai-python src/openai/types (video_seconds.py, video_size.py, video_model.py)';
const OPENAI_GUIDE = 'OpenAI video generation guide and the OpenAI cookbook Sora 2 prompting guide';
const GEMINI_DOCS = 'Gemini API video generation docs (Veo)';
const VERTEX_DOCS = 'Vertex AI model page veo/3-0-generate-001';
const RUNWAY_SDK = 'runwayml/sdk-python src/runwayml/types/image_to_video_create_params.py';
const RUNWAY_GUIDE = 'Runway Gen-4 and Gen-3 prompting guides';

const figure = <T>(value: T, source: string, note?: string): Figure<T> =>
  note === undefined ? { value, source, asOf: CHECKED } : { value, source, asOf: CHECKED, note };

const soraRetirement = figure(
  { date: '2026-09-24', what: 'Videos API shutdown', continuesIn: 'the Sora app' },
  OPENAI_GUIDE,
  'The Videos API was marked deprecated with this announced shutdown date.',
);

export const BUILT_IN_PROFILES: readonly ModelProfile[] = [
  {
    id: 'sora-2',
    name: 'OpenAI Sora 2',
    vendor: 'OpenAI',
    apiModel: 'sora-2',
    durations: figure([4, 8, 12], OPENAI_SDK, 'API default is 4 s; a newer guide mentions 16 and 20 s, which the API enum does not list.'),
    sizes: figure(['1280x720', '720x1280'], OPENAI_SDK),
    resolutions: figure([], OPENAI_SDK, 'The API takes a pixel size; a written resolution such as 720p is read as the size it names.'),
    aspects: figure(['16:9', '9:16'], OPENAI_SDK),
    audio: figure(true, OPENAI_GUIDE, 'Speech, effects and ambience are generated with the picture.'),
    negativePrompt: figure(false, OPENAI_GUIDE, 'No parameter: write exclusions as positive description.'),
    promptLimit: figure({ amount: 32000, unit: 'characters' }, OPENAI_SDK),
    retirement: soraRetirement,
  },
  {
    id: 'sora-2-pro',
    name: 'OpenAI Sora 2 Pro',
    vendor: 'OpenAI',
    apiModel: 'sora-2-pro',
    durations: figure([4, 8, 12], OPENAI_SDK, 'As sora-2.'),
    sizes: figure(['1280x720', '720x1280', '1792x1024', '1024x1792'], OPENAI_SDK, 'A newer guide mentions 1920x1080, which the API enum does not list.'),
    resolutions: figure([], OPENAI_SDK, 'The API takes a pixel size; a written resolution such as 720p is read as the size it names.'),
    aspects: figure(['16:9', '9:16'], OPENAI_SDK, '1792x1024 is close to, not exactly, 16:9.'),
    audio: figure(true, OPENAI_GUIDE),
    negativePrompt: figure(false, OPENAI_GUIDE),
    promptLimit: figure({ amount: 32000, unit: 'characters' }, OPENAI_SDK),
    retirement: soraRetirement,
  },
  {
    id: 'veo-3',
    name: 'Google Veo 3',
    vendor: 'Google',
    apiModel: 'veo-3.0-generate-001',
    durations: figure([4, 6, 8], VERTEX_DOCS, 'The Gemini API offers 8 s only; Vertex AI offers 4, 6 and 8 s.'),
    sizes: figure([], GEMINI_DOCS, 'Veo takes a resolution and an aspect ratio, not a pixel size.'),
    resolutions: figure(['720p', '1080p'], GEMINI_DOCS, 'At 24 fps.'),
    aspects: figure(['16:9', '9:16'], GEMINI_DOCS),
    audio: figure(true, GEMINI_DOCS, 'Audio is always generated.'),
    negativePrompt: figure(true, GEMINI_DOCS, 'negativePrompt lists things plainly, without "no" or "don\'t".'),
    promptLimit: figure({ amount: 1024, unit: 'tokens' }, GEMINI_DOCS),
  },
  {
    id: 'veo-3.1',
    name: 'Google Veo 3.1',
    vendor: 'Google',
    apiModel: 'veo-3.1-generate-preview',
    durations: figure([4, 6, 8], GEMINI_DOCS, '1080p and 4k need 8 s; extensions add 7 s up to 20 times at 720p.'),
    durationsAt: figure({ '1080p': [8], '4k': [8] }, GEMINI_DOCS),
    sizes: figure([], GEMINI_DOCS, 'Veo takes a resolution and an aspect ratio, not a pixel size.'),
    resolutions: figure(['720p', '1080p', '4k'], GEMINI_DOCS, 'The lite variant has no 4k.'),
    aspects: figure(['16:9', '9:16'], GEMINI_DOCS),
    audio: figure(true, GEMINI_DOCS, 'Audio is always generated.'),
    negativePrompt: figure(true, GEMINI_DOCS),
    promptLimit: figure({ amount: 1024, unit: 'tokens' }, GEMINI_DOCS),
  },
  {
    id: 'runway-gen3',
    name: 'Runway Gen-3 Alpha Turbo',
    vendor: 'Runway',
    apiModel: 'gen3a_turbo',
    durations: figure([5, 10], RUNWAY_SDK),
    sizes: figure(['1280x768', '768x1280'], RUNWAY_SDK, 'Runway writes these as ratios (1280:768).'),
    resolutions: figure([], RUNWAY_SDK, 'The API takes a ratio of pixel sizes.'),
    aspects: figure(['5:3', '3:5'], RUNWAY_SDK),
    audio: figure(false, RUNWAY_GUIDE),
    negativePrompt: figure(false, RUNWAY_GUIDE, 'Phrase everything positively.'),
    promptLimit: figure({ amount: 1000, unit: 'characters' }, RUNWAY_SDK),
    retirement: figure({ date: '2026-07-30', successor: 'runway-gen4', what: 'model retired' }, RUNWAY_SDK),
  },
  {
    id: 'runway-gen4',
    name: 'Runway Gen-4 Turbo',
    vendor: 'Runway',
    apiModel: 'gen4_turbo',
    durations: figure([2, 3, 4, 5, 6, 7, 8, 9, 10], RUNWAY_SDK, 'Only 5 or 10 s before October 2025.'),
    sizes: figure(['1280x720', '720x1280', '1104x832', '832x1104', '960x960', '1584x672'], RUNWAY_SDK, 'Runway writes these as ratios (1280:720).'),
    resolutions: figure([], RUNWAY_SDK, 'The API takes a ratio of pixel sizes.'),
    aspects: figure(['16:9', '9:16', '4:3', '3:4', '1:1', '21:9'], RUNWAY_SDK, 'Nearest common ratios of the accepted sizes.'),
    audio: figure(false, RUNWAY_GUIDE),
    negativePrompt: figure(false, RUNWAY_GUIDE, 'Phrase everything positively.'),
    promptLimit: figure({ amount: 1000, unit: 'characters' }, RUNWAY_SDK),
  },
];

export const DEFAULT_MODEL_ID = 'sora-2';

/** A user's override: any part of a profile; a new id adds a profile (missing parts come from `extends` or sora-2). */
export interface ProfileOverride {
  extends?: string;
  name?: string;
  vendor?: Vendor;
  apiModel?: string;
  durations?: readonly number[];
  /**
   * Lengths offered only at some resolutions, keyed by resolution (`1080p`, `4k`), merged into the
   * base profile's: a list replaces that resolution's, `null` removes its limit.
   */
  durationsAt?: Readonly<Record<string, readonly number[] | null>>;
  sizes?: readonly string[];
  resolutions?: readonly string[];
  aspects?: readonly string[];
  audio?: boolean;
  negativePrompt?: boolean;
  promptLimit?: { amount: number; unit: 'characters' | 'tokens' };
}

const USER_SOURCE = 'your settings (sora.models)';

/**
 * The lengths per resolution of a profile built on `base`: the base's, with the user's applied (a
 * list replaces, null removes), cut to the profile's `durations`. A limit none of whose lengths the
 * profile offers (a user profile that set other durations, say) cannot be met, and is left out
 * rather than reported against.
 */
function limitsFor(
  base: Readonly<Record<string, readonly number[]>> | undefined,
  override: Readonly<Record<string, readonly number[] | null>> | undefined,
  durations: readonly number[],
): Record<string, readonly number[]> {
  const merged = new Map(Object.entries(base ?? {}));
  for (const [resolution, lengths] of Object.entries(override ?? {})) {
    if (lengths) merged.set(resolution, lengths);
    else merged.delete(resolution);
  }
  const limits: Array<[string, readonly number[]]> = [];
  for (const [resolution, lengths] of merged) {
    const offered = lengths.filter((length) => durations.includes(length));
    if (offered.length) limits.push([resolution, offered]);
  }
  // Own properties only, whatever the keys: a resolution called `__proto__` stays a resolution.
  return Object.fromEntries(limits);
}

/**
 * The lengths `profile` makes at `resolution` (`1080p`, `4k`) when it has a limit there, else
 * undefined. An own key only: a value such as `constructor` is no resolution.
 */
export function lengthsAt(profile: ModelProfile, resolution: string): readonly number[] | undefined {
  const table = profile.durationsAt?.value;
  return table && Object.hasOwn(table, resolution) ? table[resolution] : undefined;
}

function applyOverride(id: string, base: ModelProfile, override: ProfileOverride): ModelProfile {
  const yours = <T>(value: T): Figure<T> => ({ value, source: USER_SOURCE, asOf: 'your settings' });
  const mine = <T>(value: T | undefined, fallback: Figure<T>): Figure<T> => (value === undefined ? fallback : yours(value));
  const profile: ModelProfile = {
    ...base,
    id,
    name: override.name ?? (id === base.id ? base.name : id),
    vendor: override.vendor ?? base.vendor,
    // A new profile that extends another sends the same API model unless it says otherwise.
    apiModel: override.apiModel ?? (id === base.id || override.extends ? base.apiModel : id),
    durations: mine(override.durations ? [...override.durations].sort((a, b) => a - b) : undefined, base.durations),
    sizes: mine(override.sizes, base.sizes),
    resolutions: mine(override.resolutions, base.resolutions),
    aspects: mine(override.aspects, base.aspects),
    audio: mine(override.audio, base.audio),
    negativePrompt: mine(override.negativePrompt, base.negativePrompt),
    promptLimit: mine(override.promptLimit, base.promptLimit),
  };
  if (id !== base.id) delete profile.retirement;
  // Resolved once here, against the durations just set, so that every lookup is a plain read.
  if (override.durationsAt || (override.durations && base.durationsAt)) {
    const limits = limitsFor(base.durationsAt?.value, override.durationsAt, profile.durations.value);
    profile.durationsAt = override.durationsAt ? yours(limits) : { ...base.durationsAt!, value: limits };
  }
  return profile;
}

/**
 * The profiles in force: the built-in ones with the user's overrides applied. Bad override entries
 * (not an object) are skipped rather than failing the whole set.
 */
export function resolveProfiles(overrides: Record<string, unknown> = {}): Map<string, ModelProfile> {
  const profiles = new Map(BUILT_IN_PROFILES.map((p) => [p.id, p]));
  for (const [rawId, raw] of Object.entries(overrides)) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) continue;
    const id = rawId.trim().toLowerCase();
    const override = sanitizeOverride(raw as Record<string, unknown>);
    const base = profiles.get(id) ?? profiles.get(override.extends ?? '') ?? profiles.get(DEFAULT_MODEL_ID)!;
    profiles.set(id, applyOverride(id, base, override));
  }
  return profiles;
}

function sanitizeOverride(raw: Record<string, unknown>): ProfileOverride {
  const strings = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined);
  const numbers = (v: unknown) =>
    Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number' && Number.isFinite(x) && x > 0) ? (v as number[]) : undefined;
  const override: ProfileOverride = {};
  if (typeof raw.extends === 'string') override.extends = raw.extends.toLowerCase();
  if (typeof raw.name === 'string') override.name = raw.name;
  if (raw.vendor === 'OpenAI' || raw.vendor === 'Google' || raw.vendor === 'Runway') override.vendor = raw.vendor;
  if (typeof raw.apiModel === 'string') override.apiModel = raw.apiModel;
  const durations = numbers(raw.durations);
  if (durations) override.durations = durations;
  // Each resolution on its own: a value that is neither a list of lengths nor null is ignored, and
  // the base profile's limit for that resolution stays.
  if (raw.durationsAt && typeof raw.durationsAt === 'object' && !Array.isArray(raw.durationsAt)) {
    const byResolution: Array<[string, readonly number[] | null]> = [];
    for (const [resolution, lengths] of Object.entries(raw.durationsAt)) {
      const list = numbers(lengths);
      // Keyed as lookups read a resolution: `4K` is `4k`, and a pixel size its short side (`1920x1080` is `1080p`).
      if (list || lengths === null) byResolution.push([resolutionOf(resolution), list ? [...list].sort((a, b) => a - b) : null]);
    }
    override.durationsAt = Object.fromEntries(byResolution);
  }
  for (const key of ['sizes', 'resolutions', 'aspects'] as const) {
    const list = strings(raw[key]);
    if (list) override[key] = list.map((s) => s.toLowerCase());
  }
  if (typeof raw.audio === 'boolean') override.audio = raw.audio;
  if (typeof raw.negativePrompt === 'boolean') override.negativePrompt = raw.negativePrompt;
  const limit = raw.promptLimit as { amount?: unknown; unit?: unknown } | undefined;
  if (limit && typeof limit.amount === 'number' && (limit.unit === 'characters' || limit.unit === 'tokens')) {
    override.promptLimit = { amount: limit.amount, unit: limit.unit };
  }
  return override;
}

export function longestDuration(profile: ModelProfile): number {
  const values = profile.durations.value;
  return values.length ? Math.max(...values) : 0;
}
