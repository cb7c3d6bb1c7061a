import { shotLabel } from '../language/clip';
import { cues } from '../language/cues';
import { FRONT_MATTER_KEYS } from '../language/frontMatterKeys';
import { termAt } from '../language/terms';
import { containsPosition, lineRange } from '../language/ranges';
import { formatSeconds, lengthText } from '../language/timestamps';
import type { Position, Range, Shot, Timestamp } from '../language/tree';
import { acceptedSizes, aspectAccepted, sizeAccepted } from '../language/frontMatterValues';
import type { Analysis } from './analysis';
import { TELLING_RULES } from './codeActions';
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

const TELLING_HOVER: Record<string, string> = {
  'mood-on-person': 'a mood: a camera films what a body does, not what it feels.',
  'mood-of-scene': 'an atmosphere: a camera films the light, weather, objects and action that make it.',
};

/** Hover on a vague or mood word the checks report: why it fails, and what they offer in its place. */
function tellingHover(analysis: Analysis, position: Position): HoverInfo | undefined {
  const problem = analysis.reported.find((p) => TELLING_RULES.has(p.ruleId) && containsPosition(p.range, position));
  if (!problem) return undefined;
  const line = analysis.lines.at(position.line);
  const written = line.slice(problem.range.start.character, problem.range.end.character);
  const suggestions = problem.suggestions ?? [];
  const lines: string[] = [];
  if (problem.ruleId === 'vague-adjective') {
    const entry = analysis.analyzer.lexicon.get(written.toLowerCase());
    const kind = entry?.kind === 'intensifier' ? 'intensifier' : entry?.kind === 'manner' ? 'judging adverb' : 'word';
    lines.push(`**${written}** — vague ${kind}: a model cannot film it.`);
    if (entry) lines.push(entry.why);
    lines.push(suggestions.length ? `Concrete alternatives here: ${suggestions.map((r) => `*${r}*`).join(', ')}.` : 'Remove it, or say exactly what is seen or how much.');
  } else {
    lines.push(`**${written}** — ${TELLING_HOVER[problem.ruleId]}`);
    if (suggestions.length) lines.push(`Ways to show it here: ${suggestions.map((r) => `*${r}*`).join(', ')}.`);
  }
  return { range: problem.range, markdown: lines.join('\n\n') };
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
  const telling = tellingHover(analysis, position);
  if (telling) return telling;
  const term = termAt(line, position.character);
  if (term) return { range: lineRange(position.line, term.start, term.end), markdown: describeTerm(term.term) };
  return undefined;
}
