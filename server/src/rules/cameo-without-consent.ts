import type { Finding, Rule } from './rule';

// Names in a Cameo line are separated by commas, semicolons, `and` or `&`.
const SEPARATOR = /\s*(?:[,;&]|\band\b)\s*/giu;
// What is not part of the name: a description in brackets or after `as` (`Ana (as the barista)`).
const DESCRIPTION = /\s*(?:\(.*|\bas\b.*)$/iu;
const NOBODY = new Set(['none', 'nobody', 'no one', 'n/a', '-', '—']);

/** How names are compared: case, spacing, a leading `@` handle mark and trailing punctuation ignored. */
export function normalizeName(name: string): string {
  return name.trim().replace(/^@/, '').replace(/[.!]+$/, '').replace(/\s+/g, ' ').toLowerCase();
}

export const cameoWithoutConsent: Rule = {
  id: 'cameo-without-consent',
  defaultSeverity: 'error',
  description: 'A Cameo names a person whose consent is not on record in sora.cameo.consented.',
  scope: 'shot',
  checkShot(shot, { settings }) {
    const consented = new Set(settings.cameoConsent.map(normalizeName));
    const findings: Finding[] = [];
    for (const field of shot.fields) {
      if (field.kind !== 'Cameo') continue;
      for (const segment of field.segments) {
        const { line, character } = segment.range.start;
        const text = segment.text;
        let from = 0;
        const parts: Array<[number, number]> = [];
        SEPARATOR.lastIndex = 0;
        for (let m = SEPARATOR.exec(text); m; m = SEPARATOR.exec(text)) {
          if (m[0] === '') {
            SEPARATOR.lastIndex++;
            continue;
          }
          parts.push([from, m.index]);
          from = m.index + m[0].length;
        }
        SEPARATOR.lastIndex = 0;
        parts.push([from, text.length]);
        for (const [start, end] of parts) {
          const raw = text.slice(start, end);
          const written = raw.replace(DESCRIPTION, '').replace(/[.!]+$/, '').trim();
          const name = normalizeName(written);
          if (!name || NOBODY.has(name) || consented.has(name)) continue;
          const at = character + start + raw.indexOf(written);
          findings.push({
            range: { start: { line, character: at }, end: { line, character: at + written.length } },
            message: `No recorded consent for a cameo of "${written}". A real person's likeness may appear only with their consent on record (the Sora app gates cameos on it). When ${written} has agreed, add the name to the setting sora.cameo.consented; otherwise remove the cameo.`,
          });
        }
      }
    }
    return findings;
  },
};
