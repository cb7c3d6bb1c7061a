import { FIELDS, fieldDefinition } from '../language/fields';
import { FRONT_MATTER_KEYS } from '../language/frontMatterKeys';
import { lengthsAt, type ModelProfile } from '../language/profiles';
import { lineRange } from '../language/ranges';
import { CATEGORY_LABEL } from '../language/terms';
import { formatSeconds } from '../language/timestamps';
import type { FieldKind, Position, Range, Shot } from '../language/tree';
import { VOCABULARY } from '../language/vocabulary';
import type { Term, TermCategory } from '../language/vocabularyTypes';
import { acceptedSizes, resolutionOf } from '../language/frontMatterValues';
import { frontMatterEntry } from '../language/clip';
import type { Analysis } from './analysis';
import { placeAt } from './cursor';
import { describeProfileBrief, describeTerm } from './docs';
import { disableCommentSuggestions } from './disableComments';

export type SuggestionKind = 'field' | 'term' | 'key' | 'value' | 'model' | 'speaker' | 'heading' | 'cue' | 'directive' | 'rule';

/** A completion proposal, in the core's terms; the LSP adapter turns it into a CompletionItem. */
export interface Suggestion {
  label: string;
  kind: SuggestionKind;
  detail: string;
  /** Markdown. */
  documentation: string;
  /** The text that replaces `range`. */
  insertText: string;
  range: Range;
  /** What the client matches the typed text against, when it differs from the label. */
  filterText?: string;
  /** Orders the list: lower first. */
  sortText: string;
}

// The term categories each field is about, most relevant first. A term is offered in a field when
// its category is one of these or the term lists the field; a number typed in Camera (`50`) asks
// for lens terms, as in `Camera: wide shot, 50mm`.
const CATEGORIES_FOR: Partial<Record<FieldKind | 'Prose', readonly TermCategory[]>> = {
  Camera: ['camera-move', 'shot-size', 'angle', 'rig', 'focus'],
  Lens: ['lens', 'focus', 'exposure', 'frame-rate'],
  Lighting: ['lighting'],
  Audio: ['audio'],
  Style: ['lighting', 'lens', 'exposure', 'frame-rate'],
  Motion: ['frame-rate', 'camera-move'],
};
const AFTER_NUMBER: readonly TermCategory[] = ['lens', 'exposure', 'frame-rate'];

function pad(rank: number): string {
  return String(rank).padStart(7, '0');
}

/**
 * Where a term's completion starts: as far back as the words before the cursor are the start of the
 * term (`dolly z` for `dolly zoom`), else at the start of the word being typed.
 */
function replaceStart(before: string, spellings: readonly string[]): { start: number; typed: string } {
  const word = /[\p{L}\p{N}'’/.-]*$/u.exec(before)![0];
  let best = { start: before.length - word.length, typed: word };
  const lower = before.toLowerCase();
  for (const spelling of spellings) {
    const target = spelling.toLowerCase();
    // Try the longest stretch first: up to the whole spelling's length back from the cursor.
    for (let length = Math.min(target.length, before.length); length > best.typed.length; length--) {
      const start = before.length - length;
      if (start > 0 && /[\p{L}\p{N}]/u.test(before[start - 1])) continue;
      if (target.startsWith(lower.slice(start))) {
        best = { start, typed: before.slice(start) };
        break;
      }
    }
  }
  return best;
}

function termSuggestions(kind: FieldKind | 'Prose', before: string, line: number): Suggestion[] {
  const afterNumber = /(?:^|[\s,;(])\d+$/.test(before);
  const preferred = afterNumber ? AFTER_NUMBER : CATEGORIES_FOR[kind] ?? [];
  const suggestions: Suggestion[] = [];
  for (const [index, term] of VOCABULARY.entries()) {
    const categoryRank = preferred.indexOf(term.category);
    const fieldRank = kind === 'Prose' ? 0 : term.fields.indexOf(kind as Term['fields'][number]);
    if (categoryRank < 0 && fieldRank < 0) continue;
    const numeric = /^(\d|f\/)/.test(term.term);
    if (afterNumber && !/^\d/.test(term.term)) continue;
    const spellings = [term.term, ...term.aliases];
    const { start, typed } = replaceStart(before, spellings);
    const matched = typed ? spellings.find((s) => s.toLowerCase().startsWith(typed.toLowerCase())) : undefined;
    // Relevance: terms that name this field first (as their first field, then later), then by the
    // field's category order; settings written as numbers (f/2.8, 24fps) only lead in Lens.
    const rank =
      (afterNumber ? 0 : (fieldRank < 0 ? 5 : fieldRank) * 100_000) +
      (categoryRank < 0 ? 9 : categoryRank) * 10_000 +
      (numeric && kind !== 'Lens' && !afterNumber ? 5_000 : 0) +
      // What was typed starts another spelling (`dol` for push-in's `dolly in`): after the terms it starts.
      (matched && !term.term.toLowerCase().startsWith(typed.toLowerCase()) ? 50_000 : 0) +
      index;
    const suggestion: Suggestion = {
      label: term.term,
      kind: 'term',
      detail: CATEGORY_LABEL[term.category],
      documentation: describeTerm(term),
      insertText: term.term,
      range: lineRange(line, start, before.length),
      sortText: pad(rank),
    };
    if (matched && matched !== term.term) suggestion.filterText = matched;
    suggestions.push(suggestion);
  }
  return suggestions;
}

function fieldSuggestions(shot: Shot | undefined, range: Range, restOfLine: string): Suggestion[] {
  const used = new Set(shot?.fields.map((f) => f.kind) ?? []);
  const hasColon = /^\s*:/.test(restOfLine);
  return FIELDS.map((field, index) => ({
    label: field.kind,
    kind: 'field' as const,
    detail: field.purpose,
    documentation: [
      `**${field.kind}:** ${field.purpose}`,
      field.aliases.length ? `Also written: ${field.aliases.map((a) => `\`${a}\``).join(', ')}.` : '',
      used.has(field.kind) ? '_This shot already has one._' : '',
    ].filter(Boolean).join('\n\n'),
    insertText: hasColon ? field.kind : `${field.kind}: `,
    range,
    filterText: [field.kind, ...field.aliases].join(' '),
    // Fields the shot does not have yet come first, in the order a shot is usually written.
    sortText: pad((used.has(field.kind) ? 100 : 0) + index),
  }));
}

// The speakers of a file, counted once per analysis: each completion in a Dialogue block would
// otherwise walk every dialogue line of the file (15 ms at 10 MB).
const speakersByAnalysis = new WeakMap<Analysis, Map<string, number>>();

function speakersOf(analysis: Analysis): Map<string, number> {
  let seen = speakersByAnalysis.get(analysis);
  if (!seen) {
    seen = new Map<string, number>();
    for (const shot of analysis.tree.shots) {
      for (const field of shot.fields) {
        for (const line of field.dialogue) seen.set(line.speaker.text, (seen.get(line.speaker.text) ?? 0) + 1);
      }
    }
    speakersByAnalysis.set(analysis, seen);
  }
  return seen;
}

function speakerSuggestions(analysis: Analysis, range: Range): Suggestion[] {
  return [...speakersOf(analysis).entries()].map(([name, count], index) => ({
    label: name,
    kind: 'speaker' as const,
    detail: `speaker (${count} line${count === 1 ? '' : 's'} in this file)`,
    documentation: `Keep speaker names the same in every line so the voice stays with one character.`,
    insertText: `${name}: `,
    range,
    sortText: pad(index),
  }));
}

/** Cue times already used in a shot, and the first whole second after them inside the shot. */
function nextCueTime(analysis: Analysis, shot: Shot | undefined): number | undefined {
  const index = shot ? analysis.tree.shots.indexOf(shot) : -1;
  const span = index >= 0 ? analysis.clip.spans[index] : { start: 0, end: analysis.clip.duration };
  let latest = span.start - 1;
  for (const field of shot?.fields ?? []) {
    if (field.kind !== 'Audio' && field.kind !== 'Dialogue') continue;
    for (const timestamp of field.timestamps) if (timestamp.seconds !== undefined) latest = Math.max(latest, timestamp.seconds);
  }
  const next = Math.floor(latest) + 1;
  return next < span.end && next < analysis.clip.duration ? Math.max(next, Math.ceil(span.start)) : undefined;
}

function headingSuggestion(analysis: Analysis, range: Range, line: number): Suggestion[] {
  const { tree, clip } = analysis;
  const above = tree.shots.filter((s) => s.range.start.line < line);
  const number = above.filter((s) => s.heading).length + 1;
  const last = above[above.length - 1];
  const start = last ? clip.spans[tree.shots.indexOf(last)].end : 0;
  if (start >= clip.duration) return [];
  // Four seconds is a typical beat; the last shot takes what is left of the clip.
  const end = Math.min(clip.duration, start + 4);
  const label = `Shot ${number} — ${formatSeconds(start)}-${formatSeconds(end)}`;
  return [{
    label,
    kind: 'heading',
    detail: `next free span of the ${clip.duration} s clip`,
    documentation: 'A shot heading with the next free time range. Times count from the start of the clip.',
    insertText: `${label} — `,
    range,
    sortText: pad(0),
  }];
}

function frontMatterValueSuggestions(analysis: Analysis, key: string, range: Range): Suggestion[] {
  const profile = analysis.clip.profile;
  const values = (list: readonly string[], detail: (v: string) => string): Suggestion[] =>
    list.map((value, index) => ({
      label: value,
      kind: 'value' as const,
      detail: detail(value),
      documentation: describeProfileBrief(profile),
      insertText: value,
      range,
      sortText: pad(index),
    }));
  switch (key) {
    case 'model':
      return [...analysis.analyzer.profiles.values()].map((p: ModelProfile, index) => ({
        label: p.id,
        kind: 'model' as const,
        detail: `${p.name}: ${p.durations.value.join('/')} s, ${[...p.sizes.value, ...p.resolutions.value].slice(0, 3).join(', ')}${p.audio.value ? ', audio' : ''}`,
        documentation: describeProfileBrief(p),
        insertText: p.id,
        range,
        // A retired model goes to the bottom of the list.
        sortText: pad((p.retirement && p.retirement.value.date < analysis.analyzer.today && !p.retirement.value.continuesIn ? 100 : 0) + index),
      }));
    case 'duration': {
      // Where the model offers fewer lengths at the resolution the file asks for, those come first.
      const resolutionEntry = frontMatterEntry(analysis.tree, 'size', 'resolution');
      const resolution = resolutionEntry ? resolutionOf(resolutionEntry.value.text) : undefined;
      const allowed = resolution ? lengthsAt(profile, resolution) : undefined;
      if (!allowed) return values(profile.durations.value.map((d) => `${d}s`), () => `offered by ${profile.id}`);
      const fitting = new Set(allowed.map((d) => `${d}s`));
      const offered = profile.durations.value.map((d) => `${d}s`);
      const ordered = [...offered.filter((v) => fitting.has(v)), ...offered.filter((v) => !fitting.has(v))];
      return values(ordered, (v) => (fitting.has(v) ? `offered by ${profile.id} at ${resolution}` : `offered by ${profile.id}, not at ${resolution}`));
    }
    case 'size':
    case 'resolution':
      return values(acceptedSizes(profile), () => `offered by ${profile.id}`);
    case 'aspect':
      return values(profile.aspects.value, () => `offered by ${profile.id}`);
    default:
      return [];
  }
}

function frontMatterKeySuggestions(analysis: Analysis, range: Range): Suggestion[] {
  const used = new Set(analysis.tree.frontMatter?.entries.map((e) => e.name));
  return Object.entries(FRONT_MATTER_KEYS)
    .filter(([key]) => !used.has(key) && !(key === 'resolution' && used.has('size')) && !(key === 'size' && used.has('resolution')))
    .map(([key, description], index) => ({
      label: key,
      kind: 'key' as const,
      detail: description,
      documentation: description,
      insertText: `${key}: `,
      range,
      sortText: pad(index),
    }));
}

/** What to offer at `position`: decided by where the cursor is, never a flat list of everything. */
export function complete(analysis: Analysis, position: Position): Suggestion[] {
  const inComment = disableCommentSuggestions(analysis, position);
  if (inComment) return inComment;
  const place = placeAt(analysis, position);
  const line = position.line;
  const text = analysis.lines.at(line);
  switch (place.kind) {
    case 'front-matter-key':
      return frontMatterKeySuggestions(analysis, place.range);
    case 'front-matter-value':
      return frontMatterValueSuggestions(analysis, place.key, place.range);
    case 'heading':
      return headingSuggestion(analysis, place.range, line);
    case 'line-start': {
      const fields = fieldSuggestions(place.shot, place.range, text.slice(place.range.end.character));
      if (place.field?.kind !== 'Dialogue') return fields;
      // In a dialogue block a new line is most often another speaker.
      return [...speakerSuggestions(analysis, place.range), ...fields.map((f) => ({ ...f, sortText: `1${f.sortText}` }))];
    }
    case 'field-text': {
      const kind = place.field?.kind;
      if (kind === 'Dialogue') {
        if (!/^\s*(?:[-*•]\s*)?[\p{L}]*$/u.test(place.before)) return [];
        const start = /[\p{L}]*$/u.exec(place.before)!.index;
        return speakerSuggestions(analysis, lineRange(line, start, position.character));
      }
      if (kind === 'Avoid' || kind === 'Cameo') return [];
      const suggestions = termSuggestions(kind ?? 'Prose', place.before, line);
      if (kind === 'Audio') {
        const next = nextCueTime(analysis, place.shot);
        if (next !== undefined) {
          const word = /[\p{L}\p{N}:]*$/u.exec(place.before)![0];
          suggestions.unshift({
            label: `at ${formatSeconds(next)}`,
            kind: 'cue',
            detail: 'cue time: the next free second in this shot',
            documentation: 'Cue times count from the start of the clip, not of the shot.',
            insertText: `at ${formatSeconds(next)}`,
            range: lineRange(line, position.character - word.length, position.character),
            filterText: `at ${formatSeconds(next)}`,
            sortText: pad(0),
          });
        }
      }
      return suggestions;
    }
    default:
      return [];
  }
}
