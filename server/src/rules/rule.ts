import type { Clip } from '../language/clip';
import type { ModelProfile } from '../language/profiles';
import type { Severity, SoraSettings } from '../language/settings';
import type { Range, Shot, SoraTree } from '../language/tree';
import type { VagueLexicon } from '../language/vagueLexicon';
import type { LineMover } from '../language/lineMover';

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
  /** What the finding proposes in place of the words it reports (rewrites, visible behaviour), for hover. */
  suggestions?: readonly string[];
  /**
   * For a finding that is not plain data (one that builds its fixes from the tree on first use):
   * the same finding for its shot moved by `mover`. Plain findings are copied with their ranges moved.
   */
  movedBy?(mover: LineMover): Finding;
}

export interface RuleContext {
  tree: SoraTree;
  clip: Clip;
  settings: SoraSettings;
  profiles: ReadonlyMap<string, ModelProfile>;
  lexicon: VagueLexicon;
  /** The date the text is checked on, as YYYY-MM-DD (UTC), for checks that depend on it (retired models). */
  today: string;
  /** Every rule's id, for the check of comments that name rules (a rule cannot import the list it is in). */
  ruleIds: readonly string[];
}

interface RuleInfo {
  /** Stable kebab-case id: the diagnostic code, the settings key and the doc page name. */
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule reports. */
  description: string;
}

/** A rule about the file as a whole: its front matter, or the prompt all the shots make together. */
export interface FileRule extends RuleInfo {
  scope: 'file';
  check(context: RuleContext): Finding[];
}

/**
 * A rule about one shot at a time. Its findings lie within the shot and may depend only on the
 * shot, the shot's span in `context.clip.spans`, the model, the clip length, the front matter, the
 * settings and the date: not on other shots. That contract is what lets an unchanged shot keep its
 * findings from one edit to the next (see `Analyzer.analyze`).
 */
export interface ShotRule extends RuleInfo {
  scope: 'shot';
  checkShot(shot: Shot, context: RuleContext): Finding[];
}

export type Rule = FileRule | ShotRule;

/** A finding with its rule and the severity in force. */
export interface Problem extends Finding {
  ruleId: string;
  severity: Severity;
}
