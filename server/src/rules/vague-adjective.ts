import { fieldDefinition } from '../language/fields';
import { eachMatch, escapeRegExp } from '../language/regex';
import type { Field, Range, Span } from '../language/tree';
import type { RewriteField, VagueWord } from '../language/vagueWordTypes';
import type { Finding, Fix, Rule } from './rule';
import type { VagueLexicon } from '../language/vagueLexicon';
import type { LineMover } from '../language/lineMover';
import { detach } from '../language/detach';
import { matchCase } from '../language/suggest';
import { articleFor } from './phraseEdit';

// Letters with inner hyphens or apostrophes make one word (`eye-catching`, `courier's`), so a vague
// word inside a longer compound is left alone: a match may not touch a letter, nor a joiner that
// continues the word.
const WORD_START = "(?<![A-Za-z])(?<![A-Za-z][-'’])";
const WORD_END = "(?![A-Za-z])(?![-'’][A-Za-z])";

// All the words of a lexicon as one expression, compiled once per lexicon (that is, per settings
// change). One native scan of each line finds them; looking every word of the text up in the map
// instead allocates a match and a lower-cased copy per word, which was most of this rule's time.
const patterns = new WeakMap<VagueLexicon, RegExp>();

function patternFor(lexicon: VagueLexicon): RegExp | undefined {
  if (!lexicon.size) return undefined;
  let pattern = patterns.get(lexicon);
  if (!pattern) {
    const words = [...lexicon.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    pattern = new RegExp(`${WORD_START}(?:${words.join('|')})${WORD_END}`, 'gi');
    patterns.set(lexicon, pattern);
  }
  return pattern;
}
// Quoted text in a visual field is usually text on screen (a sign, a caption): the creator's words.
const QUOTED = /"[^"]*"|“[^”]*”/g;
const ARTICLE_BEFORE = /\b(a|an)(\s+)$/i;
const MAX_REWRITES = 4;

const REWRITE_FIELDS = new Set<string>(['Scene', 'Subject', 'Camera', 'Lens', 'Motion', 'Lighting', 'Audio', 'Style']);

function checksWording(field: Field): boolean {
  if (field.kind) return fieldDefinition(field.kind).visual;
  return true; // prose and unknown fields reach the model as they are
}

/**
 * The rewrites written for the field the word stands in, else the general ones. Sound is not
 * picture: in Audio only rewrites written for Audio are offered (removal remains).
 */
export function rewritesFor(entry: VagueWord, field: Field): readonly string[] {
  const own = field.kind && REWRITE_FIELDS.has(field.kind) ? entry.rewrites[field.kind as Exclude<RewriteField, 'default'>] : undefined;
  // The list itself when it is short enough (a copy per finding adds up over thousands of findings).
  const upTo = (list: readonly string[]) => (list.length <= MAX_REWRITES ? list : list.slice(0, MAX_REWRITES));
  if (own?.length) return upTo(own);
  return field.kind === 'Audio' ? [] : upTo(entry.rewrites.default);
}

function at(segment: Span, offset: number): { line: number; character: number } {
  return { line: segment.range.start.line, character: segment.range.start.character + offset };
}

function removal(segment: Span, start: number, written: string): Fix {
  const text = segment.text;
  const end = start + written.length;
  const article = ARTICLE_BEFORE.exec(text.slice(0, start));
  const trailing = /^,?\s+/.exec(text.slice(end))?.[0];
  let from = start;
  let to = end;
  let newText = '';
  if (trailing !== undefined) {
    // Take the space (and a comma) after the word; keep a/an agreeing with the word that moves up.
    to = end + trailing.length;
    const next = /^[A-Za-z]+/.exec(text.slice(to))?.[0] ?? '';
    if (article) {
      from = start - article[0].length;
      newText = articleFor(article[1], next) + article[2];
    } else if (next && /(^|[.!?]\s+)$/.test(text.slice(0, start)) && written[0] !== written[0].toLowerCase()) {
      // The sentence started with the removed word: its new first word takes the capital.
      to += 1;
      newText = next[0].toUpperCase();
    }
  } else {
    // The last word before punctuation or the end of the line: take the space before it instead.
    from = start - (/\s+$/.exec(text.slice(0, start))?.[0].length ?? 0);
  }
  return { title: `Remove "${written}"`, edits: [{ range: { start: at(segment, from), end: at(segment, to) }, newText }] };
}

function replacement(segment: Span, start: number, written: string, rewrite: string): Fix {
  const end = start + written.length;
  const article = ARTICLE_BEFORE.exec(segment.text.slice(0, start));
  const from = article ? start - article[0].length : start;
  const newText = article ? `${articleFor(article[1], rewrite)}${article[2]}${rewrite}` : matchCase(written, rewrite);
  return {
    title: `Replace "${written}" with "${rewrite}"`,
    edits: [{ range: { start: at(segment, from), end: at(segment, end) }, newText }],
  };
}

/** One fix per rewrite and one that removes the word; the preferred one first. */
function fixesFor(segment: Span, start: number, written: string, rewrites: readonly string[], entry: VagueWord): Fix[] {
  const fixes = rewrites.map((rewrite) => replacement(segment, start, written, rewrite));
  const remove = removal(segment, start, written);
  // An intensifier adds nothing a camera can show, so dropping it is the best fix.
  if (entry.kind === 'intensifier' || fixes.length === 0) fixes.unshift(remove);
  else fixes.push(remove);
  fixes[0].preferred = true;
  return fixes;
}

// The message says what is wrong and what to write instead; why the word fails (the entry's `why`)
// is in the hover on the word, which an editor shows right under the message. Keeping it out of
// the message spares reading it twice, keeps the Problems list to one line per word, and keeps the
// diagnostics of a long file small to send on every edit.
function describe(written: string, entry: VagueWord, rewrites: readonly string[]): string {
  const lead =
    entry.kind === 'intensifier'
      ? `"${written}" is an intensifier: it adds nothing a camera can show.`
      : `"${written}" is a judgement, not something a camera can film.`;
  if (rewrites.length) return `${lead} Try: ${rewrites.map((r) => `"${r}"`).join(', ')}.`;
  return `${lead} ${entry.kind === 'intensifier' ? 'Remove it, or state the amount.' : 'Name what is seen or heard instead.'}`;
}

// Speed: a long file has thousands of these findings and the same few hundred words in them, so
// messages are shared by word, field and spelling, and a finding is a small class instance whose
// fixes are built on first use (only a code-action request for the word under the cursor reads them).
const messagesByLexicon = new WeakMap<VagueLexicon, Map<string, Map<string, string>>>();

function messageFor(lexicon: VagueLexicon, written: string, entry: VagueWord, kind: Field['kind'], rewrites: readonly string[]): string {
  let byWord = messagesByLexicon.get(lexicon);
  if (!byWord) messagesByLexicon.set(lexicon, (byWord = new Map()));
  // Bounded: the words of a lexicon times the spellings people use; past this, start over rather than grow.
  if (byWord.size > 20_000) byWord.clear();
  let byField = byWord.get(written);
  if (!byField) byWord.set(detach(written), (byField = new Map()));
  let message = byField.get(kind ?? '');
  if (message === undefined) {
    // Kept for the analyzer's life: made from a copy of the word, not from a view into the text.
    message = describe(detach(written), entry, rewrites);
    byField.set(kind ?? '', message);
  }
  return message;
}

class VagueFinding implements Finding {
  private built: Fix[] | undefined;

  constructor(
    readonly range: Range,
    readonly message: string,
    private readonly segment: Span,
    private readonly start: number,
    private readonly written: string,
    private readonly rewrites: readonly string[],
    private readonly entry: VagueWord,
  ) {}

  get fixes(): Fix[] {
    this.built ??= fixesFor(this.segment, this.start, this.written, this.rewrites, this.entry);
    return this.built;
  }

  movedBy(mover: LineMover): VagueFinding {
    return new VagueFinding(mover.range(this.range), this.message, mover.segment(this.segment), this.start, this.written, this.rewrites, this.entry);
  }
}

export const vagueAdjective: Rule = {
  id: 'vague-adjective',
  defaultSeverity: 'warning',
  description: 'An evaluative word or intensifier ("beautiful", "epic", "very") that a video model cannot film.',
  scope: 'shot',
  checkShot(shot, { lexicon }) {
    const findings: Finding[] = [];
    const pattern = patternFor(lexicon);
    if (!pattern) return findings;
    for (const field of shot.fields) {
      if (!checksWording(field)) continue;
      for (const segment of field.segments) {
        let quoted: Array<[number, number]> | undefined;
        eachMatch(pattern, segment.text, (match) => {
          const written = match[0];
          // Most words are written in lower case already: look them up without making a copy.
          const entry = lexicon.get(written) ?? lexicon.get(written.toLowerCase());
          if (!entry) return;
          const start = match.index;
          if (!quoted) {
            quoted = [];
            eachMatch(QUOTED, segment.text, (q) => quoted!.push([q.index, q.index + q[0].length]));
          }
          if (quoted.some(([from, to]) => start >= from && start < to)) return;
          const rewrites = rewritesFor(entry, field);
          const range: Range = { start: at(segment, start), end: at(segment, start + written.length) };
          findings.push(new VagueFinding(range, messageFor(lexicon, written, entry, field.kind, rewrites), segment, start, written, rewrites, entry));
        });
      }
    }
    return findings;
  },
};
