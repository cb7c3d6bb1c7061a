// The frame a front matter asks for, when its size and aspect lines disagree about its shape. The
// size-aspect-mismatch rule reports it, and the export says which of the two its request carries.
import { frontMatterEntry } from './clip';
import { readAspect, readSize, sameRatio, type Dimensions } from './frontMatterValues';
import type { ModelProfile } from './profiles';
import type { FrontMatterEntry, SoraTree } from './tree';

export interface FrameConflict {
  /** The first `size` or `resolution` line: a pixel size. */
  sizeEntry: FrontMatterEntry;
  size: Dimensions;
  /** The first `aspect` line. */
  aspectEntry: FrontMatterEntry;
  aspect: Dimensions;
}

/**
 * A pixel size and an aspect whose ratios differ; undefined when they agree or either names no
 * shape (`720p`). Both close enough to the same aspect `profile` offers agree too: ratios are
 * compared within 2%, and 1792x1024 (1.75) and 1.8:1 are each 16:9 without being within 2% of
 * each other. An OpenAI remix sends neither line (the frame comes from the video it remixes), so
 * nothing there disagrees.
 */
export function frameConflict(tree: SoraTree, profile: ModelProfile): FrameConflict | undefined {
  if (profile.vendor === 'OpenAI' && frontMatterEntry(tree, 'remix')?.value.text) return undefined;
  const sizeEntry = frontMatterEntry(tree, 'size', 'resolution');
  const aspectEntry = frontMatterEntry(tree, 'aspect');
  if (!sizeEntry || !aspectEntry) return undefined;
  const size = readSize(sizeEntry.value.text);
  const aspect = readAspect(aspectEntry.value.text);
  if (!size || !aspect || !size.width || !size.height || !aspect.width || !aspect.height || sameRatio(size, aspect)) return undefined;
  const offered = ratioAmong(size, profile.aspects.value);
  if (offered !== undefined && offered === ratioAmong(aspect, profile.aspects.value)) return undefined;
  return { sizeEntry, size, aspectEntry, aspect };
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

// How people name frame shapes, for a size whose ratio the profile does not list (1104x832 is 4:3).
const COMMON_RATIOS = ['16:9', '9:16', '4:3', '3:4', '1:1', '21:9', '9:21', '3:2', '2:3', '5:3', '3:5', '5:4', '4:5'];

/** The first of `ratios` (written `W:H`) that has the shape of `size`. */
export function ratioAmong(size: Dimensions, ratios: readonly string[]): string | undefined {
  return ratios.find((text) => {
    const ratio = readAspect(text);
    return ratio !== undefined && sameRatio(ratio, size);
  });
}

/** The ratio of a pixel size, by its common name, else in lowest terms (`1280x720` is `16:9`). */
export function ratioName(size: Dimensions): string {
  const divisor = greatestCommonDivisor(size.width, size.height);
  return ratioAmong(size, COMMON_RATIOS) ?? `${size.width / divisor}:${size.height / divisor}`;
}
