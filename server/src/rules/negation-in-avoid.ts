import { eachMatch } from '../language/regex';
import type { NegativePhrase } from '../language/tree';
import { previousNonSpace } from './phraseEdit';
import type { Finding, Fix, Rule } from './rule';

// The negation words of the Veo guide's advice, with the verb they usually govern in a list item
// (`don't show logos`): removing the pair leaves the thing itself. `no one` and `nobody` stand for people.
const NEGATION =
  /(?<![\p{L}\p{N}'’])(?:(?:no\s+one|nobody)|(?:(?:do|does)\s+not|don['’]t|doesn['’]t|no|not|never|without)(?:\s+(?:show|showing|include|including|add|use|have|having|want|put|display|feature|render|any))*)(?![\p{L}\p{N}'’])/giu;
// A negation that opens the item, or follows `and`/`or`/`nor`, can go without changing what is listed.
const CONJUNCTIONS = new Set(['and', 'or', 'nor', '&']);

/** Whether the negation at `start` opens the item or follows a conjunction (reads only the word before). */
function opens(text: string, start: number): boolean {
  const p = previousNonSpace(text, start);
  if (p < 0) return true;
  let q = p;
  while (q >= 0 && p - q < 4 && /[\p{L}&]/u.test(text[q])) q--;
  return (q < 0 || /\s/.test(text[q])) && CONJUNCTIONS.has(text.slice(q + 1, p + 1).toLowerCase());
}

function capitalizeLike(model: string, text: string): string {
  return model[0] !== model[0].toLowerCase() ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function fixFor(item: NegativePhrase, start: number, written: string): Fix | undefined {
  const text = item.text;
  if (!opens(text, start)) return undefined;
  const line = item.range.start.line;
  const base = item.range.start.character;
  const people = /^(?:no\s+one|nobody)$/i.test(written);
  const gap = /^\s*/.exec(text.slice(start + written.length))![0];
  const end = start + written.length + (people ? 0 : gap.length);
  const rest = text.slice(end);
  // Nothing left to list (`Avoid: no`): no fix.
  if (!people && !rest.trim()) return undefined;
  const firstOfItem = start === 0;
  const replacement = people ? capitalizeLike(written, 'people') : '';
  const edits = [{ range: { start: { line, character: base + start }, end: { line, character: base + end } }, newText: replacement }];
  if (!people && firstOfItem && written[0] !== written[0].toLowerCase() && rest[0] !== rest[0].toUpperCase()) {
    // `No logos` -> `Logos`: the item keeps its capital.
    edits[0] = { range: { start: edits[0].range.start, end: { line, character: base + end + 1 } }, newText: rest[0].toUpperCase() };
  }
  return {
    title: people ? `Replace "${written}" with "people"` : `Remove "${written}"`,
    edits,
    preferred: true,
    automatic: true,
  };
}

export const negationInAvoid: Rule = {
  id: 'negation-in-avoid',
  defaultSeverity: 'warning',
  description: 'A "no", "not", "don\'t", "without" or "never" in an Avoid item for a model whose negative prompt wants plain nouns (Veo).',
  scope: 'shot',
  checkShot(shot, { clip }) {
    const profile = clip.profile;
    if (!profile.negativePrompt.value) return [];
    const findings: Finding[] = [];
    for (const field of shot.fields) {
      if (field.kind !== 'Avoid') continue;
      for (const item of field.negatives) {
        eachMatch(NEGATION, item.text, (match) => {
          const written = match[0];
          const start = match.index;
          const line = item.range.start.line;
          const character = item.range.start.character + start;
          const fix = fixFor(item, start, written);
          const finding: Finding = {
            range: { start: { line, character }, end: { line, character: character + written.length } },
            message: `"${written}" in an Avoid item: ${profile.id}'s negative prompt is a list of things, and a negation in it can turn into the thing itself. Write just what must not appear${
              fix ? '' : ' (rephrase this item as a plain noun phrase)'
            }.`,
          };
          if (fix) finding.fixes = [fix];
          findings.push(finding);
        });
      }
    }
    return findings;
  },
};
