// Random `.sora` documents from the format's grammar, for the property tests: front matter valid,
// invalid and unclosed; every field and alias; headings with and without ranges; dialogue; cue times
// valid and malformed; comments and disable comments; vague and mood words; CRLF, lone CR, a BOM,
// tabs, astral characters and long lines.
import fc from 'fast-check';
import { allFieldNames } from '../../server/src/language/fields';

const WORDS = [
  'a', 'the', 'old', 'man', 'woman', 'girl', 'dog', 'lake', 'kitchen', 'street', 'bench', 'walks', 'sits', 'looks', 'is',
  'sad', 'nervous', 'nervously', 'happy', 'in', 'exhaustion', 'filled', 'with', 'awe', 'tense', 'peaceful', 'cozy',
  'beautiful', 'stunning', 'very', 'epic', 'cinematic', 'gracefully', 'vibrant', 'red', 'neon', 'dawn', 'night',
  'slow', 'push-in', 'dolly', 'pan', '50mm', 'f/1.8', 'close-up', 'wide', 'shot', 'and', 'of', 'a sense of', 'atmosphere',
  'expression', 'her', 'his', 'they', 'it', 'ponders', 'enjoy', 'Grand', 'Canyon', "'quoted'", '"said"', '—', ',', '.', ';',
  '😀', '𝒜', 'é', 'déjà', '\t', '  ',
];
const TIMES = ['00:00', '00:04', '0:05', '00:12', '1:00:05', '00:05.5', '00:75', '1:2', '99:99', '00:04-00:08', '00:08–00:04', '00:02 to 00:06'];
const KEYS = ['model', 'duration', 'size', 'resolution', 'aspect', 'title', 'remix', 'fps', 'Model', 'cast', 'image'];
const VALUES = ['sora-2', 'veo-3', 'veo-3.1', 'runway-gen4', 'nope', '8s', '12', '0:12', '1280x720', '720p', '16:9', '9:16', '1:1', '', '// a note'];

const word = fc.constantFrom(...WORDS);
const time = fc.constantFrom(...TIMES);
const phrase = fc.array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: time }), { minLength: 0, maxLength: 12 }).map((ws) => ws.join(' '));
const comment = fc.oneof(
  phrase.map((p) => `// ${p}`),
  fc.constantFrom('// sora-disable-next-line vague-adjective', '// sora-disable-line mood-on-person', '// sora-disable', '// sora-enable', '// sora-disabel-line x', '//'),
);
const withComment = (line: fc.Arbitrary<string>) => fc.tuple(line, fc.option(comment, { nil: undefined })).map(([l, c]) => (c ? `${l} ${c}` : l));

const field = fc.tuple(fc.constantFrom(...allFieldNames(), 'Camra', 'Weather', 'Highlights', 'Mood', 'mood'), phrase).map(([name, text]) => `${name}: ${text}`);
const heading = fc.tuple(fc.constantFrom('#', '##', '# ', '#//'), fc.option(time, { nil: undefined }), phrase).map(([marks, t, title]) => `${marks} Shot ${t ?? ''} ${title}`);
const dialogue = fc.tuple(fc.constantFrom('Ana', 'Theo', '- Ana', 'Courier (00:03)', 'Ana (00:75)'), phrase).map(([speaker, words]) => `  ${speaker}: "${words}"`);
const line = fc.oneof(
  { weight: 6, arbitrary: withComment(field) },
  { weight: 2, arbitrary: withComment(heading) },
  { weight: 2, arbitrary: dialogue },
  { weight: 3, arbitrary: withComment(phrase) },
  { weight: 1, arbitrary: comment },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('Dialogue:', 'Cast:', '---', '\t', '   ') },
  { weight: 1, arbitrary: phrase.map((p) => p.repeat(20)) },
);
const frontMatter = fc.oneof(
  fc.constant([] as string[]),
  fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)).map(([k, v]) => `${k}: ${v}`), { maxLength: 5 }).chain((entries) =>
    fc.constantFrom(['---', ...entries, '---'], ['---', ...entries]),
  ),
);
const lineBreak = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

/** A document: optional BOM and front matter, then lines joined by a mix of line breaks. */
export const document: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), frontMatter, fc.array(line, { maxLength: 24 }))
  .chain(([bom, fm, body]) => {
    const lines = [...fm, ...body];
    return fc.array(lineBreak, { minLength: lines.length, maxLength: lines.length }).map((breaks) => (bom ? '\uFEFF' : '') + lines.map((l, i) => l + (i < lines.length - 1 ? breaks[i] : '')).join(''));
  });

/** The fixed seed `npm test` runs with; `npm run fuzz` takes FUZZ_SEED and FUZZ_RUNS. */
export const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
export const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
