import { frontMatterEntry } from '../language/clip';
import { promptLength, renderedPromptLength } from '../language/promptText';
import type { Rule } from './rule';
import { formatCount } from '../language/numbers';

export const promptTooLong: Rule = {
  id: 'prompt-too-long',
  defaultSeverity: 'error',
  description: "The exported prompt is longer than the model accepts (characters or tokens, as the vendor counts).",
  scope: 'file',
  check({ tree, clip }) {
    const limit = clip.profile.promptLimit.value;
    // Past four times the limit (in characters, a token being at most a few) the exact length no
    // longer matters: rendering stops there, so a long file costs no more than a short one.
    const charactersPerUnit = limit.unit === 'tokens' ? 4 : 1;
    const rendered = renderedPromptLength(tree, clip, limit.amount * charactersPerUnit * 4);
    // Cheap test first: a token is at least one character, so a text within the limit in characters
    // is within it in tokens too, and nothing more needs measuring.
    if (rendered.characters <= limit.amount) return [];
    const length = promptLength(rendered.characters, clip.profile);
    if (length.amount <= limit.amount) return [];
    const anchor = frontMatterEntry(tree, 'model')?.value.range ?? tree.shots[0]?.heading?.range ?? tree.shots[0]?.fields[0]?.range;
    if (!anchor) return [];
    const counted = `${rendered.truncated ? 'more than ' : length.estimated ? 'about ' : ''}${formatCount(length.amount)} ${length.unit}`;
    return [{
      range: anchor,
      message: `The prompt ${clip.profile.id} receives is ${counted}; it accepts ${formatCount(limit.amount)} ${limit.unit}${length.estimated ? ' (tokens estimated at four characters each)' : ''}. ${rendered.truncated ? 'Cut it to a quarter or less' : `Cut ${formatCount(length.amount - limit.amount)} ${length.unit}`}, or split the clip.`,
    }];
  },
};
