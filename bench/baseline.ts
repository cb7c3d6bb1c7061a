// The baseline: the least a vague-word and cue-time linter could do. Split the text into words, look
// each one up in a Set of the vague words, and find clock times with one regular expression. No
// structure (shots, fields, dialogue, comments), no ranges, no messages, no fixes. Our full analysis
// is reported as a multiple of this.

export interface BaselineResult {
  words: number;
  vague: number;
  timestamps: number;
}

const NOT_WORD = /[^A-Za-z'’-]+/;
const TIMESTAMP = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\b/g;

export function createBaseline(vagueWords: Iterable<string>): (text: string) => BaselineResult {
  const vague = new Set(vagueWords);
  return (text) => {
    let words = 0;
    let found = 0;
    for (const word of text.split(NOT_WORD)) {
      if (!word) continue;
      words++;
      if (vague.has(word.toLowerCase())) found++;
    }
    let timestamps = 0;
    TIMESTAMP.lastIndex = 0;
    while (TIMESTAMP.exec(text)) timestamps++;
    return { words, vague: found, timestamps };
  };
}
