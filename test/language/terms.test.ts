import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { termAt, termsIn } from '../../server/src/language/terms';

const found = (text: string) => termsIn(text).map((m) => `${m.term.term}=${text.slice(m.start, m.end)}`);

describe('finding vocabulary terms in text', () => {
  it('takes the longest spelling at a place, across any run of white space, in any case', () => {
    assert.deepEqual(found('Dolly  Zoom in, then a whip\tpan; no panel, tilt-shift lens'), [
      'dolly zoom=Dolly  Zoom',
      'whip pan=whip\tpan',
      'tilt-shift=tilt-shift lens',
    ]);
  });

  it('reads spellings with curly apostrophes, degree signs, dots and accents', () => {
    assert.deepEqual(found('bird’s-eye view, 180° shutter, V.O. over O.S.x'), [
      "bird's-eye view=bird’s-eye view",
      '180-degree shutter=180° shutter',
      'voice-over=V.O.',
    ]);
    assert.deepEqual(found('a dolly-zoom, nuit  américaine'), ['dolly zoom=dolly-zoom', 'day for night=nuit  américaine']);
  });

  it('never finds a term inside a longer word or next to a letter of another script', () => {
    assert.deepEqual(found('panel panorama 𝐀pan pan𝐀 épan'), []);
  });

  it('names the term under the cursor, ends included, and nothing elsewhere', () => {
    assert.equal(termAt('slow dolly zoom in', 5)?.term.term, 'dolly zoom');
    assert.equal(termAt('slow dolly zoom in', 15)?.term.term, 'dolly zoom');
    assert.equal(termAt('slow dolly zoom in', 2), undefined);
    assert.equal(termAt('panel', 1), undefined);
  });
});
