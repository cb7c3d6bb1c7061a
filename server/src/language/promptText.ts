// The prompt a model receives: the tree rendered as plain text, comments dropped, fields in the order
// the vendor's prompting guide recommends, shots as labelled blocks with their times. Shared by the
// export and by the prompt-length check, so what is measured is exactly what is sent.
import { formatSeconds } from './timestamps';
import { headingParts, type Clip } from './clip';
import { shotIdentity } from './lineMover';
import type { ModelProfile, Vendor } from './profiles';
import type { Field, Shot, SoraTree, TextContext } from './tree';

// The OpenAI cookbook's Sora 2 template reads: description, cinematography, mood, actions, dialogue,
// background sound. Google's Veo guide: subject, context, action, style, camera, ambiance, audio.
// Runway's Gen-4 guide asks for motion first (the image already shows the picture).
const ORDER: Record<Vendor, readonly TextContext[]> = {
  OpenAI: ['Prose', 'Unknown', 'Scene', 'Subject', 'Camera', 'Lens', 'Lighting', 'Style', 'Motion', 'Dialogue', 'Audio'],
  Google: ['Subject', 'Prose', 'Unknown', 'Scene', 'Motion', 'Style', 'Camera', 'Lens', 'Lighting', 'Audio', 'Dialogue'],
  Runway: ['Camera', 'Motion', 'Subject', 'Prose', 'Unknown', 'Scene', 'Lighting', 'Style', 'Lens'],
};

export interface RenderedPrompt {
  /** The prompt text exactly as it would be sent. */
  text: string;
  /** The negative prompt, for models that take one (the Avoid items, joined). */
  negative?: string;
  /** What the rendering changed or left out, and why, for the person exporting. */
  notes: string[];
  /** True when rendering stopped early at `stopAfter` characters: `text` is then only the start. */
  truncated?: boolean;
}

function fieldText(field: Field): string {
  return field.segments.map((s) => s.text).join(' ').replace(/\s+/g, ' ').trim();
}

function renderField(field: Field): string | undefined {
  if (field.kind === 'Dialogue') {
    const lines = field.dialogue.map((d) => {
      const time = d.time?.seconds !== undefined ? ` (${formatSeconds(d.time.seconds)})` : '';
      return `- ${d.speaker.text}${time}: "${d.speech?.text ?? ''}"`;
    });
    const direction = fieldText(field);
    if (!lines.length && !direction) return undefined;
    return ['Dialogue:', ...(direction ? [direction] : []), ...lines].join('\n');
  }
  const text = fieldText(field);
  if (!text) return undefined;
  if (field.context === 'Prose') return text;
  return `${field.kind ?? field.name?.text ?? 'Note'}: ${text}`;
}

function shotLabelLine(shot: Shot, clip: Clip, index: number): string {
  const span = clip.spans[index];
  const { label, description } = headingParts(shot);
  return `${label} (${formatSeconds(span.start)}-${formatSeconds(span.end)})${description.length ? ` — ${description.join(', ')}` : ''}:`;
}

/** One shot as the prompt has it, and what rendering it left out. */
interface RenderedShot {
  /** The shot's block of the prompt (its label line, when labelled, then its fields), or undefined when it has no text. */
  block: string | undefined;
  avoid: string[];
  droppedSound: boolean;
  droppedCameo: boolean;
}

// The shots an edit did not touch are the same objects from one analysis to the next (see
// `Analyzer.analyze`), so each is rendered once per model, label and span rather than on every
// keystroke: the prompt-length check renders up to 128,000 characters of a long file each time.
// Keyed by the shot's identity, which a shot moved down by a new line above it keeps.
const renderedShots = new WeakMap<object, { key: string; profile: ModelProfile; rendered: RenderedShot }>();

function renderShot(shot: Shot, clip: Clip, index: number, labelled: boolean): RenderedShot {
  const profile = clip.profile;
  const span = clip.spans[index];
  const key = labelled ? `${index}\u0000${span.start}\u0000${span.end}` : '';
  const identity = shotIdentity(shot);
  const cached = renderedShots.get(identity);
  if (cached && cached.profile === profile && cached.key === key) return cached.rendered;
  const lines: string[] = [];
  for (const context of ORDER[profile.vendor]) {
    for (const field of shot.fields) {
      if (field.context !== context) continue;
      if ((field.kind === 'Audio' || field.kind === 'Dialogue') && !profile.audio.value) continue;
      const text = renderField(field);
      if (text) lines.push(text);
    }
  }
  const rendered: RenderedShot = { block: undefined, avoid: [], droppedSound: false, droppedCameo: false };
  for (const field of shot.fields) {
    if ((field.kind === 'Audio' || field.kind === 'Dialogue') && !profile.audio.value) rendered.droppedSound = true;
    if (field.kind === 'Avoid') rendered.avoid.push(...field.negatives.map((n) => n.text));
    if (field.kind === 'Cameo' && fieldText(field)) rendered.droppedCameo = true;
  }
  if (lines.length) rendered.block = labelled ? [shotLabelLine(shot, clip, index), ...lines].join('\n') : lines.join('\n');
  renderedShots.set(identity, { key, profile, rendered });
  return rendered;
}

/** The prompt before it is joined into one text: its blocks, in order, and what goes beside it. */
interface PromptParts {
  /** Each shot's block, then the Avoid list as an instruction for a model with no negative prompt. */
  blocks: string[];
  negative: string | undefined;
  notes: string[];
  truncated: boolean;
}

/** The blocks of `text` are joined with a blank line between them. */
const BLOCK_SEPARATOR = '\n\n';

function promptParts(tree: SoraTree, clip: Clip, stopAfter: number): PromptParts {
  const profile: ModelProfile = clip.profile;
  const notes: string[] = [];
  const avoid: string[] = [];
  let droppedSound = false;
  let droppedCameo = false;
  const blocks: string[] = [];
  const labelled = tree.shots.length > 1 || tree.shots.some((s) => s.heading);
  let length = 0;
  let truncated = false;

  tree.shots.forEach((shot, index) => {
    if (truncated) return;
    const rendered = renderShot(shot, clip, index, labelled);
    if (rendered.droppedSound) droppedSound = true;
    if (rendered.droppedCameo) droppedCameo = true;
    for (const item of rendered.avoid) avoid.push(item);
    if (rendered.block === undefined) return;
    blocks.push(rendered.block);
    length += rendered.block.length + BLOCK_SEPARATOR.length;
    if (length > stopAfter) truncated = true;
  });

  let negative: string | undefined;
  if (avoid.length) {
    if (profile.negativePrompt.value) {
      negative = avoid.join(', ');
      notes.push(`The Avoid list goes to ${profile.id}'s negative prompt, not into the prompt text.`);
    } else {
      // No negative-prompt parameter: say it as an instruction rather than drop it silently.
      blocks.push(`Keep the frame clear of: ${avoid.join(', ')}.`);
      notes.push(`${profile.id} takes no negative prompt: the Avoid list is written as an instruction at the end of the prompt.`);
    }
  }
  if (droppedSound) notes.push(`${profile.id} generates no sound: Audio and Dialogue fields are left out.`);
  if (droppedCameo) notes.push('Cameo lines are left out: a cameo is chosen in the app, with the person’s consent, not written in the prompt.');
  return { blocks, negative, notes, truncated };
}

export function renderPrompt(tree: SoraTree, clip: Clip, stopAfter = Infinity): RenderedPrompt {
  const { blocks, negative, notes, truncated } = promptParts(tree, clip, stopAfter);
  const rendered: RenderedPrompt = { text: blocks.join(BLOCK_SEPARATOR), notes };
  if (negative !== undefined) rendered.negative = negative;
  if (truncated) rendered.truncated = true;
  return rendered;
}

/**
 * The length in UTF-16 characters of `renderPrompt(tree, clip, stopAfter).text`, counted from the
 * same parts without joining them. Speed: the prompt-length check runs on every keystroke, and
 * joining a long file's prompt (up to 128,000 characters) was most of its cost.
 */
export function renderedPromptLength(tree: SoraTree, clip: Clip, stopAfter = Infinity): { characters: number; truncated: boolean } {
  const { blocks, truncated } = promptParts(tree, clip, stopAfter);
  let characters = blocks.length ? BLOCK_SEPARATOR.length * (blocks.length - 1) : 0;
  for (const block of blocks) characters += block.length;
  return { characters, truncated };
}

/** The length of a prompt of `characters` UTF-16 characters as the vendor counts it: characters, or tokens (estimated) for Veo. */
export function promptLength(characters: number, profile: ModelProfile): { amount: number; unit: 'characters' | 'tokens'; estimated: boolean } {
  if (profile.promptLimit.value.unit === 'characters') return { amount: characters, unit: 'characters', estimated: false };
  // Google counts tokens with its own tokenizer, which is not available offline; about four characters
  // of English make a token, so this is an estimate (the message says so).
  return { amount: Math.ceil(characters / 4), unit: 'tokens', estimated: true };
}
