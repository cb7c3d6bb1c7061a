import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { cursor } from '../text';
import { LspClient } from './lspClient';

// Each feature through the real bundled server, with cursor-marker fixtures: `‸` is where the user is.
let client: LspClient;
let counter = 0;

async function openMarked(marked: string): Promise<{ uri: string; text: string; position: { line: number; character: number } }> {
  const { text, position } = marked.includes('‸') ? cursor(marked) : { text: marked, position: { line: 0, character: 0 } };
  const uri = `file:///work/feature-${++counter}.sora`;
  await client.open(uri, text);
  await client.diagnostics(uri);
  return { uri, text, position };
}

async function completionLabels(marked: string): Promise<string[]> {
  const { uri, position } = await openMarked(marked);
  const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position })) as CompletionItem[];
  return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);
}

async function completions(marked: string): Promise<{ items: CompletionItem[]; text: string }> {
  const { uri, position, text } = await openMarked(marked);
  const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position })) as CompletionItem[];
  return { items, text };
}

function accept(text: string, item: CompletionItem): string {
  const edit = item.textEdit as TextEdit;
  return TextDocument.applyEdits(TextDocument.create('file:///x.sora', 'sora', 1, text), [edit]);
}

async function hoverText(marked: string): Promise<string | undefined> {
  const { uri, position } = await openMarked(marked);
  const result = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position })) as Hover | null;
  return result ? (result.contents as { value: string }).value : undefined;
}

function applyAction(text: string, action: CodeAction): string {
  const change = action.edit!.documentChanges![0] as TextDocumentEdit;
  return TextDocument.applyEdits(TextDocument.create('file:///x.sora', 'sora', 1, text), change.edits as TextEdit[]);
}

async function actionsFor(text: string, code: string): Promise<{ uri: string; actions: CodeAction[]; diagnostic: Diagnostic }> {
  const uri = `file:///work/feature-${++counter}.sora`;
  await client.open(uri, text);
  const { diagnostics } = await client.diagnostics(uri);
  const diagnostic = diagnostics.find((d) => d.code === code);
  assert.ok(diagnostic, `expected a ${code} diagnostic, got ${diagnostics.map((d) => d.code).join(', ')}`);
  const actions = (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  })) as CodeAction[];
  return { uri, actions, diagnostic };
}

/** The code actions of one kind the server offers at the start of `line` of a freshly opened text. */
async function actionsOfKind(text: string, kind: string, line = 0): Promise<CodeAction[]> {
  const uri = `file:///work/feature-${++counter}.sora`;
  await client.open(uri, text);
  await client.diagnostics(uri);
  return (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    context: { diagnostics: [], only: [kind] },
  })) as CodeAction[];
}

describe('writing assistance through the language server', () => {
  before(async () => {
    client = new LspClient();
    // As our VS Code client: it runs the allow-word command the quick fix needs.
    await client.initialize({ clientCommands: ['sora.allowVagueWord'] });
  });
  after(async () => client.shutdown());

  describe('completion', () => {
    it('offers field names at the start of a line, inserting "Camera: "', async () => {
      const { items, text } = await completions('Scene: a pier\nCa‸');
      const camera = items.find((i) => i.label === 'Camera')!;
      assert.ok(camera, 'Camera is offered');
      assert.equal(accept(text, camera), 'Scene: a pier\nCamera: ');
      assert.equal(camera.kind, 5 /* Field */);
    });

    it('offers camera moves, shot sizes and angles in Camera, moves first', async () => {
      const labels = await completionLabels('Camera: slow ‸');
      for (const expected of ['push-in', 'dolly zoom', 'whip pan', 'crash zoom', 'extreme close-up', 'low angle', 'Steadicam']) assert.ok(labels.includes(expected), expected);
      assert.ok(labels.indexOf('push-in') < labels.indexOf('close-up'), 'moves before shot sizes');
      assert.ok(!labels.includes('key light'), 'no lighting terms in Camera');
      assert.equal(new Set(labels).size, labels.length, 'no duplicates');
    });

    it('matches multi-word and hyphenated terms on any typed prefix, replacing what was typed', async () => {
      const { items, text } = await completions('Camera: slow dolly z‸');
      const zoom = items.find((i) => i.label === 'dolly zoom')!;
      assert.equal(accept(text, zoom), 'Camera: slow dolly zoom');
      const push = (await completions('Camera: push‸')).items.find((i) => i.label === 'push-in')!;
      assert.equal(accept('Camera: push', push), 'Camera: push-in');
    });

    it('offers lens terms in Lens and after a number in Camera', async () => {
      const lens = await completionLabels('Lens: ‸');
      for (const expected of ['35mm', 'anamorphic', 'shallow depth of field', 'f/1.8', '24fps']) assert.ok(lens.includes(expected), expected);
      const { items, text } = await completions('Camera: wide shot, 5‸');
      assert.ok(items.every((i) => /^\d/.test(i.label)), 'only numbered lens terms after a number');
      assert.equal(accept(text, items.find((i) => i.label === '50mm')!), 'Camera: wide shot, 50mm');
    });

    it('offers light terms in Lighting and sound terms plus the next free cue in Audio', async () => {
      assert.ok((await completionLabels('Lighting: ‸')).includes('golden hour'));
      const audio = await completionLabels('---\nduration: 12s\n---\n# Shot 1 — 00:04-00:08\nCamera: pan\nAudio: a bell at 00:05, ‸');
      assert.equal(audio[0], 'at 00:06');
      assert.ok(audio.includes('foley'));
    });

    it("offers front-matter keys, and each key's values for the chosen model", async () => {
      assert.deepEqual(await completionLabels('---\nmodel: veo-3\n‸\n---'), ['duration', 'size', 'resolution', 'aspect', 'title', 'remix']);
      assert.deepEqual(await completionLabels('---\nmodel: veo-3\nduration: ‸\n---'), ['4s', '6s', '8s']);
      assert.deepEqual(await completionLabels('---\nmodel: sora-2\naspect: ‸\n---'), ['16:9', '9:16']);
      const models = (await completions('---\nmodel: ‸\n---')).items;
      assert.ok(models.some((m) => m.label === 'veo-3.1' && /4\/6\/8 s/.test(m.detail!)));
    });

    it('offers first the lengths the model makes at the resolution the file asks for', async () => {
      const { items } = await completions('---\nmodel: veo-3.1\nresolution: 1080p\nduration: ‸\n---');
      const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
      assert.deepEqual(sorted.map((i) => [i.label, i.detail]), [
        ['8s', 'offered by veo-3.1 at 1080p'],
        ['4s', 'offered by veo-3.1, not at 1080p'],
        ['6s', 'offered by veo-3.1, not at 1080p'],
      ]);
      assert.deepEqual(await completionLabels('---\nmodel: veo-3.1\nresolution: 720p\nduration: ‸\n---'), ['4s', '6s', '8s']);
    });

    it('offers the speakers already named, in Dialogue', async () => {
      const labels = await completionLabels('Dialogue:\n  Courier: "Go."\n  Guard: "Stop."\n  ‸');
      assert.deepEqual(labels.slice(0, 2).sort(), ['Courier', 'Guard']);
    });

    it('offers a shot heading with the next free span after #', async () => {
      const { items, text } = await completions('---\nduration: 12s\n---\n# Shot 1 — 00:00-00:04\nCamera: pan\n# ‸');
      assert.equal(items[0].label, 'Shot 2 — 00:04-00:08');
      assert.equal(accept(text, items[0]).split('\n').at(-1), '# Shot 2 — 00:04-00:08 — ');
    });

    it('offers nothing inside a comment', async () => {
      assert.deepEqual(await completionLabels('Camera: pan // slow ‸'), []);
    });
  });

  describe('hover', () => {
    it('explains a multi-word term wherever the cursor is inside it', async () => {
      assert.match((await hoverText('Camera: slow dol‸ly zoom on the face'))!, /^\*\*dolly zoom\*\* — camera move/);
      assert.match((await hoverText('Camera: slow push-i‸n'))!, /^\*\*push-in\*\*/);
    });

    it("shows a timestamp's place in the clip and its shot", async () => {
      const text = await hoverText('---\nduration: 12s\n---\n# Shot 2 — 00:04-00:12\nCamera: pan\nAudio: a bell at 00:0‸5');
      assert.equal(text, '**00:05** — 5 s of 12 s (42%), in Shot 2, 00:04-00:12');
    });

    it('explains a vague word with alternatives for the thing it describes', async () => {
      const onLight = (await hoverText('Lighting: beauti‸ful light'))!;
      assert.match(onLight, /^\*\*beautiful\*\* — vague word/);
      assert.match(onLight, /Concrete alternatives here: \*low, golden\*/);
      const onWoman = (await hoverText('Subject: a beauti‸ful woman'))!;
      assert.match(onWoman, /Concrete alternatives here: \*freckled, bright-eyed\*/);
    });

    it('explains a mood with ways to show it', async () => {
      const text = (await hoverText('Subject: A sa‸d old man on a bench.'))!;
      assert.equal(text.split('\n\n')[0], '**sad** — a mood: a camera films what a body does, not what it feels.');
      assert.match(text, /Ways to show it here: \*staring at the ground, shoulders slumped\*/);
    });

    it("shows a model's profile as a table with its sources", async () => {
      const text = (await hoverText('---\nmodel: veo‸-3\n---'))!;
      assert.match(text, /\| Durations \| 4 s, 6 s, 8 s \|/);
      assert.match(text, /Sources: .*as of \d{4}-\d{2}-\d{2}/);
    });

    it("shows the lengths a model makes only at some resolutions, in its profile and on the duration", async () => {
      assert.match((await hoverText('---\nmodel: veo‸-3.1\n---'))!, /\| Durations \| 4 s, 6 s, 8 s \|\n\| Durations by resolution \| 1080p and 4k: 8 s only \|/);
      assert.match((await hoverText('---\nmodel: veo-3.1\nduration: 8‸s\n---'))!, / Limits by resolution — 1080p and 4k: 8 s only\.$/);
      assert.doesNotMatch((await hoverText('---\nmodel: veo‸-3\n---'))!, /by resolution/);
    });

    it('explains field names and front-matter keys', async () => {
      assert.match((await hoverText('Cinemato‸graphy: wide'))!, /^\*\*Camera\*\* field \(written `Cinematography`\)/);
      assert.match((await hoverText('---\ndura‸tion: 8s\n---'))!, /^\*\*duration\*\* — The clip length/);
    });

    it('stays quiet on dialogue speech', async () => {
      assert.equal(await hoverText('Dialogue:\n  Ana: "What a beauti‸ful night"'), undefined);
    });
  });

  describe('quick fixes and fix-all', () => {
    it('vague-adjective: rewrite, remove, allow the word, or disable for the line', async () => {
      const text = 'Style: A beautiful sunset';
      const { actions } = await actionsFor(text, 'vague-adjective');
      const titles = actions.map((a) => a.title);
      assert.equal(actions[0].isPreferred, true);
      assert.ok(titles.includes('Remove "beautiful"'));
      const allow = actions.find((a) => a.title === 'Allow "beautiful" in this workspace')!;
      assert.deepEqual(allow.command, { title: allow.title, command: 'sora.allowVagueWord', arguments: ['beautiful'] });
      const disable = actions.find((a) => a.title === 'Disable vague-adjective for this line')!;
      assert.equal(applyAction(text, disable), '// sora-disable-next-line vague-adjective\nStyle: A beautiful sunset');
    });

    it('timestamp-out-of-range: move the cue to the last valid time, or lengthen the clip', async () => {
      const text = '---\nmodel: sora-2\nduration: 8s\n---\nCamera: pan\nAudio: a door at 00:10';
      const { actions } = await actionsFor(text, 'timestamp-out-of-range');
      const move = actions.find((a) => a.title === 'Move the cue to 00:07')!;
      assert.equal(applyAction(text, move).split('\n').at(-1), 'Audio: a door at 00:07');
      const longer = actions.find((a) => a.title === 'Make the clip 12 s long (duration: 12s)')!;
      assert.equal(applyAction(text, longer).split('\n')[2], 'duration: 12s');
    });

    it("refactor: Show, don't tell rewrites every mood and vague word of the shot at the cursor as one edit", async () => {
      const text = '# Shot 1\nCamera: wide\nSubject: A sad old man on a very beautiful bench.\n# Shot 2\nCamera: pan\nSubject: A happy child.';
      const actions = await actionsOfKind(text, 'refactor', 2);
      assert.equal(actions.length, 1);
      assert.equal(actions[0].kind, 'refactor.rewrite.sora.show');
      assert.equal(actions[0].title, "Show, don't tell: rewrite the 3 moods and vague words of this shot");
      const after = applyAction(text, actions[0]).split('\n');
      assert.equal(after[2], 'Subject: An old man on a polished bench, staring at the ground, shoulders slumped.');
      assert.equal(after[5], 'Subject: A happy child.', 'the other shot is left as it was');
    });

    it('missing-camera: adds a Camera line under the heading', async () => {
      const text = '# Shot 1 — 00:00-00:04\nScene: a pier';
      const { actions } = await actionsFor(text, 'missing-camera');
      assert.equal(applyAction(text, actions[0]), '# Shot 1 — 00:00-00:04\nCamera: static wide shot, eye level\nScene: a pier');
    });

    it('fix-all applies every automatic fix and leaves word choices alone', async () => {
      // 0:5 is put right (00:05); 00:75 would be 01:15, past the end of the 12 s clip, so fix-all leaves it.
      const text = '---\nmodle: sora-2\nduration: 10s\n---\nCamra: pan\nAudio: a bell at 0:5, a horn at 00:75\nStyle: epic';
      const actions = await actionsOfKind(text, 'source.fixAll');
      assert.equal(actions.length, 1);
      assert.equal(actions[0].kind, 'source.fixAll.sora');
      assert.equal(applyAction(text, actions[0]), '---\nmodel: sora-2\nduration: 12s\n---\nCamera: pan\nAudio: a bell at 00:05, a horn at 00:75\nStyle: epic');
    });
  });

  describe('structure', () => {
    it('outlines shots with their spans, holding their fields', async () => {
      const { uri } = await openMarked('---\nduration: 12s\n---\n# Shot 1 — 00:00-00:05 — the jump\nCamera: wide\nAudio: rain\n# Shot 2 — 00:05-00:12\nCamera: push-in');
      const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
      assert.deepEqual(symbols.map((s) => [s.name, s.detail]), [['Front matter', 'sora-2, 12 s'], ['Shot 1', '00:00-00:05 · the jump'], ['Shot 2', '00:05-00:12']]);
      assert.deepEqual(symbols[1].children!.map((c) => c.name), ['Camera', 'Audio']);
      assert.deepEqual(symbols[1].range, { start: { line: 3, character: 0 }, end: { line: 5, character: 11 } });
    });

    it('folds the front matter, each shot and long fields', async () => {
      const { uri } = await openMarked('---\nmodel: sora-2\n---\n# Shot 1\nScene: a pier,\n  at dawn\nCamera: pan\n# Shot 2\nCamera: tilt');
      const ranges = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
      assert.deepEqual(ranges.map((r) => [r.startLine, r.endLine]), [[0, 2], [3, 6], [4, 5], [7, 8]]);
    });
  });

  describe('formatting', () => {
    const messy = '---\nMODEL:sora-2\nduration:   12s  \n---\n##Shot 1 — 0:00 to 0:05 — the jump  \ncinematography:wide shot\nAUDIO:   rain at 0:02; thud at 00:04.5   \nDialogue:\n  Ana (0:03):   "Go,  now!"   \n// a  comment   \nStyle:  A  beautiful  sunset\n';

    async function formatted(text: string): Promise<string> {
      const uri = `file:///work/feature-${++counter}.sora`;
      await client.open(uri, text);
      const edits = (await client.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })) as TextEdit[];
      return TextDocument.applyEdits(TextDocument.create(uri, 'sora', 1, text), edits);
    }

    it('canonicalises names, colons, cue times and headings, and never touches words, speech or comments', async () => {
      assert.equal(
        await formatted(messy),
        '---\nmodel: sora-2\nduration: 12s\n---\n# Shot 1 — 00:00-00:05 — the jump\nCamera: wide shot\nAudio: rain at 00:02; thud at 00:04.5\nDialogue:\n  Ana (00:03):   "Go,  now!"\n// a  comment\nStyle: A  beautiful  sunset\n',
      );
    });

    it('is idempotent', async () => {
      const once = await formatted(messy);
      assert.equal(await formatted(once), once);
    });

    it('formats only the lines of a range', async () => {
      const uri = `file:///work/feature-${++counter}.sora`;
      const text = 'scene:a\nSOUND:  b';
      await client.open(uri, text);
      const edits = (await client.connection.sendRequest('textDocument/rangeFormatting', {
        textDocument: { uri },
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } },
        options: { tabSize: 2, insertSpaces: true },
      })) as TextEdit[];
      assert.equal(TextDocument.applyEdits(TextDocument.create(uri, 'sora', 1, text), edits), 'scene:a\nAudio: b');
    });
  });
});
