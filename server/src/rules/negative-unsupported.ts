import type { Finding, Rule } from './rule';

export const negativeUnsupported: Rule = {
  id: 'negative-unsupported',
  defaultSeverity: 'hint',
  description: 'An Avoid field for a model with no negative prompt (Sora, Runway): describe what should be there instead.',
  scope: 'shot',
  checkShot(shot, { clip }) {
    const profile = clip.profile;
    if (profile.negativePrompt.value) return [];
    const findings: Finding[] = [];
    for (const field of shot.fields) {
      if (field.kind !== 'Avoid' || !field.name || !field.negatives.length) continue;
      findings.push({
        range: field.name.range,
        message: `${profile.id} has no negative prompt: the export turns this list into an instruction in the prompt ("Keep the frame clear of: …"), and naming a thing can still draw it in. Better: describe what should be there instead (a plain white cup rather than "logos").`,
      });
    }
    return findings;
  },
};
