import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUILT_IN_PROFILES, resolveProfiles } from '../../server/src/language/profiles';

describe('model profiles', () => {
  it('has the six profiles, each figure with a source and an as-of date', () => {
    assert.deepEqual(BUILT_IN_PROFILES.map((p) => p.id), ['sora-2', 'sora-2-pro', 'veo-3', 'veo-3.1', 'runway-gen3', 'runway-gen4']);
    for (const profile of BUILT_IN_PROFILES) {
      for (const key of ['durations', 'sizes', 'resolutions', 'aspects', 'audio', 'negativePrompt', 'promptLimit'] as const) {
        assert.ok(profile[key].source.length > 10, `${profile.id}.${key} has a source`);
        assert.match(profile[key].asOf, /^\d{4}-\d{2}-\d{2}$/, `${profile.id}.${key} has an as-of date`);
      }
    }
  });

  it('applies overrides from settings, and a profile that extends another sends its API model', () => {
    const profiles = resolveProfiles({
      'sora-2': { durations: [4, 8, 12, 16, 20] },
      'house-veo': { extends: 'veo-3.1', aspects: ['16:9'] },
      broken: 'not an object',
    });
    assert.deepEqual(profiles.get('sora-2')!.durations.value, [4, 8, 12, 16, 20]);
    assert.equal(profiles.get('sora-2')!.durations.source, 'your settings (sora.models)');
    const house = profiles.get('house-veo')!;
    assert.equal(house.apiModel, 'veo-3.1-generate-preview');
    assert.deepEqual(house.resolutions.value, ['720p', '1080p', '4k']);
    assert.deepEqual(house.aspects.value, ['16:9']);
    assert.equal(profiles.has('broken'), false);
    assert.deepEqual(house.durationsAt?.value, { '1080p': [8], '4k': [8] });
    const overridden = resolveProfiles({ 'veo-3.1': { durationsAt: { '4K': [8, 6] } } }).get('veo-3.1')!.durationsAt!;
    assert.deepEqual(overridden.value, { '1080p': [8], '4k': [6, 8] });
    assert.equal(overridden.source, 'your settings (sora.models)');
  });

  it('reads durationsAt keys as resolutions, keeps odd keys as plain keys, and drops what cannot be met', () => {
    const limits = (durationsAt: unknown, extra: object = {}) => {
      const profile = resolveProfiles({ 'veo-3.1': { durationsAt, ...extra } }).get('veo-3.1')!;
      return { ...profile.durationsAt?.value };
    };
    // A pixel size is its short side; `4K` is `4k`.
    assert.deepEqual(limits({ '1920x1080': [6, 8], '4K': null }), { '1080p': [6, 8] });
    // `__proto__` is a key like any other, not the table's prototype.
    const table = resolveProfiles({ 'veo-3.1': JSON.parse('{"durationsAt": {"__proto__": [8]}}') }).get('veo-3.1')!.durationsAt!.value;
    assert.ok(Object.hasOwn(table, '__proto__'));
    assert.equal(Object.getPrototypeOf(table), Object.prototype);
    // Not finite, not a length.
    assert.deepEqual(limits({ '1080p': [Infinity] }), { '1080p': [8], '4k': [8] });
    // Durations of 5 and 10 s: the built-in "8 s only" cannot be met and is left out, not reported against.
    assert.deepEqual(limits(undefined, { durations: [5, 10] }), {});
    assert.deepEqual(limits({ '1080p': [10, 12] }, { durations: [5, 10] }), { '1080p': [10] });
  });
});
