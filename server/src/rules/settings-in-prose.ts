import { frontMatterEntry } from '../language/clip';
import { fieldDefinition } from '../language/fields';
import { lazy } from '../language/lazy';
import type { ModelProfile } from '../language/profiles';
import { eachMatch } from '../language/regex';
import { readDuration } from '../language/timestamps';
import type { Field, Range, Span, SoraTree } from '../language/tree';
import { acceptedSizes } from '../language/frontMatterValues';
import { setFrontMatter } from './frontMatterEdit';
import { opensItem, removeFromSegment } from './phraseEdit';
import type { Finding, Fix, Rule, TextEdit } from './rule';

// Request parameters written as prompt words do nothing: the model reads the prompt for what to
// film, and takes length, resolution and frame shape from the request (OpenAI cookbook, Sora 2
// prompting guide). The patterns below aim at the phrasings people use for the video itself and
// leave alone the same words used for something in the picture (`a 4K TV on the wall`, `a
// 10-second countdown on a screen`, `she waits 3 seconds`).

type Kind = 'resolution' | 'duration' | 'length' | 'aspect';

interface Hit {
  kind: Kind;
  /** Offsets in the segment of what is reported and removed. */
  start: number;
  end: number;
  /** Offsets of glue that goes with it (`in` of `in 4K`), when wider than the phrase. */
  cutStart: number;
  /** The front-matter value the phrase stands for, when it is clear. */
  value?: string;
  /** For `length`: longer or shorter. */
  direction?: 'longer' | 'shorter';
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

// Something in the scene that has a resolution of its own, or a `K` that is a thousand (a 5K race,
// 8K feet, 4K followers).
const DEVICE = String.raw`(?:tvs?|televisions?|monitors?|screens?|displays?|projectors?|cameras?|sensors?|phones?|laptops?|tablets?|panels?|video\s+walls?)`;
const THOUSANDS = String.raw`(?:races?|runs?|runners?|marathons?|walks?|steps?|followers?|views?|subscribers?|likes?|feet|ft|meters?|metres?|miles?|km)`;
const NOT_A_DEVICE = `(?!\\s+(?:[\\p{L}-]+\\s+)?${DEVICE}${E}|\\s+${THOUSANDS}${E})`;

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60,
};
const NUMBER = `(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = '(s|secs?|seconds?|mins?|minutes?)';
const CLIP_NOUNS = 'videos?|clips?|films?|movies?|sequences?|reels?|footage|animations?|commercials?|trailers?|teasers?|loops?';

/** `a 10-second clip`, `20-second-long video`: a length that qualifies the video itself. */
function lengthBeforeNoun(withShot: boolean): RegExp {
  const nouns = withShot ? `${CLIP_NOUNS}|shots?` : CLIP_NOUNS;
  return new RegExp(
    `${B}(${NUMBER}[\\s-]?${UNIT}(?:[\\s-]long)?)${E}(?=\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${nouns})(?![\\p{L}\\p{N}-]))`,
    'giu',
  );
}
// Ratios that are only ever frame shapes, and ones that need `aspect`/`ratio`/`format` beside them
// to be read as one (`a 1:1 replica`, `a 4:3 CRT television` are not requests).
const SURE_RATIOS = new Set(['16:9', '9:16', '21:9', '9:21', '4:5', '2.39:1', '2.35:1', '2.4:1', '1.85:1', '2.76:1']);
// Speed: the six expressions below are built on first use, not at module load. Building them (the
// `u` flag's \p{L} classes) costs about 3 ms of the server's cold start, and most documents never
// need them: a segment reaches them only when the cheap MAYBE test finds a digit, `hd` or the like.
const expressions = lazy(() => {
  const RESOLUTION = new RegExp(
    `(?<![\\p{L}\\p{N}$£€])((?:(?:shot|filmed|rendered|recorded|captured|output|exported)\\s+)?(?:in|at)\\s+)?` +
      `((?:(?:4|5|6|8|12)\\s?k|(?:360|480|540|720|1080|1440|2160|4320)\\s?p|ultra[- ]?hd|uhd|full[- ]?hd|fhd|qhd|hd|` +
      `(?:ultra[- ])?(?:high|hi)[- ](?:resolution|res|definition))(?:\\s+(?:resolution|quality|uhd|hd))?)${E}${NOT_A_DEVICE}`,
    'giu',
  );
  const LENGTH_WITH_NOUN = lengthBeforeNoun(false);
  const LENGTH_WITH_NOUN_OR_SHOT = lengthBeforeNoun(true);
  // `20 seconds long`, `duration of 20 seconds`, `make it 20 seconds`. `duration` and `length` alone
  // count only where they open an item: `the flash has a duration of 2 seconds` times an action.
  const LENGTH_STATED = new RegExp(
    `${B}((?:(?:(?:clip|video|film)\\s+(?:duration|length)|(?<=^|[,;:.!?(]\\s*)(?:total\\s+)?(?:duration|length)|runtime|running\\s+time)(?:\\s*:|\\s+of|\\s+is)?\\s+|(?:make|keep)\\s+(?:it|this|the\\s+(?:video|clip))\\s+(?:about\\s+|around\\s+|exactly\\s+)?|` +
      `(?:the\\s+|this\\s+)?(?:video|clip|film)\\s+(?:is|should\\s+be|must\\s+be|lasts|runs(?:\\s+for)?)\\s+(?:about\\s+|around\\s+|exactly\\s+)?)` +
      `${NUMBER}[\\s-]?${UNIT}(?:[\\s-]long)?|${NUMBER}[\\s-]?${UNIT}[\\s-]long)${E}`,
    'giu',
  );
  const LONGER = new RegExp(
    `${B}(?:make\\s+(?:it|this|the\\s+(?:video|clip))\\s+(?:much\\s+|a\\s+bit\\s+|a\\s+little\\s+)?(longer|shorter)|(longer|shorter|extended)(?=\\s+(?:video|clip|version|cut)${E}))${E}`,
    'giu',
  );
  const ASPECT = new RegExp(
    `(?<![\\p{L}\\p{N}:.])((?:in\\s+)?)((aspect\\s+ratio\\s+(?:of\\s+)?)?(\\d{1,2}(?:\\.\\d{1,2})?:\\d{1,2})((?:\\s+(?:aspect\\s+ratio|aspect|ratio|format|frame))?))(?![\\p{N}]|:\\d|\\.\\d)`,
    'giu',
  );
  return { RESOLUTION, LENGTH_WITH_NOUN, LENGTH_WITH_NOUN_OR_SHOT, LENGTH_STATED, LONGER, ASPECT };
});

const QUOTED = /"[^"]*"|“[^”]*”/g;
// Every phrase above has one of these in it; most lines have none, and skip the expressions.
const MAYBE = /\d\s?[kp]|\d\s?(?:s|sec|min)|\d[\s-]*(?:sec|min)|\d:\d|hd|\bres(?:olution)?\b|definition|longer|shorter|extended|second|minute/i;

/** Fields whose text reaches the model as picture description. Cue fields (Audio, Dialogue) are left out: a length there times a sound. */
function checked(field: Field): boolean {
  if (!field.kind) return true; // prose and unknown fields reach the model as they are
  const definition = fieldDefinition(field.kind);
  return definition.visual && !definition.cues;
}

function numberOf(text: string): number {
  return NUMBER_WORDS[text.toLowerCase()] ?? Number(text);
}

function durationValue(amount: string, unit: string): string | undefined {
  const n = numberOf(amount);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const seconds = /^m/i.test(unit) ? n * 60 : n;
  return `${Number.isInteger(seconds) ? seconds : Number(seconds.toFixed(2))}s`;
}

/** `20s` is also a decade (the 1920s, her 20s): with a bare `s` only lengths that are no decade count. */
function bareSecondsIsDecade(amount: string, unit: string): boolean {
  if (unit.toLowerCase() !== 's' || !/^\d+$/.test(amount)) return false;
  const n = Number(amount);
  return n >= 100 || (n >= 20 && n % 10 === 0);
}

function resolutionValue(written: string): string | undefined {
  const core = written.toLowerCase().replace(/\s+(?:resolution|quality|uhd|hd)$/, '').replace(/[\s-]/g, '');
  if (core === '4k' || core === 'uhd' || core === 'ultrahd' || core === '2160p') return '4k';
  if (core === '8k' || core === '4320p') return '4320p';
  if (core === 'fullhd' || core === 'fhd' || core === '1080p') return '1080p';
  if (core === 'qhd' || core === '1440p') return '1440p';
  if (/^\d{3,4}p$/.test(core)) return core;
  return undefined; // `HD`, `high resolution`: which size is meant is not clear
}

function collect(text: string, withShot: boolean): Hit[] {
  const { RESOLUTION, LENGTH_WITH_NOUN, LENGTH_WITH_NOUN_OR_SHOT, LENGTH_STATED, LONGER, ASPECT } = expressions();
  const hits: Hit[] = [];
  eachMatch(RESOLUTION, text, (m) => {
    const glue = m[1] ?? '';
    const start = m.index + glue.length;
    // `shot in 4K` opening an item is a verb and goes; after a word (`a drone shot in 4K`) it is the noun and stays.
    const noun = /^shot\s/i.test(glue) && !opensItem(text, m.index);
    const cutStart = noun ? m.index + /^shot\s+/i.exec(glue)![0].length : m.index;
    hits.push({ kind: 'resolution', start, end: start + m[2].length, cutStart, value: resolutionValue(m[2]) });
  });
  eachMatch(LENGTH_STATED, text, (m) => {
    const amount = m[2] ?? m[4];
    const unit = m[3] ?? m[5];
    if (bareSecondsIsDecade(amount, unit)) return;
    hits.push({ kind: 'duration', start: m.index, end: m.index + m[0].length, cutStart: m.index, value: durationValue(amount, unit) });
  });
  eachMatch(withShot ? LENGTH_WITH_NOUN_OR_SHOT : LENGTH_WITH_NOUN, text, (m) => {
    if (bareSecondsIsDecade(m[2], m[3])) return;
    hits.push({ kind: 'duration', start: m.index, end: m.index + m[1].length, cutStart: m.index, value: durationValue(m[2], m[3]) });
  });
  eachMatch(LONGER, text, (m) => {
    const direction = (m[1] ?? m[2]).toLowerCase() === 'shorter' ? 'shorter' : 'longer';
    hits.push({ kind: 'length', start: m.index, end: m.index + m[0].length, cutStart: m.index, direction });
  });
  eachMatch(ASPECT, text, (m) => {
    const ratio = m[4];
    const named = !!m[3] || !!m[5];
    if (!SURE_RATIOS.has(ratio) && !named) return;
    const start = m.index + m[1].length;
    hits.push({ kind: 'aspect', start, end: start + m[2].length, cutStart: m.index, value: ratio });
  });
  // One report per stretch of text: the earliest, then the longest, wins an overlap.
  hits.sort((a, b) => a.cutStart - b.cutStart || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.cutStart < last.end) continue;
    kept.push(hit);
  }
  return kept;
}

function offered(profile: ModelProfile, kind: Kind): string {
  if (kind === 'aspect') return profile.aspects.value.join(', ');
  if (kind === 'resolution') return acceptedSizes(profile).join(', ');
  return profile.durations.value.map((d) => `${d}s`).join(', ');
}

function keyFor(tree: SoraTree, kind: Kind): string {
  if (kind === 'resolution') return frontMatterEntry(tree, 'size', 'resolution')?.name ?? 'resolution';
  return kind === 'aspect' ? 'aspect' : 'duration';
}

function fixesFor(tree: SoraTree, profile: ModelProfile, segment: Span, hit: Hit, written: string): Fix[] {
  const removal: TextEdit = removeFromSegment(segment, hit.cutStart, hit.end);
  const key = keyFor(tree, hit.kind);
  let value = hit.value;
  if (hit.kind === 'length') {
    const durations = profile.durations.value;
    value = durations.length ? `${hit.direction === 'longer' ? Math.max(...durations) : Math.min(...durations)}s` : undefined;
  }
  const current = frontMatterEntry(tree, key)?.value.text.trim();
  const remove: Fix = { title: `Remove "${written}"`, edits: [removal] };
  const same =
    current !== undefined && value !== undefined &&
    (key === 'duration' ? readDuration(current) === readDuration(value) : current.toLowerCase() === value.toLowerCase());
  if (value === undefined || same) return [{ ...remove, preferred: true }];
  const move: Fix = {
    title: hit.kind === 'length' ? `Set ${key}: ${value} and remove "${written}"` : `Move to front matter (${key}: ${value})`,
    edits: [setFrontMatter(tree, key, value), removal],
  };
  // The front matter already asks for something else: taking the word out keeps what it asks.
  if (current) return [{ ...remove, title: `Remove "${written}" (front matter keeps ${key}: ${current})`, preferred: true }, move];
  return [{ ...move, preferred: true }];
}

function describe(profile: ModelProfile, hit: Hit, written: string, key: string): string {
  const options = offered(profile, hit.kind);
  const offers = options ? ` ${profile.id} offers ${options}.` : '';
  switch (hit.kind) {
    case 'resolution':
      return `"${written}" in the prompt text does nothing: resolution is a request setting, not something to film. Set it with "${key}" in front matter.${offers}`;
    case 'duration':
      return `"${written}" in the prompt text does nothing: the clip length is a request setting. Set it with "duration" in front matter.${offers}`;
    case 'length':
      return `"${written}" does nothing: a prompt cannot change the clip length. Set "duration" in front matter.${offers}`;
    case 'aspect':
      return `"${written}" in the prompt text does nothing: the frame shape is a request setting. Set it with "aspect" in front matter.${offers}`;
  }
}

export const settingsInProse: Rule = {
  id: 'settings-in-prose',
  defaultSeverity: 'warning',
  description: 'A resolution, clip length or aspect ratio written in the prompt text ("4K", "20 seconds", "16:9"), where the model ignores it.',
  scope: 'shot',
  checkShot(shot, { tree, clip }) {
    const findings: Finding[] = [];
    const withShot = tree.shots.length <= 1;
    for (const field of shot.fields) {
      if (!checked(field)) continue;
      for (const segment of field.segments) {
        // Most lines hold nothing of the kind: a cheap test before the expressions.
        if (!MAYBE.test(segment.text)) continue;
        const quoted: Array<[number, number]> = [];
        eachMatch(QUOTED, segment.text, (q) => quoted.push([q.index, q.index + q[0].length]));
        let q = 0; // hits come in order: one pass over the quotes for all of them
        for (const hit of collect(segment.text, withShot)) {
          while (q < quoted.length && quoted[q][1] <= hit.start) q++;
          if (q < quoted.length && hit.start >= quoted[q][0]) continue;
          const written = segment.text.slice(hit.start, hit.end);
          const { line, character } = segment.range.start;
          const range: Range = { start: { line, character: character + hit.start }, end: { line, character: character + hit.end } };
          findings.push({
            range,
            message: describe(clip.profile, hit, written, keyFor(tree, hit.kind)),
            fixes: fixesFor(tree, clip.profile, segment, hit, written),
          });
        }
      }
    }
    return findings;
  },
};
