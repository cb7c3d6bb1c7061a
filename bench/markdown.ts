// Prints the figures of bench/results.json (or the file given) as Markdown tables, for pasting into
// docs/performance.md after a full run: `npx tsx bench/markdown.ts [bench/results.json]`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Figure {
  id: string;
  name: string;
  size?: string;
  unit: string;
  median: number;
  p95?: number;
  mbPerSecond?: number;
  xBaseline?: number;
  xWriteGood?: number;
  note?: string;
}

interface Results {
  mode: string;
  machine: { cpu: string; cpuMHz?: number; cores: number; memoryGB: number; node: string; platform: string; date: string; commit?: string; dirty?: boolean; loadAverageAtStart: number[] };
  durationSeconds: number;
  corpus: Array<{ size: string; bytes: number; shots: number; lines: number; words: number; vaguePercent: number; timestamps: number; problemsByRule: Record<string, number> }>;
  figures: Figure[];
  targets: Array<{ target: string; measured: string; met: boolean | null; note?: string }>;
  ruleCosts?: { size: string; analyzeMs: number; rulesMs: number; outsideRulesMs: number; parseMs: number; rules: Array<{ rule: string; medianMs: number; findings: number }> };
  profile: { size: string; runs: number; hotspots: Array<{ function: string; source: string; selfPercent: number }>; modules: Array<{ source: string; selfPercent: number }> };
}

const file = resolve(process.argv[2] ?? resolve(__dirname, 'results.json'));
const results = JSON.parse(readFileSync(file, 'utf8')) as Results;

function fmt(value: number | undefined, unit = ''): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  const text = abs >= 100 ? value.toFixed(0) : abs >= 10 ? value.toFixed(1) : abs >= 1 ? value.toFixed(2) : abs === 0 ? '0' : value.toPrecision(2);
  return `${text}${unit}`;
}

const m = results.machine;
const out: string[] = [];
out.push(`Full run of ${m.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores${m.cpuMHz ? `, ${m.cpuMHz} MHz` : ''}), ${m.memoryGB} GB RAM, Node ${m.node}, ${m.platform}` +
  `${m.commit ? `, commit ${m.commit.slice(0, 7)}${m.dirty ? ' with uncommitted changes' : ''}` : ''}; load average at start ${m.loadAverageAtStart.join(' ')}; the run took ${fmt(results.durationSeconds)} s.`);
out.push('');
out.push('| size | bytes | shots | words | vague words | problems reported |');
out.push('|---|---:|---:|---:|---:|---:|');
for (const c of results.corpus) {
  const problems = Object.values(c.problemsByRule).reduce((a, b) => a + b, 0);
  out.push(`| ${c.size} | ${c.bytes} | ${c.shots} | ${c.words} | ${fmt(c.vaguePercent)}% | ${problems} |`);
}
out.push('');
const sizes = [...new Set(results.figures.filter((f) => f.size).map((f) => f.size!))];
const groups: Array<[string, string[]]> = [
  ['Core (in process)', ['baseline', 'write-good', 'parse', 'analyze', 'analyze-edit', 'analyze-newline', 'completion', 'hover', 'peak-rss']],
  ['Language server over stdio', ['lsp-open', 'lsp-keystroke', 'lsp-keystroke-work', 'lsp-publish-floor', 'lsp-keystroke-all', 'lsp-keystroke-work-all', 'lsp-publish-floor-all', 'lsp-typed-completion', 'lsp-burst-completion']],
];
for (const [title, ids] of groups) {
  out.push(`**${title}**`);
  out.push('');
  out.push('| figure | size | median | p95 | MB/s | × baseline | × write-good |');
  out.push('|---|---|---:|---:|---:|---:|---:|');
  for (const id of ids) {
    for (const size of sizes) {
      const f = results.figures.find((x) => x.id === id && x.size === size);
      if (!f) continue;
      const unit = ` ${f.unit}`;
      out.push(`| ${f.name} | ${size} | ${fmt(f.median, unit)} | ${fmt(f.p95, f.p95 === undefined ? '' : unit)} | ${fmt(f.mbPerSecond)} | ${fmt(f.xBaseline, f.xBaseline === undefined ? '' : '×')} | ${fmt(f.xWriteGood, f.xWriteGood === undefined ? '' : '×')} |`);
    }
  }
  out.push('');
}
for (const f of results.figures.filter((x) => !x.size)) {
  out.push(`- ${f.name}: ${fmt(f.median, ` ${f.unit}`)}${f.p95 !== undefined ? ` (p95 ${fmt(f.p95, ` ${f.unit}`)})` : ''}${f.note ? ` — ${f.note}` : ''}`);
}
out.push('');
out.push('| target | measured | met? |');
out.push('|---|---|---|');
for (const t of results.targets) out.push(`| ${t.target} | ${t.measured}${t.note ? ` (${t.note})` : ''} | ${t.met === null ? 'not measured' : t.met ? '**met**' : '**not met**'} |`);
out.push('');
const costs = results.ruleCosts;
if (costs) {
  out.push(`Inside \`Analyzer.analyze\` on ${costs.size} (each rule timed in place; ${fmt(costs.analyzeMs)} ms in all): the rules take ${fmt(costs.rulesMs)} ms, ` +
    `the rest ${fmt(costs.outsideRulesMs)} ms, of which parse alone is ${fmt(costs.parseMs)} ms.`);
  out.push('');
  out.push('| rule | median | findings |');
  out.push('|---|---:|---:|');
  for (const r of costs.rules.filter((x) => x.medianMs >= 0.1)) out.push(`| ${r.rule} | ${fmt(r.medianMs, ' ms')} | ${r.findings} |`);
  out.push(`| every other rule | under 0.1 ms each | |`);
  out.push('');
}
out.push(`Top self time in a CPU profile of \`Analyzer.analyze\` on ${results.profile.size} (${results.profile.runs} runs):`);
out.push('');
out.push('| self time | function | source |');
out.push('|---:|---|---|');
for (const h of results.profile.hotspots.slice(0, 12)) out.push(`| ${fmt(h.selfPercent)}% | \`${h.function.length > 60 ? `${h.function.slice(0, 57)}...` : h.function}\` | ${h.source} |`);
process.stdout.write(`${out.join('\n')}\n`);
