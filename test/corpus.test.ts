import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { Analyzer } from '../server/src/features/analysis';

// Every rule's hits over realistic prompts, kept as text beside the tests, so a change in what the
// checks report (a new false positive, a lost hit) shows up in review. `UPDATE_SNAPSHOTS=1 npm run
// test:unit` rewrites them after a deliberate change.
const ROOT = resolve(__dirname, '..');
const SNAPSHOTS = join(__dirname, 'corpus', 'snapshots');
const SOURCES = [join(ROOT, 'examples'), join(__dirname, 'corpus')];

function report(text: string): string {
  const { problems } = new Analyzer().analyze(text);
  return problems
    .map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1}-${p.range.end.line + 1}:${p.range.end.character + 1} ${p.severity} [${p.ruleId}] ${p.message}`)
    .join('\n') + '\n';
}

describe('corpus snapshot of every rule', () => {
  const files = SOURCES.flatMap((dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.sora')).map((f) => join(dir, f)) : []));

  it('has prompts to check', () => assert.ok(files.length >= 4));

  for (const file of files) {
    const name = file.slice(ROOT.length + 1);
    it(name, () => {
      const actual = report(readFileSync(file, 'utf8'));
      const snapshot = join(SNAPSHOTS, `${name.replace(/[\\/]/g, '__')}.txt`);
      if (process.env.UPDATE_SNAPSHOTS || !existsSync(snapshot)) {
        mkdirSync(SNAPSHOTS, { recursive: true });
        writeFileSync(snapshot, actual);
        if (!process.env.UPDATE_SNAPSHOTS && process.env.CI) assert.fail(`missing snapshot ${snapshot}`);
      }
      assert.equal(actual, readFileSync(snapshot, 'utf8'));
    });
  }

  it('raises no alarm in the shipped examples: no error, warning or information (a hint is advice)', () => {
    for (const file of files.filter((f) => f.startsWith(join(ROOT, 'examples')))) {
      const alarms = new Analyzer().analyze(readFileSync(file, 'utf8')).problems.filter((p) => p.severity !== 'hint');
      assert.deepEqual(alarms.map((p) => `${p.ruleId}: ${p.message}`), [], file);
    }
  });
});
