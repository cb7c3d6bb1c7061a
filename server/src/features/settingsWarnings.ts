// Settings that do nothing, said once where the user will see them (a message in the editor, a line
// on stderr from the CLI) rather than silently ignored. VS Code checks `sora.rules` against the
// manifest's schema; other editors and the CLI's --config file have no such check.
import { DEFAULT_MODEL_ID } from '../language/profiles';
import { closest } from '../language/suggest';
import { RULE_IDS, RULES_BY_ID } from '../rules';
import type { Analyzer } from './analysis';

export function settingsWarnings(analyzer: Analyzer): string[] {
  const warnings: string[] = [];
  const { defaultModel, rules } = analyzer.settings;
  const models = [...analyzer.profiles.keys()];
  if (!analyzer.profiles.has(defaultModel)) {
    const meant = closest(defaultModel, models);
    warnings.push(
      `sora.defaultModel is "${defaultModel}", which names no model profile${meant ? ` (did you mean "${meant}"?)` : ''}: files without a "model:" line are checked against ${DEFAULT_MODEL_ID}. Known models: ${models.join(', ')}; add your own in sora.models.`,
    );
  }
  for (const id of Object.keys(rules)) {
    if (RULES_BY_ID.has(id)) continue;
    const meant = closest(id, RULE_IDS);
    warnings.push(`sora.rules names "${id}", which is not a rule, so its setting does nothing${meant ? `. Did you mean "${meant}"?` : '.'}`);
  }
  return warnings;
}
