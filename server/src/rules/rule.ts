import type { Clip } from '../language/clip';
import type { ModelProfile } from '../language/profiles';
import type { Severity, SoraSettings } from '../language/settings';
import type { Range, SoraTree } from '../language/tree';
import type { VagueLexicon } from '../language/vagueLexicon';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A command the editor runs instead of (or besides) editing the text, such as writing a setting. */
export interface FixCommand {
  id: string;
  arguments: unknown[];
}

/** A change that resolves a problem, expressed on the text it was computed for. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  command?: FixCommand;
  /** The fix an editor applies for "fix this". */
  preferred?: boolean;
  /**
   * Safe to apply without looking (a typo corrected, a value the model offers): fix-all applies it.
   * Fixes that choose words or times for the creator are never automatic.
   */
  automatic?: boolean;
}

/** What a rule reports; the severity comes from the rule's default or the user's setting. */
export interface Finding {
  range: Range;
  message: string;
  fixes?: Fix[];
}

export interface RuleContext {
  tree: SoraTree;
  clip: Clip;
  settings: SoraSettings;
  profiles: ReadonlyMap<string, ModelProfile>;
  lexicon: VagueLexicon;
  /** The date the text is checked on, as YYYY-MM-DD (UTC), for checks that depend on it (retired models). */
  today: string;
}

export interface Rule {
  /** Stable kebab-case id: the diagnostic code, the settings key and the doc page name. */
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule reports. */
  description: string;
  check(context: RuleContext): Finding[];
}

/** A finding with its rule and the severity in force. */
export interface Problem extends Finding {
  ruleId: string;
  severity: Severity;
}
