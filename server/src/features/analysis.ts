import { deriveClip, type Clip } from '../language/clip';
import { Lines } from '../language/lines';
import { parse } from '../language/parser';
import { suppressions } from '../language/suppressions';
import { resolveProfiles, type ModelProfile } from '../language/profiles';
import { normalizeSettings, type SoraSettings } from '../language/settings';
import type { SoraTree } from '../language/tree';
import { compileVagueLexicon, type VagueLexicon } from '../language/vagueLexicon';
import { RULES } from '../rules';
import type { Problem, RuleContext } from '../rules/rule';

export interface Analysis {
  /** The analysed text, line by line. */
  lines: Lines;
  tree: SoraTree;
  clip: Clip;
  /** Problems sorted by position; rules turned off in the settings are left out. */
  problems: Problem[];
  /** The analyzer (settings, profiles, lexicon) this analysis was made with. */
  analyzer: Analyzer;
}

/**
 * The language service's entry point: settings compiled once (profiles, the vague-word lexicon),
 * then any number of texts analysed against them.
 */
export class Analyzer {
  readonly settings: SoraSettings;
  readonly profiles: ReadonlyMap<string, ModelProfile>;
  readonly lexicon: VagueLexicon;
  /** A fixed date (YYYY-MM-DD) to check against, as tests need; otherwise each analysis uses the current UTC date. */
  private readonly fixedToday: string | undefined;

  constructor(settings: unknown = {}, options: { today?: string } = {}) {
    this.settings = normalizeSettings(settings);
    this.profiles = resolveProfiles(this.settings.models);
    this.lexicon = compileVagueLexicon(this.settings);
    this.fixedToday = options.today;
  }

  /** The date the checks run on: the fixed one, else today's UTC date (read per analysis, so a long-running server moves on). */
  get today(): string {
    return this.fixedToday ?? new Date().toISOString().slice(0, 10);
  }

  /** `options.model` checks the text against that model instead of the one its front matter names. */
  analyze(text: string, options: { model?: string } = {}): Analysis {
    const tree = parse(text);
    const clip = deriveClip(tree, this.profiles, this.settings.defaultModel, options.model);
    const context: RuleContext = {
      tree,
      clip,
      settings: this.settings,
      profiles: this.profiles,
      lexicon: this.lexicon,
      today: this.today,
    };
    const problems: Problem[] = [];
    const suppressed = suppressions(tree);
    for (const rule of RULES) {
      const level = this.settings.rules[rule.id] ?? rule.defaultSeverity;
      if (level === 'off') continue;
      for (const finding of rule.check(context)) {
        if (suppressed(rule.id, finding.range.start.line)) continue;
        // The finding becomes the problem in place (no copy): a rule may compute its fixes lazily
        // through a getter, which a spread would call for every one of thousands of findings.
        const problem = finding as Problem;
        problem.ruleId = rule.id;
        problem.severity = level;
        problems.push(problem);
      }
    }
    problems.sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
    return { lines: new Lines(text), tree, clip, problems, analyzer: this };
  }
}
