// The evaluation set behind `npm run quality` is data that people edit by hand: this keeps it what
// LABELLING.md says it is, so that a typo in a label cannot quietly change the figures.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATEGORIES, readCollections, readRewrites, spansOf } from './evaluationSet';

const collections = readCollections();
const prompts = collections.flatMap((c) => c.prompts);

describe('the evaluation set of the writing checks', () => {
  it('holds at least 60 real prompts, each collection with its source, licence and date', () => {
    assert.ok(prompts.length >= 60, `${prompts.length} prompts`);
    for (const c of collections) {
      assert.match(c.source.url, /^https:\/\//, `${c.file}: source.url`);
      assert.ok(c.source.licence, `${c.file}: source.licence`);
      assert.match(c.source.retrieved, /^\d{4}-\d{2}-\d{2}$/, `${c.file}: source.retrieved`);
      assert.ok(c.split === 'dev' || c.split === 'held-out', `${c.file}: split`);
    }
  });

  it('gives every prompt a unique id and every label its words, a reason and a known category', () => {
    const ids = new Set<string>();
    for (const c of collections) {
      for (const p of c.prompts) {
        assert.ok(!ids.has(p.id), `duplicate id ${p.id}`);
        ids.add(p.id);
        assert.ok(p.text.trim(), `${p.id}: text`);
        for (const label of [...(p.flag ?? []), ...(p.keep ?? [])]) {
          assert.ok(spansOf(p.text, label).length, `${p.id}: "${label.text}"${label.occurrence ? ` (occurrence ${label.occurrence})` : ''} is not in the prompt`);
          assert.ok(label.reason?.trim(), `${p.id}: "${label.text}" has no reason`);
        }
        for (const label of p.flag ?? []) assert.ok(CATEGORIES.includes(label.category), `${p.id}: "${label.text}" has category ${label.category}`);
      }
    }
  });

  it('scores each recorded rewrite against a prompt of the set, with a reason', () => {
    for (const score of readRewrites()) {
      const prompt = prompts.find((p) => p.id === score.prompt);
      assert.ok(prompt, `rewrites.json: no prompt ${score.prompt}`);
      assert.equal(prompt.text.slice(score.offset, score.offset + score.flagged.length), score.flagged, `rewrites.json: ${score.prompt} at ${score.offset}`);
      assert.equal(typeof score.fits, 'boolean');
      assert.equal(typeof score.action, 'boolean');
      assert.ok(score.reason.trim(), `rewrites.json: ${score.prompt} "${score.flagged}" has no reason`);
    }
  });
});
