import { frontMatterEntry } from '../language/clip';
import type { Finding, Rule } from './rule';

export const modelRetired: Rule = {
  id: 'model-retired',
  defaultSeverity: 'information',
  description: 'The front-matter model is retired as of today; names the successor when there is one.',
  scope: 'file',
  check({ tree, profiles, today }) {
    // Only a model the file names: a file that relies on the configured default gets nothing here.
    const entry = frontMatterEntry(tree, 'model');
    const id = entry?.value.text.trim().toLowerCase();
    if (!entry || !id) return [];
    const profile = profiles.get(id);
    const retirement = profile?.retirement?.value;
    if (!profile || !retirement || !(retirement.date < today)) return [];
    const { date, successor, what, continuesIn } = retirement;
    // An API shutdown while the model lives on in an app (Sora 2) is no reason to mark every prompt
    // written for it: the hover and the export say it where it matters, when the API is the target.
    if (continuesIn) return [];
    const finding: Finding = {
      range: entry.value.range,
      message: `${profile.id}: ${what} on ${date}; requests for it are refused.${successor ? ` Use ${successor}.` : ' No successor is named.'}`,
    };
    if (successor && profiles.has(successor)) {
      finding.fixes = [{ title: `Change model to ${successor}`, edits: [{ range: entry.value.range, newText: successor }], preferred: true }];
    }
    return [finding];
  },
};
