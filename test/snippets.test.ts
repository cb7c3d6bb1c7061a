// Checks snippets/sora.json: every body is well-formed snippet syntax, tab stops are numbered 1..n
// with $0 last, and the text a snippet inserts (placeholders at their defaults, choices at their
// first option) is a sound .sora prompt: known field names and front-matter keys, shot ranges in
// order and not overlapping, a Camera in every shot, cue times inside their shot.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { lookupField } from '../server/src/language/fields';
import { FRONT_MATTER_KEYS } from '../server/src/language/frontMatterKeys';
import { BUILT_IN_PROFILES } from '../server/src/language/profiles';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const ROOT = resolve(__dirname, '..');
const snippets: Record<string, Snippet> = JSON.parse(readFileSync(resolve(ROOT, 'snippets/sora.json'), 'utf8'));

// --- a small parser for the VS Code snippet syntax we use -------------------------------------------

type Node =
  | { type: 'text'; value: string }
  | { type: 'tabstop'; index: number }
  | { type: 'placeholder'; index: number; children: Node[] }
  | { type: 'choice'; index: number; options: string[] };

/** Parses a snippet body; throws on an unclosed `${`, an unknown `${...}` form or a stray `}`. */
function parseSnippet(source: string): Node[] {
  let pos = 0;
  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${pos} in ${JSON.stringify(source)}`);
  };
  const parseNodes = (inPlaceholder: boolean): Node[] => {
    const nodes: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ type: 'text', value: text });
      text = '';
    };
    while (pos < source.length) {
      const ch = source[pos];
      if (ch === '\\' && pos + 1 < source.length && '$}\\'.includes(source[pos + 1])) {
        text += source[pos + 1];
        pos += 2;
      } else if (ch === '}') {
        if (inPlaceholder) break;
        fail('unescaped } outside a placeholder');
      } else if (ch === '$') {
        const simple = /^\$(\d+)/.exec(source.slice(pos));
        if (simple) {
          flush();
          nodes.push({ type: 'tabstop', index: Number(simple[1]) });
          pos += simple[0].length;
          continue;
        }
        const open = /^\$\{(\d+)/.exec(source.slice(pos));
        if (!open) fail('a $ that starts neither a tab stop nor a placeholder (escape it as \\$)');
        flush();
        const index = Number(open![1]);
        pos += open![0].length;
        if (source[pos] === '}') {
          pos++;
          nodes.push({ type: 'tabstop', index });
        } else if (source[pos] === ':') {
          pos++;
          const children = parseNodes(true);
          if (source[pos] !== '}') fail(`\${${index}: has no matching }`);
          pos++;
          nodes.push({ type: 'placeholder', index, children });
        } else if (source[pos] === '|') {
          pos++;
          const options: string[] = [];
          let option = '';
          for (;;) {
            if (pos >= source.length) fail(`choice \${${index}| has no closing |}`);
            const c = source[pos];
            if (c === '\\' && ',|\\$}'.includes(source[pos + 1] ?? '')) {
              option += source[pos + 1];
              pos += 2;
            } else if (c === ',') {
              options.push(option);
              option = '';
              pos++;
            } else if (c === '|') {
              options.push(option);
              pos++;
              if (source[pos] !== '}') fail(`choice \${${index}| must end with |}`);
              pos++;
              break;
            } else {
              option += c;
              pos++;
            }
          }
          nodes.push({ type: 'choice', index, options });
        } else {
          fail(`unexpected ${JSON.stringify(source[pos] ?? 'end')} after \${${index}`);
        }
      } else {
        text += ch;
        pos++;
      }
    }
    flush();
    return nodes;
  };
  const nodes = parseNodes(false);
  if (pos !== source.length) fail('unbalanced }');
  return nodes;
}

/** Tab stops in document order, descending into placeholders. */
function tabStops(nodes: Node[]): Node[] {
  return nodes.flatMap((n) => (n.type === 'text' ? [] : n.type === 'placeholder' ? [n, ...tabStops(n.children)] : [n]));
}

/** The text a snippet inserts when every placeholder keeps its default and every choice its first option. */
function expand(nodes: Node[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return n.value;
        case 'tabstop':
          return '';
        case 'placeholder':
          return expand(n.children);
        case 'choice':
          return n.options[0];
      }
    })
    .join('');
}

const bodyText = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);

// --- reading the expanded prompt -------------------------------------------------------------------

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?`;
const RANGE = new RegExp(String.raw`(?<![\w.:])(${TIME})\s*(?:-|–|\bto\b)\s*(${TIME})(?![\w:])`);
const FIELD_LINE = /^([A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*){0,3})\s*:(?=\s|$)(.*)$/;
const DIALOGUE_LINE = /^\s+(?:-\s*)?[^\s:"“”()][^:"“”()]*?\s*(?:\((\d[^)]*)\)\s*)?:\s+(["“]).+(["”])$/;

function seconds(clock: string): number {
  const parts = clock.split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

interface ShotInfo {
  heading?: string;
  start?: number;
  end?: number;
  fields: string[];
  cues: number[];
}

/** Splits expanded prompt text into front matter and shots, failing on anything a prompt should not contain. */
function readPrompt(text: string): { frontMatter: Map<string, string>; shots: ShotInfo[] } {
  const lines = text.split('\n');
  const frontMatter = new Map<string, string>();
  let i = 0;
  if (lines[0] === '---') {
    for (i = 1; i < lines.length && lines[i] !== '---'; i++) {
      const entry = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(lines[i]);
      assert.ok(entry, `front-matter line is key: value: ${JSON.stringify(lines[i])}`);
      assert.ok(entry[1].toLowerCase() in FRONT_MATTER_KEYS, `known front-matter key: ${entry[1]}`);
      frontMatter.set(entry[1].toLowerCase(), entry[2]);
    }
    assert.equal(lines[i], '---', 'front matter is closed');
    i++;
  }
  const shots: ShotInfo[] = [];
  let shot: ShotInfo | undefined;
  let field: string | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      field = undefined;
      continue;
    }
    if (/^\s*#/.test(line)) {
      const range = RANGE.exec(line);
      shot = { heading: line, fields: [], cues: [] };
      if (range) Object.assign(shot, { start: seconds(range[1]), end: seconds(range[2]) });
      shots.push(shot);
      field = undefined;
      continue;
    }
    if (!shot) shots.push((shot = { fields: [], cues: [] }));
    const fieldLine = FIELD_LINE.exec(line);
    if (fieldLine) {
      const known = lookupField(fieldLine[1]);
      assert.ok(known, `known field name: ${JSON.stringify(fieldLine[1])} in ${JSON.stringify(line)}`);
      field = known.kind;
      shot.fields.push(known.kind);
      if (known.cues) for (const cue of fieldLine[2].matchAll(new RegExp(TIME, 'g'))) shot.cues.push(seconds(cue[0]));
      continue;
    }
    assert.equal(field, 'Dialogue', `a line outside any field: ${JSON.stringify(line)}`);
    const dialogue = DIALOGUE_LINE.exec(line);
    assert.ok(dialogue, `dialogue line is Speaker (time): "words": ${JSON.stringify(line)}`);
    if (dialogue[1]) shot.cues.push(seconds(dialogue[1]));
  }
  return { frontMatter, shots };
}

// --- the tests -------------------------------------------------------------------------------------

describe('snippets/sora.json', () => {
  it('offers the expected prefixes, each with a body and a description', () => {
    const prefixes = Object.values(snippets).flatMap((s) => s.prefix);
    assert.deepEqual([...prefixes].sort(), ['avoid', 'dialogue', 'frontmatter', 'scene', 'shots2', 'shots3']);
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.ok(bodyText(snippet).trim(), `${name} has a body`);
      assert.ok(snippet.description?.trim(), `${name} has a description`);
    }
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    describe(name, () => {
      const source = bodyText(snippet);

      it('is well-formed snippet syntax', () => {
        assert.doesNotThrow(() => parseSnippet(source));
        const opens = (source.match(/(?<!\\)\$\{/g) ?? []).length;
        const closes = (source.match(/(?<!\\)\}/g) ?? []).length;
        assert.equal(opens, closes, 'every ${ has a matching }');
      });

      it('numbers its tab stops from 1 without gaps, with $0 last when used', () => {
        const stops = tabStops(parseSnippet(source));
        const numbers = [...new Set(stops.map((s) => (s.type === 'text' ? -1 : s.index)).filter((n) => n > 0))].sort((a, b) => a - b);
        assert.ok(numbers.length > 0, 'has tab stops');
        assert.deepEqual(numbers, numbers.map((_, k) => k + 1), 'tab stops 1..n');
        const finals = stops.filter((s) => s.type !== 'text' && s.index === 0);
        assert.ok(finals.length <= 1, '$0 at most once');
        if (finals.length) assert.equal(stops.at(-1), finals[0], '$0 is the last tab stop');
        assert.ok(finals.every((s) => s.type === 'tabstop'), '$0 is a plain final cursor position');
      });

      it('gives linked tab stops one default and every choice distinct, non-empty options', () => {
        const defaults = new Map<number, string>();
        for (const stop of tabStops(parseSnippet(source))) {
          if (stop.type === 'placeholder' || stop.type === 'choice') {
            const text = stop.type === 'placeholder' ? expand(stop.children) : stop.options[0];
            if (defaults.has(stop.index)) assert.equal(text, defaults.get(stop.index), `tab stop ${stop.index} default`);
            else defaults.set(stop.index, text);
          }
          if (stop.type === 'choice') {
            assert.ok(stop.options.length >= 2, `choice ${stop.index} has options`);
            assert.ok(stop.options.every((o) => o.trim()), `choice ${stop.index} has no empty option`);
            assert.equal(new Set(stop.options).size, stop.options.length, `choice ${stop.index} has no duplicates`);
          }
        }
      });

      it('expands to a sound prompt', () => {
        const text = expand(parseSnippet(source));
        assert.doesNotMatch(text, /\$\{|\$\d/, 'nothing left unexpanded');
        const { frontMatter, shots } = readPrompt(text);

        const model = frontMatter.get('model');
        if (model !== undefined) assert.ok(BUILT_IN_PROFILES.some((p) => p.id === model), `known model ${model}`);

        const headed = shots.filter((s) => s.heading);
        if (headed.length > 0) {
          assert.equal(headed.length, shots.length, 'no text before the first shot heading');
          let previousEnd = 0;
          for (const shot of headed) {
            assert.ok(shot.start !== undefined && shot.end !== undefined, `range in ${shot.heading}`);
            assert.ok(shot.start! < shot.end!, `range runs forward in ${shot.heading}`);
            assert.ok(shot.start! >= previousEnd, `ranges in order and not overlapping at ${shot.heading}`);
            previousEnd = shot.end!;
            assert.ok(shot.fields.includes('Camera'), `a Camera field in ${shot.heading}`);
            for (const cue of shot.cues) {
              assert.ok(cue >= shot.start! && cue < shot.end!, `cue at ${cue}s inside ${shot.heading}`);
            }
          }
        }
      });
    });
  }

  it('offers only built-in model ids in the front-matter model choice', () => {
    const stops = tabStops(parseSnippet(bodyText(snippets['Front matter'])));
    const modelChoice = stops.find((s) => s.type === 'choice' && s.options.includes('sora-2'));
    assert.ok(modelChoice && modelChoice.type === 'choice');
    for (const id of modelChoice.options) assert.ok(BUILT_IN_PROFILES.some((p) => p.id === id), id);
  });

  it('makes the scene template and the shot templates use every field they promise', () => {
    const fieldsOf = (name: string) =>
      readPrompt(expand(parseSnippet(bodyText(snippets[name])))).shots.map((s) => s.fields);
    assert.deepEqual(fieldsOf('Scene template'), [['Scene', 'Camera', 'Motion', 'Audio', 'Style']]);
    assert.equal(fieldsOf('Two-shot template').length, 2);
    assert.equal(fieldsOf('Three-shot template').length, 3);
    assert.deepEqual(fieldsOf('Dialogue block'), [['Dialogue']]);
    assert.deepEqual(fieldsOf('Avoid line'), [['Avoid']]);
  });
});
