import { shotLabel } from '../language/clip';
import { cues } from '../language/cues';
import { fieldDefinition } from '../language/fields';
import { FRONT_MATTER_KEYS } from '../language/frontMatterKeys';
import { termAt } from '../language/terms';
import { containsPosition, lineRange } from '../language/ranges';
import { formatSeconds, lengthText } from '../language/timestamps';
import type { Field, Position, Range, Shot, Timestamp } from '../language/tree';
import { acceptedSizes, aspectAccepted, sizeAccepted } from '../language/frontMatterValues';
import { rewritesFor } from '../rules/vague-adjective';
import type { Analysis } from './analysis';
import { fieldAt, shotAt } from './cursor';
import { describeField, describeProfile, describeTerm, durationLimitsText } from './docs';
import { disableCommentHover } from './disableComments';

export interface HoverInfo {
  /** Markdown. */
  markdown: string;
  range: Range;
}

function frontMatterHover(analysis: Analysis, position: Position): HoverInfo | undefined {
  const entry = analysis.tree.frontMatter?.entries.find((e) => containsPosition(e.range, position));
  if (!entry) return undefined;
  const { clip } = analysis;
  const profile = clip.profile;
  const onKey = containsPosition(entry.key.range, position);
  const description = FRONT_MATTER_KEYS[entry.name];
  if (onKey) {
    return { range: entry.key.range, markdown: description ? `**${entry.name}** — ${description}` : `**${entry.key.text}** is not a front-matter key the format knows; it is ignored.` };
  }
  const value = entry.value.text;
  let markdown: string | undefined;
  switch (entry.name) {
    case 'model': {
      const named = analysis.analyzer.profiles.get(value.toLowerCase());
      markdown = named ? describeProfile(named) : `No model profile is called \`${value}\`. Known: ${[...analysis.analyzer.profiles.keys()].map((id) => `\`${id}\``).join(', ')}.`;
      break;
    }
    case 'duration': {
      markdown = `**${lengthText(clip.duration)}** clip. ${profile.id} offers ${profile.durations.value.map((d) => `${d} s`).join(', ')} (${profile.durations.source}, as of ${profile.durations.asOf}).`;
      const limits = durationLimitsText(profile);
      if (limits) markdown += ` Limits by resolution — ${limits}.`;
      break;
    }
    case 'size':
    case 'resolution':
      markdown = `${sizeAccepted(profile, value) ? '✓' : '✗'} ${profile.id} offers ${acceptedSizes(profile).join(', ')} (${profile.sizes.source}, as of ${profile.sizes.asOf}).`;
      break;
    case 'aspect':
      markdown = `${aspectAccepted(profile, value) ? '✓' : '✗'} ${profile.id} offers ${profile.aspects.value.join(', ')} (${profile.aspects.source}, as of ${profile.aspects.asOf}).`;
      break;
    default:
      markdown = description ? `**${entry.name}** — ${description}` : undefined;
  }
  return markdown ? { range: entry.value.range, markdown } : undefined;
}

function timestampHover(analysis: Analysis, shot: Shot | undefined, position: Position): HoverInfo | undefined {
  if (!shot) return undefined;
  let found: Timestamp | undefined;
  for (const cue of cues({ ...analysis.tree, shots: [shot] })) {
    if (containsPosition(cue.timestamp.range, position)) found = cue.timestamp;
  }
  if (!found) return undefined;
  if (found.seconds === undefined) return { range: found.range, markdown: `${found.malformed}.` };
  const { clip, tree } = analysis;
  const span = clip.spans[tree.shots.indexOf(shot)];
  const share = Math.round((found.seconds / clip.duration) * 100);
  const where = span ? `, in ${shotLabel(shot)}, ${formatSeconds(span.start)}-${formatSeconds(span.end)}${span.explicit ? '' : ' (shared out: the heading gives no range)'}` : '';
  return {
    range: found.range,
    markdown: `**${found.text}** — ${lengthText(found.seconds)} of ${lengthText(clip.duration)} (${share}%)${where}`,
  };
}

function vagueWordHover(analysis: Analysis, field: Field | undefined, line: string, position: Position): HoverInfo | undefined {
  if (!field) return undefined;
  if (field.kind && !fieldDefinition(field.kind).visual) return undefined;
  const word = /[A-Za-z]+(?:[-'’][A-Za-z]+)*$/.exec(line.slice(0, position.character))?.[0] ?? '';
  const rest = /^[A-Za-z]*(?:[-'’][A-Za-z]+)*/.exec(line.slice(position.character))?.[0] ?? '';
  const written = word + rest;
  const entry = written && analysis.analyzer.lexicon.get(written.toLowerCase());
  if (!entry) return undefined;
  const start = position.character - word.length;
  const rewrites = rewritesFor(entry, field);
  const lines = [`**${written}** — vague ${entry.kind === 'intensifier' ? 'intensifier' : 'word'}: a model cannot film it.`, entry.why];
  if (rewrites.length) lines.push(`Concrete alternatives${field.kind ? ` for ${field.kind}` : ''}: ${rewrites.map((r) => `*${r}*`).join(', ')}.`);
  else lines.push('Remove it, or say exactly how much.');
  return { range: lineRange(position.line, start, start + written.length), markdown: lines.join('\n\n') };
}

/** Hover documentation for whatever is under the cursor: a key, a value, a cue time, a vague word, a term, a field. */
export function hover(analysis: Analysis, position: Position): HoverInfo | undefined {
  const inFrontMatter = frontMatterHover(analysis, position);
  if (inFrontMatter) return inFrontMatter;
  const line = analysis.lines.at(position.line);
  const commentAt = line.search(/(?:^|\s)\/\//);
  if (commentAt >= 0 && position.character > commentAt) return disableCommentHover(analysis, position);
  const shot = shotAt(analysis.tree, position.line);
  const atTime = timestampHover(analysis, shot, position);
  if (atTime) return atTime;
  const field = fieldAt(shot, position.line);
  if (field?.name && containsPosition(field.name.range, position) && field.kind) {
    return { range: field.name.range, markdown: describeField(field.kind, field.name.text) };
  }
  if (field?.kind === 'Dialogue' && field.dialogue.some((d) => d.speech && containsPosition(d.speech.range, position))) return undefined;
  const vague = vagueWordHover(analysis, field, line, position);
  if (vague) return vague;
  const term = termAt(line, position.character);
  if (term) return { range: lineRange(position.line, term.start, term.end), markdown: describeTerm(term.term) };
  return undefined;
}
