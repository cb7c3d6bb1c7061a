// Each rule page shows an example the rule reports and one it does not. Readers copy them to see
// the rule at work, so each is checked against the rule as it stands.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { Analyzer } from '../server/src/features/analysis';
import { RULES } from '../server/src/rules';

const ROOT = resolve(__dirname, '..');

// Examples shortened with "…" in the page: the text stands for a longer one and cannot be checked.
const ELIDED = new Set(['prompt-too-long: Reported']);

interface Example {
  reported: boolean;
  /** Settings the paragraph names in inline code, such as `"sora.cameo.consented": ["Maya Lin"]`. */
  settings: Record<string, unknown>;
  text: string;
}

/** The examples of a page: a paragraph that starts "Reported" or "Not reported", and the sora block after it. */
function examplesOf(page: string): Example[] {
  const examples: Example[] = [];
  // The paragraph's lines, one blank line, then the block.
  const pattern = /^(Reported|Not reported)\b(.*\n(?:.+\n)*)\n```sora\n([\s\S]*?)```/gm;
  for (const match of page.matchAll(pattern)) {
    const [, verdict, paragraph, text] = match;
    const settings: Record<string, unknown> = {};
    for (const setting of paragraph.matchAll(/`"sora\.([\w.]+)":\s*([^`]+)`/g)) {
      const path = setting[1].split('.');
      let target = settings;
      for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
      target[path[path.length - 1]] = JSON.parse(setting[2]);
    }
    examples.push({ reported: verdict === 'Reported', settings, text });
  }
  return examples;
}

describe('the examples on the rule pages', () => {
  for (const rule of RULES) {
    it(`${rule.id}: what the page says is reported is, and what it says is not, is not`, () => {
      const page = readFileSync(resolve(ROOT, 'docs/rules', `${rule.id}.md`), 'utf8');
      const section = /^## Examples\n([\s\S]*?)(?=^## )/m.exec(page)?.[1] ?? '';
      const examples = examplesOf(section);
      assert.ok(examples.some((e) => e.reported), `docs/rules/${rule.id}.md shows a reported example`);
      // Every block of the section is read as an example: none is passed over for its layout.
      assert.equal(examples.length, section.match(/^```sora$/gm)?.length ?? 0, `every sora block under Examples in docs/rules/${rule.id}.md follows a "Reported" or "Not reported" paragraph`);
      for (const example of examples) {
        const verdict = example.reported ? 'Reported' : 'Not reported';
        if (ELIDED.has(`${rule.id}: ${verdict}`)) continue;
        // On today's date, as a reader sees them: an example that depends on a model's retirement
        // date must be rewritten when the date passes, and this test says so.
        const found = new Analyzer(example.settings).analyze(example.text).problems.filter((p) => p.ruleId === rule.id);
        assert.equal(found.length > 0, example.reported, `${verdict} in docs/rules/${rule.id}.md:\n${example.text}\nfound: ${found.map((p) => p.message).join('\n')}`);
      }
    });
  }
});
