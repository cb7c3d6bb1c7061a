import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatSeconds, readClock, readDuration } from '../../server/src/language/timestamps';

describe('timestamps', () => {
  it('reads M:SS, MM:SS and H:MM:SS with fractions', () => {
    assert.equal(readClock('0:05').seconds, 5);
    assert.equal(readClock('00:05.5').seconds, 5.5);
    assert.equal(readClock('01:15').seconds, 75);
    assert.equal(readClock('1:00:05').seconds, 3605);
  });

  it('explains malformed times and proposes the valid spelling', () => {
    assert.deepEqual(readClock('00:75'), {
      malformed: '"00:75" has 75 seconds; seconds run from 00 to 59 (did you mean 01:15?)',
      normalized: '01:15',
    });
    assert.equal(readClock('1:2').normalized, '01:02');
    assert.match(readClock('1:2').malformed!, /two digits for the seconds/);
    assert.match(readClock('1:75:00').malformed!, /75 minutes/);
  });

  it('reads front-matter durations in every documented spelling', () => {
    for (const text of ['12s', '12', '12 s', '12 seconds', '0:12']) assert.equal(readDuration(text), 12, text);
    assert.equal(readDuration('twelve'), undefined);
  });

  it('formats seconds as MM:SS', () => {
    assert.equal(formatSeconds(75), '01:15');
    assert.equal(formatSeconds(5.5), '00:05.5');
    assert.equal(formatSeconds(3605), '1:00:05');
  });
});
