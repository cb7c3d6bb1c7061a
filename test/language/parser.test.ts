import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../server/src/language/parser';
import type { Range } from '../../server/src/language/tree';
import { rangeText } from '../text';

const r = (line: number, start: number, endLine: number, end: number): Range => ({
  start: { line, character: start },
  end: { line: endLine, character: end },
});

const ROOFTOP = [
  '---',
  'model: sora-2',
  'Duration: 12s',
  '---',
  '// Two shots',
  '',
  '# Shot 1 — 00:00-00:05 — the jump',
  'Setting: Rain-soaked rooftops at night,',
  '  neon signs below.',
  'Cinematography: Wide shot, tracking, 24mm.',
  'Sound: Rain hiss; siren at 00:02; see https://example.com/ref',
  '',
  '# Shot 2 — 00:05 to 00:12',
  'Dialogue:',
  '  Courier (00:08): "Not tonight."',
  '  - Runner: “Go!”',
  'Style: Teal grade, no grain; light film grain.',
  'Avoid: logos, text on screen.',
].join('\n');

describe('parser', () => {
  const tree = parse(ROOFTOP);

  it('reads front matter keys and values with their ranges, keys lower-cased', () => {
    const fm = tree.frontMatter!;
    assert.equal(fm.closed, true);
    assert.deepEqual(fm.entries.map((e) => [e.name, e.value.text]), [['model', 'sora-2'], ['duration', '12s']]);
    assert.deepEqual(fm.entries[1].key.range, r(2, 0, 2, 8));
    assert.deepEqual(fm.entries[1].value.range, r(2, 10, 2, 13));
  });

  it('splits shots at headings and reads their time ranges', () => {
    assert.equal(tree.shots.length, 2);
    const [first, second] = tree.shots;
    assert.equal(first.heading!.title.text, 'Shot 1 — 00:00-00:05 — the jump');
    assert.equal(first.heading!.timeRange!.start.seconds, 0);
    assert.equal(first.heading!.timeRange!.end.seconds, 5);
    assert.deepEqual(first.heading!.timeRange!.end.range, r(6, 17, 6, 22));
    assert.equal(second.heading!.timeRange!.end.seconds, 12, 'a range may be joined with "to"');
    assert.deepEqual(first.range, r(6, 0, 10, 61));
  });

  it('resolves field aliases and joins continuation lines', () => {
    const fields = tree.shots[0].fields;
    assert.deepEqual(fields.map((f) => [f.name?.text, f.kind]), [['Setting', 'Scene'], ['Cinematography', 'Camera'], ['Sound', 'Audio']]);
    assert.deepEqual(fields[0].segments.map((s) => s.text), ['Rain-soaked rooftops at night,', 'neon signs below.']);
    assert.deepEqual(fields[0].segments[1].range, r(8, 2, 8, 19));
    assert.deepEqual(fields[0].range, r(7, 0, 8, 19));
  });

  it('finds timestamps in fields but never reads a URL as a comment', () => {
    const sound = tree.shots[0].fields[2];
    assert.deepEqual(sound.timestamps.map((t) => [t.text, t.seconds]), [['00:02', 2]]);
    assert.match(sound.segments[0].text, /https:\/\/example\.com\/ref$/);
    assert.deepEqual(tree.comments.map((c) => c.text), ['// Two shots']);
  });

  it('reads dialogue lines: speaker, time and the words inside the quotes', () => {
    const dialogue = tree.shots[1].fields[0];
    assert.equal(dialogue.kind, 'Dialogue');
    assert.deepEqual(
      dialogue.dialogue.map((d) => [d.speaker.text, d.time?.text, d.speech?.text]),
      [['Courier', '00:08', 'Not tonight.'], ['Runner', undefined, 'Go!']],
    );
    assert.equal(rangeText(ROOFTOP, dialogue.dialogue[0].speech!.range), 'Not tonight.');
    assert.equal(rangeText(ROOFTOP, dialogue.dialogue[1].speaker.range), 'Runner');
    assert.deepEqual(dialogue.timestamps.map((t) => t.text), ['00:08']);
  });

  it('reads negative phrases from Avoid lists and inline "no X" in Style', () => {
    const [, style, avoid] = tree.shots[1].fields;
    assert.deepEqual(style.negatives.map((n) => n.text), ['no grain']);
    assert.deepEqual(avoid.negatives.map((n) => n.text), ['logos', 'text on screen']);
    assert.equal(rangeText(ROOFTOP, avoid.negatives[1].range), 'text on screen');
  });

  it('treats text before the first heading as one implicit shot, and plain sentences as prose', () => {
    const seed = parse('A lantern rises over a river.\nScene: dusk');
    assert.equal(seed.shots.length, 1);
    assert.equal(seed.shots[0].heading, undefined);
    assert.deepEqual(seed.shots[0].fields.map((f) => f.context), ['Prose', 'Scene']);
  });

  it('marks a Name: line it does not know as an unknown field, but not inside dialogue', () => {
    const unknown = parse('Camra: slow pan\nDialogue:\nMaya: "Hi"');
    assert.deepEqual(unknown.shots[0].fields.map((f) => [f.context, f.name?.text]), [['Unknown', 'Camra'], ['Dialogue', 'Dialogue']]);
  });

  it('gives the same ranges for CRLF and LF line ends', () => {
    const crlf = parse(ROOFTOP.replace(/\n/g, '\r\n'));
    assert.deepEqual(crlf.shots.map((s) => s.range), tree.shots.map((s) => s.range));
    assert.deepEqual(crlf.shots[1].fields[0].dialogue, tree.shots[1].fields[0].dialogue);
  });

  it('counts a byte order mark as one UTF-16 unit on the first line only', () => {
    const bom = parse('\uFEFFScene: dusk\nCamera: pan');
    assert.equal(bom.hasBom, true);
    assert.deepEqual(bom.shots[0].fields[0].name!.range, r(0, 1, 0, 6));
    assert.deepEqual(bom.shots[0].fields[1].name!.range, r(1, 0, 1, 6));
    const bomFront = parse('\uFEFF---\nmodel: veo-3\n---\nScene: x');
    assert.equal(bomFront.frontMatter?.entries[0].value.text, 'veo-3');
  });

  it('counts characters in UTF-16 code units, as LSP does', () => {
    const text = 'Scene: 🎥 a cafe\nAudio: 🎵 at 00:02';
    const emoji = parse(text);
    const timestamp = emoji.shots[0].fields[1].timestamps[0];
    assert.deepEqual(timestamp.range, r(1, 13, 1, 18));
    assert.equal(rangeText(text, timestamp.range), '00:02');
  });

  it('ends an unclosed front matter where its key: value lines end', () => {
    const open = parse('---\nmodel: sora-2\nScene: dusk');
    assert.equal(open.frontMatter!.closed, false);
    assert.equal(open.shots[0].fields[0].kind, 'Scene', 'the prompt after it is still read');
  });

  it('never throws, whatever the input', () => {
    const junk = [
      '',
      '\n\n\n',
      '---',
      '---\n---',
      '#',
      'Dialogue:',
      'Dialogue: (',
      'Audio: 00:',
      '# 00:05-',
      String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 7919) % 65536)),
      '\u0000\u0001\u0002PNG\r\n\u001a\n',
      'Scene:'.repeat(1000),
    ];
    for (const text of junk) assert.doesNotThrow(() => parse(text), JSON.stringify(text.slice(0, 20)));
  });
});

describe('parser: Avoid lists written as bullets', () => {
  it('leaves the bullet out of each phrase', () => {
    const text = 'Avoid:\n  - hands in frame\n  - logos';
    const avoid = parse(text).shots[0].fields[0];
    assert.deepEqual(avoid.negatives.map((n) => n.text), ['hands in frame', 'logos']);
    assert.equal(rangeText(text, avoid.negatives[0].range), 'hands in frame');
  });
});
