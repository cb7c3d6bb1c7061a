import { deriveClip, sameStatedRanges, type Clip, type ShotSpan } from '../language/clip';
import { Lines } from '../language/lines';
import { assembleTree, directivesAmong, parseBlock, type ParsedBlock } from '../language/parser';
import { splitBlocks, splitBlocksAfter, type Block, type BlockSplit } from '../language/blocks';
import { detach } from '../language/detach';
import { LineMover } from '../language/lineMover';
import type { Replacement } from '../language/replacement';
import { itemOnLine } from '../language/search';
import { withoutSuppressed } from '../language/suppressions';
import { resolveProfiles, type ModelProfile } from '../language/profiles';
import { normalizeSettings, type Severity, type SoraSettings } from '../language/settings';
import type { Shot, SoraTree } from '../language/tree';
import { compileVagueLexicon, type VagueLexicon } from '../language/vagueLexicon';
import { RULE_IDS, RULES } from '../rules';
import type { FileRule, Finding, Fix, Problem, Rule, RuleContext, ShotRule } from '../rules/rule';

export interface Analysis {
  /** The analysed text, line by line. */
  lines: Lines;
  tree: SoraTree;
  clip: Clip;
  /** Problems sorted by position; rules turned off in the settings are left out. */
  problems: Problem[];
  /** The same before disable comments are applied (often the same array): what a comment could switch off. */
  reported: Problem[];
  /** The analyzer (settings, profiles, lexicon) this analysis was made with. */
  analyzer: Analyzer;
  /** Each block's tree and problems, for the next analysis of the same document to reuse. */
  blocks: readonly BlockResult[];
  /** Where those blocks lie in the text, for the next analysis told of an edit (see `splitBlocksAfter`). */
  split: BlockSplit;
  /** What the shot rules depended on outside the shots, as a key (see `sharedKeyOf`). */
  sharedKey: string;
}

/** One block of an analysed text (see `splitBlocks`): what it was made from, its tree and its shot's problems. */
export interface BlockResult {
  text: string;
  firstLine: number;
  shotIndex: number;
  last: boolean;
  parsed: ParsedBlock;
  /** The shot rules' problems; the key of what outside the shot they depended on, and the shot's span. */
  problems: Problem[];
  checkedUnder: string;
  span: ShotSpan | undefined;
}

/** One block of the new text: where it is, its text, and what it takes from the previous analysis. */
interface BlockPlan {
  block: Block;
  /** The block's text, detached from the document (see `detach`). */
  text: string;
  /** The number its shot gets (the count of shots before it). */
  shotIndex: number;
  last: boolean;
  /** The same block in the previous analysis: same text, same shot number. */
  before: BlockResult | undefined;
  /** Set when `before` stood on other lines: it moves the tree and problems to this block's lines. */
  mover: LineMover | undefined;
  parsed: ParsedBlock;
}

/**
 * Each block's tree: kept from the previous analysis, moved from it, or parsed. Blocks are found
 * again by the line they start on; failing that (an edit added or removed lines above them), by
 * their text, and then moved to their new lines. `sameAs` (from `splitBlocksAfter`) names, for the
 * blocks an edit did not reach, the previous block with their very text: those need no search and
 * no comparison of texts, and the others no search by text.
 */
function planBlocks(
  text: string,
  blocks: readonly Block[],
  hasBom: boolean,
  previous: readonly BlockResult[] | undefined,
  sameAs: Int32Array | undefined,
): BlockPlan[] {
  let previousByText: Map<string, BlockResult[]> | undefined;
  const plans: BlockPlan[] = [];
  let shotIndex = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const last = i === blocks.length - 1;
    const known = sameAs && previous && sameAs[i] >= 0 ? previous[sameAs[i]] : undefined;
    let before = known && known.shotIndex === shotIndex && known.last === last ? known : undefined;
    let slice: string | undefined;
    if (!before && previous) {
      slice = text.slice(block.start, block.end);
      const isSame = (candidate: BlockResult | undefined): candidate is BlockResult =>
        candidate !== undefined && candidate.shotIndex === shotIndex && candidate.last === last && candidate.text === slice;
      const atLine = i === 0 ? previous[0] : shotBlockAt(previous, block.firstLine);
      if (isSame(atLine)) before = atLine;
      // A block that started on this line before and now reads differently was edited where it
      // stands: nothing moved, so the search by text (which indexes every block) is skipped. So it
      // is for a block `sameAs` leaves out: the edit reached it.
      else if (!atLine && !sameAs && i > 0) {
        previousByText ??= indexByText(previous);
        before = previousByText.get(slice)?.find(isSame);
      }
    }
    const mover = before && before.firstLine !== block.firstLine ? new LineMover(before.firstLine, block.firstLine - before.firstLine) : undefined;
    // A new block's tree is made from a copy of its text: the strings in a tree point into the
    // text they were cut from, and a tree kept across edits must not keep each old version of the
    // whole document alive with it.
    const blockText = before ? before.text : detach(slice ?? text.slice(block.start, block.end));
    const parsed = !before ? parseBlock(blockText, block, { head: i === 0, hasBom, shotIndex }) : mover ? moveBlock(before.parsed, mover) : before.parsed;
    plans.push({ block, text: blockText, shotIndex, last, before, mover, parsed });
    if (parsed.shot) shotIndex++;
  }
  return plans;
}

/** The previous block other than the head that starts on `line`, found by binary search (they are in line order). */
function shotBlockAt(previous: readonly BlockResult[], line: number): BlockResult | undefined {
  return itemOnLine(previous, line, (block) => block.firstLine, 1);
}

/** Everything outside a shot that a shot rule may read (see `ShotRule`), less the shot's own span. */
function sharedKeyOf({ tree, clip, today }: RuleContext, previous: Analysis | undefined): string {
  const key = [
    clip.modelId,
    clip.modelFrom,
    clip.profile.id,
    clip.modelKnown,
    clip.duration,
    clip.durationFrom,
    today,
    // Where front-matter edits go on the first line (shot rules offer "move to front matter").
    tree.hasBom,
    tree.shots.length <= 1,
    JSON.stringify(tree.frontMatter ?? null),
  ].join('\u0000');
  // The same key as last time is taken as the very same string, so each block compares it by reference.
  return previous && previous.sharedKey === key ? previous.sharedKey : key;
}

/** The blocks of an analysis by their text, for finding blocks that moved. */
function indexByText(blocks: readonly BlockResult[]): Map<string, BlockResult[]> {
  const index = new Map<string, BlockResult[]>();
  for (let i = 1; i < blocks.length; i++) {
    const list = index.get(blocks[i].text);
    if (list) list.push(blocks[i]);
    else index.set(blocks[i].text, [blocks[i]]);
  }
  return index;
}

/** A block that moved (never the head, which starts the file): its shot and comments on their new lines. */
function moveBlock(block: ParsedBlock, mover: LineMover): ParsedBlock {
  const comments = block.comments.map((comment) => mover.span(comment));
  const moved: ParsedBlock = { ...block, comments, directives: block.directives.length ? directivesAmong(comments) : block.directives };
  if (block.shot) moved.shot = mover.shot(block.shot);
  return moved;
}

function moveFix(fix: Fix, mover: LineMover): Fix {
  return { ...fix, edits: fix.edits.map((edit) => ({ ...edit, range: mover.range(edit.range) })) };
}

function moveProblem(problem: Problem, mover: LineMover): Problem {
  if (problem.movedBy) return asProblem(problem.movedBy(mover), problem.ruleId, problem.severity);
  const moved: Problem = { ...problem, range: mover.range(problem.range) };
  if (problem.fixes) moved.fixes = problem.fixes.map((fix) => moveFix(fix, mover));
  return moved;
}

function sameSpan(a: ShotSpan | undefined, b: ShotSpan | undefined): boolean {
  return a === b || (!!a && !!b && a.start === b.start && a.end === b.end && a.explicit === b.explicit);
}


const BOM = 0xfeff;
const RULE_ORDER: ReadonlyMap<string, number> = new Map(RULES.map((rule, index) => [rule.id, index]));
const SHOT_RULES = RULES.filter((rule): rule is ShotRule => rule.scope === 'shot');
const FILE_RULES = RULES.filter((rule): rule is FileRule => rule.scope === 'file');

/** Problems by position; at one position, in the order of `RULES`, so every path gives the same list. */
function byPosition(a: Problem, b: Problem): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    RULE_ORDER.get(a.ruleId)! - RULE_ORDER.get(b.ruleId)!
  );
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

  /** The severity a rule reports with under these settings, or `off`. */
  level(rule: Rule): Severity | 'off' {
    return this.settings.rules[rule.id] ?? rule.defaultSeverity;
  }

  /**
   * `options.model` checks the text against that model instead of the one its front matter names.
   * `options.previous`, an analysis of an earlier text of the same document, lets the blocks that
   * did not change keep their trees and problems: an edit costs the blocks it touched plus the
   * file-wide work (splitting, the clip, the file rules, sorting), not a whole new analysis. The
   * result is the same as without it; only the time differs. `options.edit`, what turned the
   * previous analysis's text into `text` (it may cover more than changed), spares reading the
   * whole text to find the blocks again.
   */
  analyze(text: string, options: { model?: string; previous?: Analysis; edit?: Replacement } = {}): Analysis {
    const previous = options.previous?.analyzer === this ? options.previous : undefined;
    const resplit = previous && options.edit ? splitBlocksAfter(text, previous.split, previous.lines.text.length, options.edit) : undefined;
    const split = resplit?.split ?? splitBlocks(text);
    const { blocks, lineCount } = split;
    const hasBom = text.charCodeAt(0) === BOM;
    const plans = planBlocks(text, blocks, hasBom, previous?.blocks, resplit?.sameAs);
    const tree = assembleTree(
      plans.map((plan) => plan.parsed),
      lineCount,
      hasBom,
    );
    const earlier = previous && sameStatedRanges(tree.shots, previous.tree.shots) ? previous.clip : undefined;
    const clip = deriveClip(tree, this.profiles, this.settings.defaultModel, options.model, earlier);
    const context: RuleContext = {
      tree,
      clip,
      settings: this.settings,
      profiles: this.profiles,
      lexicon: this.lexicon,
      today: this.today,
      ruleIds: RULE_IDS,
    };
    const sharedKey = sharedKeyOf(context, previous);

    const results: BlockResult[] = [];
    const found: Problem[] = [];
    // Each block's problems are sorted and lie on its own lines, and the blocks come in order, so
    // the blocks' lists joined are sorted too: no sort of the whole list on each keystroke. The
    // few file-rule problems are slotted in on the way (after block problems at the same place).
    const fileProblems = this.checkFile(context);
    let next = 0;
    for (const plan of plans) {
      const result = this.checkBlock(plan, context, sharedKey);
      results.push(result);
      const { firstLine, lineCount: blockLines } = plan.block;
      // File problems on lines above the block come before all of its problems.
      while (next < fileProblems.length && fileProblems[next].range.start.line < firstLine) found.push(fileProblems[next++]);
      // Speed: a block with no file problem on its lines (nearly all of them) has its problems
      // copied as they are, without reading each one's position: at 10 MB that is 84,000 problems,
      // scattered in memory, on every keystroke.
      if (next >= fileProblems.length || fileProblems[next].range.start.line >= firstLine + blockLines) {
        for (const problem of result.problems) found.push(problem);
        continue;
      }
      for (const problem of result.problems) {
        while (next < fileProblems.length && byPosition(fileProblems[next], problem) < 0) found.push(fileProblems[next++]);
        found.push(problem);
      }
    }
    while (next < fileProblems.length) found.push(fileProblems[next++]);
    const problems = withoutSuppressed(found, tree);
    return { lines: new Lines(text), tree, clip, problems, reported: found, analyzer: this, blocks: results, split, sharedKey };
  }

  /** A block's problems: kept, moved with the block, or found by the shot rules. */
  private checkBlock(plan: BlockPlan, context: RuleContext, sharedKey: string): BlockResult {
    const { before, mover, parsed, last } = plan;
    const shot = parsed.shot;
    const span = shot ? context.clip.spans[shot.index] : undefined;
    // The last block is always checked again: fixes near the end of the file depend on its line count.
    const reuse = before !== undefined && !before.last && !last && before.checkedUnder === sharedKey && sameSpan(before.span, span);
    // Nothing about this block changed: the record itself carries over.
    if (reuse && !mover) return before;
    // Moved problems are moved by the same mover as the tree, so their fixes point into the moved tree.
    const problems = reuse ? (mover ? before.problems.map((p) => moveProblem(p, mover)) : before.problems) : shot ? this.checkShot(shot, context) : [];
    return { text: plan.text, firstLine: plan.block.firstLine, shotIndex: plan.shotIndex, last, parsed, problems, checkedUnder: sharedKey, span };
  }

  private checkFile(context: RuleContext): Problem[] {
    const problems: Problem[] = [];
    for (const rule of FILE_RULES) {
      const level = this.level(rule);
      if (level === 'off') continue;
      for (const finding of rule.check(context)) problems.push(asProblem(finding, rule.id, level));
    }
    return problems.sort(byPosition);
  }

  private checkShot(shot: Shot, context: RuleContext): Problem[] {
    const problems: Problem[] = [];
    for (const rule of SHOT_RULES) {
      const level = this.level(rule);
      if (level === 'off') continue;
      for (const finding of rule.checkShot(shot, context)) problems.push(asProblem(finding, rule.id, level));
    }
    return problems.sort(byPosition);
  }
}

/**
 * The finding becomes the problem in place (no copy): a rule may compute its fixes lazily through a
 * getter, which a spread would call for every one of thousands of findings.
 */
function asProblem(finding: Finding, ruleId: string, level: Severity): Problem {
  const problem = finding as Problem;
  problem.ruleId = ruleId;
  problem.severity = level;
  return problem;
}
