// A deterministic corpus of `.sora` shot bibles for the benchmark. The same seed always gives the
// same text, byte for byte (no Math.random, no dates): figures from two runs or two machines are
// measured on identical input.
//
// Each shot has a heading with a time range and every field the format knows (Scene, Subject,
// Camera, Lens, Motion, Lighting, Audio with cue times, Dialogue with timed speaker lines, Style with
// inline `no X`, Avoid), plus comments. About 5% of the words are vague words taken from the
// project's own VAGUE_WORDS list. Cue times are listed in the order they play, except a few; a few
// fall outside their shot and a few are malformed; a few shots overlap the one before, a few lack a
// Camera line and a few field names are misspelt, so every rule has work to do.
// A 10 MB file holds thousands of shots, so times run to H:MM:SS and the front-matter duration is
// as long as the shots need (a real clip is seconds long: the point here is realistic text volume).

import { VAGUE_WORDS } from '../server/src/language/vagueLexicon';

export const DEFAULT_SEED = 0x50a2a;

/** mulberry32: a tiny, fast 32-bit PRNG with a good enough spread for picking words. */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

// Vague words as the linter knows them; only plain words, so each one is one word of the text.
const VAGUE = VAGUE_WORDS.map((w) => w.word).filter((w) => /^[a-z]+(?:-[a-z]+)*$/.test(w));
/** Chance that a word of prompt text gets a vague word put in front of it. */
const VAGUE_RATE = 0.066;

const PLACES = [
  'rain-soaked rooftops', 'a narrow alley', 'a tiled subway platform', 'a riverside path', 'a marble cafe counter',
  'an empty parking garage', 'a pine forest clearing', 'a fishing pier', 'a rooftop greenhouse', 'a laundromat',
  'a desert highway', 'a hospital corridor', 'a night market', 'a snowy mountain pass', 'a concrete stairwell',
  'a harbour crane yard', 'a school gym', 'a tram depot', 'a flooded underpass', 'a glass office lobby',
];
const TIMES = ['at dusk', 'at night', 'at dawn', 'in the blue hour', 'at noon', 'in heavy rain', 'in thick fog', 'after a storm', 'under a full moon', 'in late afternoon'];
const DETAILS = [
  'neon signs below', 'steam rising from vents', 'puddles reflecting the lights', 'paper lanterns overhead',
  'a flickering streetlamp', 'wet leaves on the ground', 'a parked yellow taxi', 'laundry lines between windows',
  'a clock reading 12:30 on the wall', 'crates stacked by the door', 'a stray cat on a ledge', 'dust in the air',
  'a single red umbrella', 'graffiti on corrugated metal', 'frost on the glass', 'a row of vending machines',
];
const SUBJECTS = [
  'a courier in a yellow jacket', 'an old fisherman with a grey beard', 'a girl of eight holding a paper lantern',
  'a barista with rolled sleeves', 'a cyclist in a red helmet', 'twin sisters in matching raincoats',
  'a security guard with a torch', 'a dancer in a white dress', 'a mechanic wiping her hands', 'a boy with a kite',
];
const SUBJECT_TRAITS = ['short dark hair', 'a scar over the left eyebrow', 'round glasses', 'a canvas backpack', 'muddy boots', 'a silver watch', 'a green scarf'];
const SHOT_SIZES = ['Wide shot', 'Medium shot', 'Close-up', 'Extreme close-up', 'Full shot', 'Cowboy shot', 'Over-the-shoulder shot', 'Two-shot', 'Establishing shot', 'Insert shot'];
const ANGLES = ['eye level', 'low angle', 'high angle', 'bird\'s-eye view', 'Dutch angle', 'worm\'s-eye view', 'overhead'];
const MOVES = ['slow push-in', 'pull-out', 'tracking left to right', 'pan right', 'tilt up', 'dolly zoom', 'crane up', 'orbit around the subject', 'locked-off', 'handheld follow', 'whip pan', 'rack focus to the background', 'steadicam follow', 'truck left'];
const LENSES = ['24mm', '35mm', '50mm', '85mm', '100mm macro', '14mm wide-angle', '135mm telephoto', '40mm anamorphic'];
const LENS_EXTRAS = ['f/1.8', 'f/2.8', 'f/4', 'shallow depth of field', 'deep focus', '24fps', '48fps', 'slight barrel distortion', 'oval bokeh'];
const ACTIONS = [
  'sprints across the frame', 'vaults a low wall', 'turns to look back', 'lifts the lantern', 'pours steaming milk',
  'checks a wristwatch', 'steps into the puddle', 'drops the keys', 'ties a shoelace', 'breathes hard', 'laughs once',
  'pushes the door open', 'waves to someone off screen', 'counts to three on her fingers', 'sits on the kerb',
];
const LIGHTS = ['hard rim light from the left', 'soft window light', 'practical lamps in frame', 'low-key with deep shadows', 'high-key and even', 'sodium streetlight', 'teal moonlight', 'warm tungsten key', 'backlit by car headlights', 'overcast daylight'];
const SOUNDS = ['rain hiss', 'distant siren', 'footsteps splash', 'door bangs open', 'crickets', 'a train passes', 'wind chime', 'kettle whistle', 'crowd murmur', 'a dog barks', 'thunder rolls', 'engine idles', 'glass clinks', 'low cello drone'];
const SPEAKERS = ['Courier', 'Ana', 'Dispatcher', 'Old Man', 'Mira', 'Guard', 'Barista', 'Kid'];
const LINES = ['Not tonight.', 'Where are you?', 'Keep moving.', 'It was beautiful, once.', 'Hold the door!', 'Two more minutes.', 'Did you hear that?', 'Go, now!', 'This is the best coffee in town.', 'I told you so.'];
const GRADES = ['teal and orange grade', 'bleach bypass', 'warm pastel palette', 'desaturated greens', 'Kodak 500T look', 'high-contrast black and white', 'muted earth tones', 'neon magenta and cyan'];
const STYLE_BITS = ['wet reflections', 'light film grain', 'subtle vignette', 'halation on highlights', '16mm texture', 'anamorphic flares'];
const NEGATIVES = ['grain', 'lens flare', 'text', 'logos', 'slow motion', 'vignette'];
const AVOIDS = ['logos', 'text on screen', 'extra limbs', 'warped faces', 'product labels', 'watermarks', 'hands in frame', 'jump cuts'];
const TITLES = ['the jump', 'the landing', 'the lantern', 'first light', 'the chase', 'the call', 'the door', 'the crossing', 'last train', 'the reveal'];
const COMMENTS = ['take 3 was better', 'check the continuity of the jacket', 'TODO: shorter?', 'matches the storyboard frame', 'client asked for more rain', 'keep the cut on the beat'];
const TYPOS = ['Camra', 'Lightning', 'Scnee', 'Moton', 'Stlye'];

function clock(seconds: number): string {
  const s = Math.floor(seconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

function capitalise(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}

class ShotWriter {
  constructor(private readonly rng: Prng) {}

  /** Puts a vague word in front of about VAGUE_RATE of the words, as a careless writer would. */
  private vague(text: string): string {
    return text
      .split(' ')
      .map((word) => (this.rng.chance(VAGUE_RATE) ? `${this.rng.pick(VAGUE)} ${word}` : word))
      .join(' ');
  }

  /** `min` to `max` different items, comma-separated. */
  private list(items: readonly string[], min: number, max: number): string {
    const count = this.rng.int(min, max);
    const picked: string[] = [];
    while (picked.length < count) {
      const item = this.rng.pick(items);
      if (!picked.includes(item)) picked.push(item);
    }
    return picked.join(', ');
  }

  /** A cue time inside [start, end), or now and then outside the shot (a mistake the linter should catch). */
  private cue(start: number, end: number): string {
    if (this.rng.chance(0.004)) return `${this.rng.int(0, 9)}:${this.rng.int(60, 99)}`; // malformed: 00:75
    if (this.rng.chance(0.01)) return clock(end + this.rng.int(1, 3)); // outside the shot
    return clock(start + this.rng.int(0, Math.max(0, end - start - 1)));
  }

  /**
   * `count` cue times for one field, in the order they play, as a creator lists them; now and then
   * left in the order drawn, which is usually out of order (a mistake `cue-order` should catch).
   */
  private cues(start: number, end: number, count: number): string[] {
    const times = Array.from({ length: count }, () => this.cue(start, end));
    if (this.rng.chance(0.03)) return times;
    const seconds = (time: string) => time.split(':').reduce((total, part) => total * 60 + Number(part), 0);
    return times.sort((a, b) => seconds(a) - seconds(b));
  }

  private trailingComment(): string {
    return this.rng.chance(0.05) ? `   // ${this.rng.pick(COMMENTS)}` : '';
  }

  shot(number: number, start: number, end: number): string {
    const r = this.rng;
    const out: string[] = [];
    out.push(`# Shot ${number} — ${clock(start)}-${clock(end)} — ${r.pick(TITLES)}`);
    if (r.chance(0.1)) out.push(`// ${r.pick(COMMENTS)}`);
    if (r.chance(0.01)) out.push('// sora-disable-next-line vague-adjective');
    const sceneName = r.chance(0.1) ? 'Setting' : 'Scene';
    out.push(`${sceneName}: ${this.vague(`${capitalise(r.pick(PLACES))} ${r.pick(TIMES)}, ${this.list(DETAILS, 1, 3)}.`)}${this.trailingComment()}`);
    out.push(`Subject: ${this.vague(`${capitalise(r.pick(SUBJECTS))} with ${r.pick(SUBJECT_TRAITS)} and ${r.pick(SUBJECT_TRAITS)}.`)}`);
    if (!r.chance(0.03)) {
      const cameraName = r.chance(0.08) ? 'Cinematography' : 'Camera';
      out.push(`${cameraName}: ${this.vague(`${r.pick(SHOT_SIZES)}, ${r.pick(ANGLES)}, ${r.pick(MOVES)}, ${r.pick(LENSES)}.`)}${this.trailingComment()}`);
    }
    out.push(`Lens: ${this.vague(`${r.pick(LENSES)}, ${this.list(LENS_EXTRAS, 1, 3)}.`)}`);
    const motion = `Motion: ${this.vague(`${capitalise(r.pick(SUBJECTS))} ${r.pick(ACTIONS)}, then ${r.pick(ACTIONS)};`)}`;
    out.push(motion);
    // A field continues on the next line until a blank line, another field or a heading.
    if (r.chance(0.5)) out.push(`  ${this.vague(`the camera holds as the subject ${r.pick(ACTIONS)}.`)}`);
    out.push(`Lighting: ${this.vague(`${capitalise(r.pick(LIGHTS))}, ${r.pick(LIGHTS)}.`)}`);
    if (r.chance(0.005)) out.push(`${r.pick(TYPOS)}: ${this.vague(`${r.pick(MOVES)}, ${r.pick(LENSES)}.`)}`);
    const sound = r.chance(0.1) ? 'Sound' : 'Audio';
    const cues = r.int(1, 3);
    const audio: string[] = [`${capitalise(r.pick(SOUNDS))} throughout`];
    for (const time of this.cues(start, end, cues)) audio.push(`${r.pick(SOUNDS)} at ${time}`);
    out.push(`${sound}: ${this.vague(audio.join('; '))}.`);
    if (r.chance(0.7)) {
      out.push('Dialogue:');
      const lines = r.int(1, 3);
      const times = this.cues(start, end, lines);
      for (let i = 0; i < lines; i++) {
        const speaker = r.pick(SPEAKERS);
        // Spoken words are the creator's script: never linted, so they get no vague words added.
        if (r.chance(0.75)) out.push(`  ${speaker} (${times[i]}): "${r.pick(LINES)}"`);
        else out.push(`  - ${speaker}: "${r.pick(LINES)}"`);
      }
    }
    const negatives = r.chance(0.6) ? `, no ${r.pick(NEGATIVES)}` + (r.chance(0.3) ? `, no ${r.pick(NEGATIVES)}` : '') : '';
    const styleName = r.chance(0.1) ? 'Look' : 'Style';
    out.push(`${styleName}: ${this.vague(`${capitalise(r.pick(GRADES))}, ${this.list(STYLE_BITS, 1, 2)}`)}${negatives}.`);
    if (r.chance(0.2)) {
      out.push('Avoid:');
      for (const item of this.list(AVOIDS, 2, 3).split(', ')) out.push(`  - ${item}`);
    } else {
      out.push(`Avoid: ${this.list(AVOIDS, 2, 4)}.`);
    }
    out.push('');
    return out.join('\n') + '\n';
  }
}

export interface Corpus {
  label: string;
  targetBytes: number;
  text: string;
  bytes: number;
  shots: number;
  /** Length of the clip the shots span, in seconds (the front-matter duration). */
  durationSeconds: number;
}

/** A `.sora` shot bible of at least `targetBytes` UTF-8 bytes (it stops after the shot that reaches it). */
export function generateCorpus(label: string, targetBytes: number, seed = DEFAULT_SEED): Corpus {
  const rng = new Prng(seed);
  const writer = new ShotWriter(rng);
  const header = (duration: number) =>
    `---\nmodel: sora-2\nduration: ${duration}s\nsize: 1280x720\ntitle: Benchmark shot bible (${label})\n---\n` +
    `// Generated by bench/corpus.ts (seed ${seed}); cue times count from the start of the clip.\n\n`;
  const parts: string[] = [];
  let bytes = Buffer.byteLength(header(0)) + 8; // room for the duration's digits
  let time = 0;
  let shots = 0;
  while (bytes < targetBytes) {
    const length = rng.int(3, 8);
    // Now and then a shot starts a second before the previous one ends (for shot-range-overlap).
    const start = time > 0 && rng.chance(0.005) ? time - 1 : time;
    const shot = writer.shot(shots + 1, start, time + length);
    parts.push(shot);
    bytes += Buffer.byteLength(shot);
    time += length;
    shots++;
  }
  const text = header(time) + parts.join('');
  return { label, targetBytes, text, bytes: Buffer.byteLength(text), shots, durationSeconds: time };
}

export interface CorpusStats {
  lines: number;
  words: number;
  vagueWords: number;
  timestamps: number;
}

const VAGUE_SET = new Set(VAGUE);

/** Counts that describe a corpus in the results (words are runs of letters, hyphens and apostrophes). */
export function corpusStats(text: string): CorpusStats {
  let words = 0;
  let vagueWords = 0;
  for (const match of text.matchAll(/[A-Za-z]+(?:[-'’][A-Za-z]+)*/g)) {
    words++;
    if (VAGUE_SET.has(match[0].toLowerCase())) vagueWords++;
  }
  const timestamps = text.match(/\b\d{1,2}:\d{1,2}(?::\d{2})?\b/g)?.length ?? 0;
  return { lines: text.split('\n').length, words, vagueWords, timestamps };
}

export const SIZES: ReadonlyArray<{ label: string; bytes: number }> = [
  { label: '10 KB', bytes: 10_000 },
  { label: '100 KB', bytes: 100_000 },
  { label: '1 MB', bytes: 1_000_000 },
  { label: '10 MB', bytes: 10_000_000 },
];
