// The evaluation set of the writing checks: real prompts written by others, with hand labels (see
// LABELLING.md). Read by `npm run quality` and held to its shape by evaluation-set.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CATEGORIES = ['judgement', 'mood-person', 'mood-scene', 'intensifier', 'manner'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Label {
  text: string;
  occurrence?: number;
  reason: string;
}

export interface FlagLabel extends Label {
  category: Category;
}

export interface EvaluationPrompt {
  id: string;
  text: string;
  url?: string;
  flag?: FlagLabel[];
  keep?: Label[];
}

export interface Collection {
  collection: string;
  source: { title?: string; url: string; licence: string; retrieved: string; selection?: string };
  split: 'dev' | 'held-out';
  prompts: EvaluationPrompt[];
  /** The file it was read from, relative to the repository. */
  file: string;
}

export interface Rewrite {
  prompt: string;
  /** The flagged words as written, and where they start in the prompt. */
  flagged: string;
  offset: number;
  /** The line the flag is on once its preferred fix is applied: what is scored. */
  result: string;
  fits: boolean;
  action: boolean;
  reason: string;
}

const HERE = __dirname;

export function readCollections(folder = join(HERE, 'prompts')): Collection[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ ...(JSON.parse(readFileSync(join(folder, name), 'utf8')) as Omit<Collection, 'file'>), file: `test/quality/prompts/${name}` }));
}

export function readRewrites(file = join(HERE, 'rewrites.json')): Rewrite[] {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Rewrite[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Where a label's words stand in the prompt: every occurrence, or the one it names. */
export function spansOf(text: string, label: Label): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!label.text) return spans;
  // Whole words only: "fresh" is not found inside "refreshing".
  const letter = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(label.text); at >= 0; at = text.indexOf(label.text, at + 1)) {
    const end = at + label.text.length;
    if ((letter.test(label.text[0]) && letter.test(text[at - 1] ?? '')) || (letter.test(label.text.at(-1)!) && letter.test(text[end] ?? ''))) continue;
    spans.push([at, end]);
  }
  if (label.occurrence === undefined) return spans;
  const one = spans[label.occurrence - 1];
  return one ? [one] : [];
}
