import { lengthText } from '../language/timestamps';
import { shotLabel } from '../language/clip';
import type { Field } from '../language/tree';
import type { Finding, Rule } from './rule';

/**
 * A natural speaking pace: about 150 words a minute, the figure usually given for conversational
 * and broadcast speech. The Sora cookbook's own rule of thumb agrees: a 4 s clip holds one or two
 * short lines.
 */
export const WORDS_PER_SECOND = 2.5;

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export const dialogueTooLong: Rule = {
  id: 'dialogue-too-long',
  defaultSeverity: 'warning',
  description: "A shot's dialogue has more words than its time holds at a natural pace (2.5 words a second).",
  scope: 'shot',
  checkShot(shot, { clip }) {
    // A model without sound says none of it; audio-unsupported reports that instead.
    if (!clip.profile.audio.value) return [];
    const findings: Finding[] = [];
    const span = clip.spans[shot.index];
    if (!span) return findings;
    const length = span.end - span.start;
    if (length <= 0) return findings;
    let words = 0;
    let first: Field | undefined;
    for (const field of shot.fields) {
      if (field.kind !== 'Dialogue') continue;
      first ??= field;
      for (const line of field.dialogue) words += line.speech ? countWords(line.speech.text) : 0;
    }
    if (!first?.name || words <= length * WORDS_PER_SECOND) return findings;
    const fit = Math.floor(length * WORDS_PER_SECOND);
    const time = span.explicit ? `${shotLabel(shot)}'s ${lengthText(length)}` : `the ${lengthText(length)} ${shotLabel(shot)} gets`;
    findings.push({
      range: first.name.range,
      message: `${words} words in ${lengthText(length)}; about ${fit} fit. At a natural pace (about 150 words a minute) the lines need ${lengthText(
        Math.ceil((words / WORDS_PER_SECOND) * 10) / 10,
      )}, more than ${time}: long speech is rushed or drifts out of sync. Cut the lines, or give the shot more time.`,
    });
    return findings;
  },
};
