/** Front-matter keys the format knows, with what each sets. */
export const FRONT_MATTER_KEYS: Readonly<Record<string, string>> = {
  model: 'The model profile the prompt is written for (for example sora-2, veo-3.1, runway-gen4).',
  duration: 'The clip length: 12s, 12 or 0:12. Cue times are checked against it.',
  size: 'The frame size in pixels (1280x720) or a resolution (720p, 1080p, 4k).',
  resolution: 'Same as size.',
  aspect: 'The aspect ratio: 16:9, 9:16, 1:1 and the like.',
  title: 'A title for the prompt; it is not sent to the model.',
  remix: 'The id of an earlier generation to remix.',
};
