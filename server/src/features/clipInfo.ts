import type { Analysis } from './analysis';

/** What the editor shows about a file's clip: the model it targets and how long it runs. */
export interface ClipInfo {
  model: string;
  modelName: string;
  modelKnown: boolean;
  modelFrom: 'front matter' | 'settings' | 'override';
  duration: number;
  durationFrom: 'front matter' | 'model';
  shots: number;
}

export function clipInfo({ tree, clip }: Analysis): ClipInfo {
  return {
    model: clip.modelId,
    modelName: clip.modelKnown ? clip.profile.name : `unknown model (checked as ${clip.profile.id})`,
    modelKnown: clip.modelKnown,
    modelFrom: clip.modelFrom,
    duration: clip.duration,
    durationFrom: clip.durationFrom,
    shots: tree.shots.length,
  };
}
