import { allFieldNames } from '../language/fields';
import type { Finding, Rule } from './rule';
import { closest } from '../language/suggest';

const names = allFieldNames();

export const unknownField: Rule = {
  id: 'unknown-field',
  defaultSeverity: 'warning',
  description: 'A "Name:" line whose name is not a field the format knows.',
  scope: 'shot',
  checkShot(shot) {
    const findings: Finding[] = [];
    for (const field of shot.fields) {
      if (field.context !== 'Unknown' || !field.name) continue;
      const suggestion = closest(field.name.text, names);
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
    }
    return findings;
  },
};
