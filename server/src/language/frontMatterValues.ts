import type { ModelProfile } from './profiles';

export interface Dimensions {
  width: number;
  height: number;
}

/** Reads `1280x720`, `1280×720` or Runway's `1280:720`. */
export function readSize(text: string): Dimensions | undefined {
  const match = /^\s*(\d{2,5})\s*[x×:]\s*(\d{2,5})\s*$/i.exec(text);
  return match ? { width: Number(match[1]), height: Number(match[2]) } : undefined;
}

/** Reads `720p`, `1080p`, `4k` as the short side in pixels. */
export function readResolution(text: string): number | undefined {
  const match = /^\s*(\d{3,4})\s*p\s*$/i.exec(text);
  if (match) return Number(match[1]);
  if (/^\s*4\s*k\s*$/i.test(text)) return 2160;
  return undefined;
}

export function resolutionName(text: string): string {
  return /^\s*4\s*k\s*$/i.test(text) ? '4k' : text.trim().toLowerCase().replace(/\s+/g, '');
}

/** The resolution a `size` value names: `1080p`, `4k`, or a pixel size read by its short side (`1920x1080` is `1080p`). */
export function resolutionOf(text: string): string {
  const size = readSize(text);
  return size ? `${Math.min(size.width, size.height)}p` : resolutionName(text);
}

/** The values a profile accepts for `size`, written as a creator would write them. */
export function acceptedSizes(profile: ModelProfile): string[] {
  return [...profile.sizes.value, ...profile.resolutions.value];
}

/** Whether a written size or resolution is one the profile accepts. */
export function sizeAccepted(profile: ModelProfile, text: string): boolean {
  const size = readSize(text);
  if (size) {
    if (!profile.sizes.value.length) {
      // An API that takes a resolution reads 1920x1080 as 1080p.
      return profile.resolutions.value.map(resolutionName).includes(resolutionOf(text));
    }
    return profile.sizes.value.some((s) => {
      const offered = readSize(s)!;
      return offered.width === size.width && offered.height === size.height;
    });
  }
  const short = readResolution(text);
  if (short === undefined) return false;
  if (profile.resolutions.value.map(resolutionName).includes(resolutionName(text))) return true;
  // A resolution names the short side of an accepted pixel size (720p is 1280x720 or 720x1280).
  return profile.sizes.value.some((s) => {
    const offered = readSize(s)!;
    return Math.min(offered.width, offered.height) === short;
  });
}

export function readAspect(text: string): Dimensions | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*[:x/]\s*(\d+(?:\.\d+)?)\s*$/i.exec(text);
  return match ? { width: Number(match[1]), height: Number(match[2]) } : undefined;
}

// Vendors' frame sizes are only close to the common ratios (1792x1024 is 1.75, 16:9 is 1.78), so
// ratios within 2% count as the same.
const RATIO_TOLERANCE = 0.02;

export function sameRatio(a: Dimensions, b: Dimensions): boolean {
  return Math.abs((a.width / a.height) / (b.width / b.height) - 1) < RATIO_TOLERANCE;
}

export function aspectAccepted(profile: ModelProfile, text: string): boolean {
  const aspect = readAspect(text);
  if (!aspect || aspect.height === 0 || aspect.width === 0) return false;
  return profile.aspects.value.some((a) => {
    const offered = readAspect(a);
    return offered !== undefined && sameRatio(offered, aspect);
  });
}

/** The short side in pixels of a written size or resolution, for ranking alternatives. */
export function shortSide(text: string): number | undefined {
  const size = readSize(text);
  return size ? Math.min(size.width, size.height) : readResolution(text);
}

/** The offered number nearest to `value` (the larger on a tie, so a clip is never cut short). */
export function nearest(value: number, offered: readonly number[]): number | undefined {
  let best: number | undefined;
  for (const candidate of offered) {
    if (best === undefined || Math.abs(candidate - value) < Math.abs(best - value) ||
      (Math.abs(candidate - value) === Math.abs(best - value) && candidate > best)) best = candidate;
  }
  return best;
}
