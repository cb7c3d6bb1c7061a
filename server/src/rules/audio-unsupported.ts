import type { Field, SoraTree } from '../language/tree';
import type { Finding, Rule, TextEdit } from './rule';

/** The edit that deletes a field's lines, continuation lines included. */
function deleteFieldLines(tree: SoraTree, field: Field): TextEdit {
  const first = field.range.start.line;
  const last = field.range.end.line;
  const start = { line: first, character: first === 0 && tree.hasBom ? 1 : 0 };
  // Up to the start of the next line; on the last line of the file, to the end of the field's text.
  const end = last + 1 < tree.lineCount ? { line: last + 1, character: 0 } : field.range.end;
  return { range: { start, end }, newText: '' };
}

export const audioUnsupported: Rule = {
  id: 'audio-unsupported',
  defaultSeverity: 'warning',
  description: 'An Audio or Dialogue field for a model that generates no sound (Runway).',
  scope: 'shot',
  checkShot(shot, { tree, clip, profiles, today }) {
    const profile = clip.profile;
    if (profile.audio.value) return [];
    const withSound = [...profiles.values()].filter((p) => p.audio.value && !(p.retirement && p.retirement.value.date < today)).map((p) => p.id).slice(0, 3);
    const findings: Finding[] = [];
    for (const field of shot.fields) {
      if ((field.kind !== 'Audio' && field.kind !== 'Dialogue') || !field.name) continue;
      const what = field.kind === 'Audio' ? 'sound' : 'speech';
      findings.push({
        range: field.name.range,
        message: `${profile.id} generates no sound: the ${what} in this ${field.kind} field is never heard, and the export leaves the field out. Remove it, or choose a model that makes sound${
          withSound.length ? ` (${withSound.join(', ')})` : ''
        }.`,
        fixes: [{ title: `Remove the ${field.kind} field`, edits: [deleteFieldLines(tree, field)] }],
      });
    }
    return findings;
  },
};
