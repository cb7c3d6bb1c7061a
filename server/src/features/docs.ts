// Markdown shared by hover and completion documentation, built from the typed data.
import { fieldDefinition } from '../language/fields';
import type { ModelProfile } from '../language/profiles';
import { CATEGORY_LABEL } from '../language/terms';
import type { FieldKind } from '../language/tree';
import type { Term } from '../language/vocabularyTypes';
import { formatCount } from '../language/numbers';

export function describeTerm(term: Term): string {
  const lines = [
    `**${term.term}** — ${CATEGORY_LABEL[term.category]}`,
    term.definition,
    `*On screen:* ${term.effect}`,
  ];
  if (term.aliases.length) lines.push(`Also written: ${term.aliases.slice(0, 6).map((a) => `\`${a}\``).join(', ')}.`);
  lines.push(`Belongs in: ${term.fields.join(', ')}.`);
  return lines.join('\n\n');
}

export function describeField(kind: FieldKind, written: string): string {
  const field = fieldDefinition(kind);
  const lines = [`**${kind}** field${written.toLowerCase() !== kind.toLowerCase() ? ` (written \`${written}\`)` : ''}`, field.purpose];
  if (field.cues) lines.push('Timestamps here are cue times, counted from the start of the clip and checked against it.');
  if (kind === 'Dialogue') lines.push('Spoken words are your script: they are never checked for vague words.');
  if (kind === 'Avoid') lines.push('Models with a negative-prompt parameter receive these as a list; others need them phrased positively.');
  if (field.aliases.length) lines.push(`Also written: ${field.aliases.map((a) => `\`${a}\``).join(', ')}.`);
  return lines.join('\n\n');
}

function list(values: readonly (string | number)[], unit = ''): string {
  return values.length ? values.map((v) => `${v}${unit}`).join(', ') : '—';
}

/**
 * The lengths a profile offers only at some resolutions, resolutions with the same lengths
 * together: `1080p and 4k: 8 s only`. Undefined when it has no such limits.
 */
export function durationLimitsText(profile: ModelProfile): string | undefined {
  const byLengths = new Map<string, string[]>();
  for (const [resolution, lengths] of Object.entries(profile.durationsAt?.value ?? {})) {
    const key = list(lengths, ' s');
    byLengths.set(key, [...(byLengths.get(key) ?? []), resolution]);
  }
  if (!byLengths.size) return undefined;
  return [...byLengths].map(([lengths, resolutions]) => `${resolutions.join(' and ')}: ${lengths} only`).join('; ');
}

export function describeProfileBrief(profile: ModelProfile): string {
  return `**${profile.name}** (\`${profile.id}\`): ${list(profile.durations.value, ' s')}; ${list([...profile.sizes.value, ...profile.resolutions.value])}; ${profile.audio.value ? 'generates audio' : 'no audio'}.`;
}

/** A model's profile as a small table, with where each figure came from and when it was checked. */
export function describeProfile(profile: ModelProfile): string {
  const rows: Array<[string, string, { source: string; asOf: string }]> = [
    ['Durations', list(profile.durations.value, ' s'), profile.durations],
    ['Sizes', list([...profile.sizes.value, ...profile.resolutions.value]), profile.sizes.value.length ? profile.sizes : profile.resolutions],
    ['Aspects', list(profile.aspects.value), profile.aspects],
    ['Audio', profile.audio.value ? 'generated with the picture' : 'none', profile.audio],
    ['Negative prompt', profile.negativePrompt.value ? 'yes (a separate list)' : 'no (phrase exclusions positively)', profile.negativePrompt],
    ['Prompt limit', `${formatCount(profile.promptLimit.value.amount)} ${profile.promptLimit.value.unit}`, profile.promptLimit],
  ];
  const limits = durationLimitsText(profile);
  if (limits && profile.durationsAt) rows.splice(1, 0, ['Durations by resolution', limits, profile.durationsAt]);
  const lines = [
    `**${profile.name}** — \`${profile.id}\` (API model \`${profile.apiModel}\`)`,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([name, value]) => `| ${name} | ${value} |`),
  ];
  if (profile.retirement) {
    const r = profile.retirement.value;
    lines.push(`| Status | ${r.what}: ${r.date}${r.continuesIn ? ` (${r.continuesIn} goes on)` : ''}${r.successor ? `; use \`${r.successor}\`` : ''} |`);
  }
  const sources = [...new Set(rows.map(([, , figure]) => `${figure.source} (as of ${figure.asOf})`))];
  lines.push('', `Sources: ${sources.join('; ')}.`);
  return lines.join('\n');
}
