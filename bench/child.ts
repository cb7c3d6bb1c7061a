// A fresh process that does one thing to one corpus file and reports its peak memory, so each
// figure starts from a clean heap. bench/run.ts bundles this file (with the code under test) and
// runs it as `node child.cjs MODE FILE`:
//   idle        read the text and do nothing else (the floor: Node itself plus the text)
//   analyze     Analyzer.analyze once (what the server does for one version of a document)
//   baseline    the baseline once
//   write-good  write-good once
//   profile     Analyzer.analyze several times, for a CPU profile (run with --cpu-prof)
// It prints one line of JSON: { maxRssKb, rssBeforeKb, ms, problems }.
import { readFileSync } from 'node:fs';
import { createBaseline } from './baseline';
import { Analyzer, VAGUE_WORDS } from './core';

const [mode, file, times] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const writeGood = mode === 'write-good' ? (require('write-good') as (text: string) => unknown[]) : undefined;
const baseline = createBaseline(VAGUE_WORDS.map((w) => w.word));
const analyzer = new Analyzer({});
const rssBeforeKb = Math.round(process.memoryUsage().rss / 1024);
const start = performance.now();
let problems = 0;
switch (mode) {
  case 'idle':
    break;
  case 'analyze':
    problems = analyzer.analyze(text).problems.length;
    break;
  case 'baseline':
    problems = baseline(text).vague;
    break;
  case 'write-good':
    problems = writeGood!(text).length;
    break;
  case 'profile':
    for (let i = 0; i < Number(times ?? 10); i++) problems = analyzer.analyze(text).problems.length;
    break;
  default:
    process.stderr.write(`unknown mode ${mode}\n`);
    process.exit(2);
}
const ms = performance.now() - start;
// resourceUsage().maxRSS is the peak resident set size of this process, in kilobytes.
process.stdout.write(`${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, rssBeforeKb, ms, problems })}\n`);
