// `npm run quality`: precision and recall of the writing checks on the evaluation set (real prompts
// written by others, labelled by hand), and the hand scores of the rewrites they offer. It reports;
// it judges nothing (CI runs it so that it cannot rot). `--json FILE` also writes the figures,
// held-out collections are counted but their words are listed only with `--show-held-out`;
// `--unscored` prints the sampled rewrites that have no hand score yet, ready to score, and
// `--list-sample` the sample's lines; either prints only that (no report, no --json).
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../../server/src/features/analysis';
import type { Fix, Problem } from '../../server/src/rules/rule';
import { CATEGORIES, readCollections, readRewrites, spansOf, type Category, type Collection, type Rewrite } from './evaluationSet';

/** The checks measured here: the ones that judge the writing rather than the structure. */
export const WRITING_RULES = ['vague-adjective', 'mood-on-person', 'mood-of-scene'];
const REWRITE_SAMPLE = 40;

interface Flag {
  prompt: string;
  split: string;
  ruleId: string;
  start: number;
  end: number;
  written: string;
  /** `borderline`: on a word LABELLING.md calls borderline; counted in neither precision nor its complement. */
  verdict: 'right' | 'wrong' | 'borderline' | 'unlabelled';
  /** The categories of the gold spans it covers. */
  categories: Category[];
  problem: Problem;
  document: TextDocument;
}

interface Gold {
  prompt: string;
  split: string;
  category: Category;
  start: number;
  end: number;
  text: string;
  found: Flag | undefined;
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
const isRemoval = (fix: Fix) => fix.title.startsWith('Remove ');

export function evaluate(collections: Collection[]) {
  const analyzer = new Analyzer({}, { today: '2026-12-06' });
  const flags: Flag[] = [];
  const gold: Gold[] = [];
  for (const collection of collections) {
    for (const prompt of collection.prompts) {
      const document = TextDocument.create(`file:///${prompt.id}.sora`, 'sora', 1, prompt.text);
      const analysis = analyzer.analyze(prompt.text);
      const golds = (prompt.flag ?? []).flatMap((label) =>
        spansOf(prompt.text, label).map(([start, end]): Gold => ({ prompt: prompt.id, split: collection.split, category: label.category, start, end, text: label.text, found: undefined })),
      );
      const keeps = (prompt.keep ?? []).flatMap((label) => spansOf(prompt.text, label).map((span) => ({ span, borderline: /^borderline\b/i.test(label.reason) })));
      for (const problem of analysis.problems) {
        if (!WRITING_RULES.includes(problem.ruleId)) continue;
        const span: [number, number] = [document.offsetAt(problem.range.start), document.offsetAt(problem.range.end)];
        const covered = golds.filter((g) => overlaps(span, [g.start, g.end]));
        const kept = keeps.filter((k) => overlaps(span, k.span));
        const verdict = covered.length ? 'right' : kept.some((k) => !k.borderline) ? 'wrong' : kept.length ? 'borderline' : 'unlabelled';
        const flag: Flag = {
          prompt: prompt.id,
          split: collection.split,
          ruleId: problem.ruleId,
          start: span[0],
          end: span[1],
          written: prompt.text.slice(span[0], span[1]),
          verdict,
          categories: covered.map((g) => g.category),
          problem,
          document,
        };
        for (const g of covered) g.found ??= flag;
        flags.push(flag);
      }
      gold.push(...golds);
    }
  }
  return { flags, gold };
}

function percent(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)}%` : 'n/a';
}

/** The line of the flag once its preferred fix is applied (what "fix this" does), or undefined when it offers only removal, or nothing preferred. */
function rewritten(flag: Flag): { title: string; line: string } | undefined {
  const fixes = flag.problem.fixes ?? [];
  if (!fixes.some((f) => !isRemoval(f) && f.edits.length)) return undefined;
  // A flag whose fixes are only offered, none preferred, has no "fix this" to score.
  const fix = fixes.find((f) => f.preferred);
  if (!fix) return undefined;
  const after = TextDocument.applyEdits(flag.document, fix.edits);
  const line = flag.problem.range.start.line;
  return { title: fix.title, line: after.split(/\r?\n/)[line] ?? '' };
}

/** A fixed sample of the flags a director agrees with: the same flags on every run, whatever else changes. */
function rewriteSample(flags: Flag[]): Flag[] {
  const key = (f: Flag) => createHash('sha1').update(`${f.prompt}|${f.start}|${f.written}`).digest('hex');
  return flags
    .filter((f) => f.verdict === 'right' && rewritten(f))
    .map((f) => ({ f, k: key(f) }))
    .sort((a, b) => (a.k < b.k ? -1 : 1))
    .slice(0, REWRITE_SAMPLE)
    .map(({ f }) => f);
}

function main() {
  const args = process.argv.slice(2);
  const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
  const collections = readCollections();
  const { flags, gold } = evaluate(collections);
  const promptCount = collections.reduce((n, c) => n + c.prompts.length, 0);
  const lines: string[] = [];
  const out = (line = '') => lines.push(line);

  out(`Evaluation set: ${promptCount} prompts in ${collections.length} collections; ${gold.length} words a director would flag; ${flags.length} flags raised.`);
  out();
  out('Precision by rule (right / flags on clear cases; unlabelled flags count as wrong until labelled; borderline words count in neither)');
  out('rule               flags  right  wrong  borderline  unlabelled  precision');
  const byRule = (rule?: string) => flags.filter((f) => !rule || f.ruleId === rule);
  for (const rule of [...WRITING_RULES, undefined]) {
    const own = byRule(rule);
    const right = own.filter((f) => f.verdict === 'right').length;
    const wrong = own.filter((f) => f.verdict === 'wrong').length;
    const borderline = own.filter((f) => f.verdict === 'borderline').length;
    const unlabelled = own.length - right - wrong - borderline;
    out(`${(rule ?? 'all').padEnd(18)} ${String(own.length).padStart(5)}  ${String(right).padStart(5)}  ${String(wrong).padStart(5)}  ${String(borderline).padStart(10)}  ${String(unlabelled).padStart(10)}  ${percent(right, own.length - borderline).padStart(9)}`);
  }
  out();
  out('Recall by category (flagged / words a director would flag)');
  out('category           words  found  recall');
  for (const category of [...CATEGORIES, undefined]) {
    const own = gold.filter((g) => !category || g.category === category);
    const found = own.filter((g) => g.found).length;
    out(`${(category ?? 'all').padEnd(18)} ${String(own.length).padStart(5)}  ${String(found).padStart(5)}  ${percent(found, own.length).padStart(6)}`);
  }
  const splits = [...new Set(collections.map((c) => c.split))];
  if (splits.length > 1) {
    out();
    out('By split');
    for (const split of splits) {
      const f = flags.filter((x) => x.split === split);
      const g = gold.filter((x) => x.split === split);
      const byCategory = CATEGORIES.map((c) => {
        const own = g.filter((x) => x.category === c);
        return own.length ? `${c} ${own.filter((x) => x.found).length}/${own.length}` : '';
      }).filter(Boolean);
      out(`${split.padEnd(10)} precision ${percent(f.filter((x) => x.verdict === 'right').length, f.filter((x) => x.verdict !== 'borderline').length)}, recall ${percent(g.filter((x) => x.found).length, g.length)} (${byCategory.join(', ')})`);
    }
  }

  const moods = gold.filter((g) => g.category === 'mood-person' && g.found);
  const withAction = moods.filter((g) => g.found!.problem.fixes?.some((fix) => !isRemoval(fix))).length;
  out();
  out(`Moods on people found that are offered at least one rewrite (not only removal): ${withAction} of ${moods.length} (${percent(withAction, moods.length)}).`);

  const scores = readRewrites();
  const sample = rewriteSample(flags);
  const scored: Rewrite[] = [];
  const unscored: Rewrite[] = [];
  for (const flag of sample) {
    const result = rewritten(flag)!.line;
    const score = scores.find((s) => s.prompt === flag.prompt && s.offset === flag.start && s.result === result);
    if (score) scored.push(score);
    else unscored.push({ prompt: flag.prompt, flagged: flag.written, offset: flag.start, result, fits: false, action: false, reason: '' });
  }
  out(
    `Rewrites (the preferred fix of flags that offer more than removal, hand-scored sample of ${sample.length}): ${scored.length} scored; ` +
      `fit their sentence ${percent(scored.filter((s) => s.fits).length, scored.length)}, are actions or visible things ${percent(scored.filter((s) => s.action).length, scored.length)}` +
      (unscored.length ? `; ${unscored.length} not scored yet (npm run quality -- --unscored)` : '.'),
  );

  const unlabelled = flags.filter((f) => f.verdict === 'unlabelled');
  const wrong = flags.filter((f) => f.verdict === 'wrong');
  const borderline = flags.filter((f) => f.verdict === 'borderline');
  const missed = gold.filter((g) => !g.found);
  const list = (title: string, items: string[]) => {
    if (!items.length) return;
    out();
    out(`${title} (${items.length})`);
    for (const item of items) out(`  ${item}`);
  };
  const around = (prompt: string, start: number, end: number) => {
    const text = collections.flatMap((c) => c.prompts).find((p) => p.id === prompt)!.text;
    return `…${text.slice(Math.max(0, start - 30), start)}[${text.slice(start, end)}]${text.slice(end, end + 30)}…`.replace(/\s+/g, ' ');
  };
  // The held-out collections are measured but not listed, so that the checks are not tuned to them.
  const shown = args.includes('--show-held-out') ? () => true : (x: { split: string }) => x.split !== 'held-out';
  list('Wrong flags', wrong.filter(shown).map((f) => `${f.prompt} ${f.ruleId}: ${around(f.prompt, f.start, f.end)}`));
  list('Borderline flags (not counted)', borderline.filter(shown).map((f) => `${f.prompt} ${f.ruleId}: ${around(f.prompt, f.start, f.end)}`));
  list('Unlabelled flags', unlabelled.filter(shown).map((f) => `${f.prompt} ${f.ruleId}: ${around(f.prompt, f.start, f.end)}`));
  list('Missed', missed.filter(shown).map((g) => `${g.prompt} ${g.category}: ${around(g.prompt, g.start, g.end)}`));

  if (args.includes('--list-sample')) {
    for (const flag of sample) process.stdout.write(`SAMPLE ${flag.prompt}|${flag.start}|${rewritten(flag)!.line}\n`);
    return;
  }
  if (args.includes('--unscored')) {
    process.stdout.write(`${JSON.stringify(unscored, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  if (jsonOut) {
    const figures = {
      prompts: promptCount,
      flags: flags.length,
      precision: Object.fromEntries([...WRITING_RULES, 'all'].map((rule) => {
        const own = byRule(rule === 'all' ? undefined : rule);
        const count = (verdict: Flag['verdict']) => own.filter((f) => f.verdict === verdict).length;
        return [rule, { flags: own.length, right: count('right'), wrong: count('wrong'), borderline: count('borderline'), unlabelled: count('unlabelled') }];
      })),
      recall: Object.fromEntries([...CATEGORIES, 'all'].map((category) => {
        const own = gold.filter((g) => category === 'all' || g.category === category);
        return [category, { words: own.length, found: own.filter((g) => g.found).length }];
      })),
      moodsWithRewrite: { found: moods.length, withRewrite: withAction },
      rewrites: { sample: sample.length, scored: scored.length, fits: scored.filter((s) => s.fits).length, actions: scored.filter((s) => s.action).length },
    };
    writeFileSync(jsonOut, `${JSON.stringify(figures, null, 2)}\n`);
  }
}

if (require.main === module) main();
