import { allFieldNames } from '../language/fields';
import type { Finding, Rule } from './rule';
import { closest } from '../language/suggest';

const names = allFieldNames();

export const unknownField: Rule = {
  id: 'unknown-field',
  defaultSeverity: 'warning',
  description: 'A "Name:" line that starts a block and whose name is not a field the format knows (a label inside a block is part of it).',
  scope: 'shot',
  checkShot(shot) {
    const findings: Finding[] = [];
    shot.fields.forEach((field, index) => {
      if (field.context !== 'Unknown' || !field.name) return;
      const suggestion = closest(field.name.text, names);
      // A label inside a block of text ("Highlights:" under "Grade / Palette", as the vendors' own
      // detailed prompts write them) is part of that block; only a misspelt field name is reported there.
      const above = shot.fields[index - 1];
      if (!suggestion && above && above.range.end.line === field.range.start.line - 1) return;
      if (suggestion) {
        const target = suggestion;
        findings.push({
          range: field.name.range,
          message: `Unknown field "${field.name.text}". Did you mean "${target}"?`,
          fixes: [
            {
              title: `Rename to "${target}"`,
              edits: [{ range: field.name.range, newText: target }],
              preferred: true,
              automatic: true,
            },
          ],
        });
      } else {
        findings.push({
          range: field.name.range,
          message: `Unknown field "${field.name.text}": its text reaches the model as plain prose. Known fields: ${names.slice(0, 11).join(', ')}.`,
        });
      }
    });
    return findings;
  },
};
