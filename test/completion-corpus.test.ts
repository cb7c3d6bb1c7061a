import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Analyzer } from '../server/src/features/analysis';
import { complete } from '../server/src/features/completion';
import { cursor } from './text';

// Completions at representative positions, top of the list first, kept beside the tests so a change
// in relevance (a term moving up or down, one appearing where it should not) shows up in review.
// `UPDATE_SNAPSHOTS=1 npm run test:unit` rewrites the file after a deliberate change.
const SNAPSHOT = join(__dirname, 'corpus', 'snapshots', 'completions.txt');
const TOP = 8;

const POSITIONS: Array<[string, string]> = [
  ['empty file', '‸'],
  ['new line in a shot', '# Shot 1 — 00:00-00:04\nScene: a pier\n‸'],
  ['Camera, empty', 'Camera: ‸'],
  ['Camera, after "slow "', 'Camera: slow ‸'],
  ['Camera, "dol"', 'Camera: dol‸'],
  ['Camera, after a number', 'Camera: wide shot, 3‸'],
  ['Lens, empty', 'Lens: ‸'],
  ['Lens, "ana"', 'Lens: ana‸'],
  ['Lighting, empty', 'Lighting: ‸'],
  ['Audio, empty', '---\nduration: 8s\n---\n# Shot 1 — 00:00-00:04\nCamera: pan\nAudio: ‸'],
  ['Style, empty', 'Style: ‸'],
  ['Motion, empty', 'Motion: ‸'],
  ['Scene, empty', 'Scene: ‸'],
  ['front matter key', '---\n‸\n---'],
  ['model value', '---\nmodel: ‸\n---'],
  ['duration value, runway-gen4', '---\nmodel: runway-gen4\nduration: ‸\n---'],
  ['size value, sora-2-pro', '---\nmodel: sora-2-pro\nsize: ‸\n---'],
  ['heading after two shots', '---\nduration: 12s\n---\n# Shot 1 — 00:00-00:04\nCamera: pan\n# Shot 2 — 00:04-00:08\nCamera: tilt\n#‸'],
  ['dialogue, new line', 'Dialogue:\n  Maya: "Now."\n  Theo (00:02): "Wait."\n  ‸'],
];

function render(): string {
  return POSITIONS.map(([name, marked]) => {
    const { text, position } = cursor(marked);
    // Shown as an editor shows them: only items whose text starts with what was typed in their range.
    const line = text.split('\n')[position.line];
    const suggestions = complete(new Analyzer().analyze(text), position)
      .filter((s) => {
        const typed = line.slice(s.range.start.character, position.character).toLowerCase();
        return (s.filterText ?? s.label).toLowerCase().split(/ (?=\S)/).some((_, i, words) => words.slice(i).join(' ').startsWith(typed));
      })
      .sort((a, b) => a.sortText.localeCompare(b.sortText));
    const shown = suggestions.slice(0, TOP).map((s) => s.label).join(' | ');
    return `${name} (${suggestions.length}): ${shown}`;
  }).join('\n') + '\n';
}

describe('completion corpus snapshot', () => {
  it('matches test/corpus/snapshots/completions.txt', () => {
    const actual = render();
    if (process.env.UPDATE_SNAPSHOTS || !existsSync(SNAPSHOT)) {
      mkdirSync(join(__dirname, 'corpus', 'snapshots'), { recursive: true });
      writeFileSync(SNAPSHOT, actual);
      if (!process.env.UPDATE_SNAPSHOTS && process.env.CI) assert.fail(`missing snapshot ${SNAPSHOT}`);
    }
    assert.equal(actual, readFileSync(SNAPSHOT, 'utf8'));
  });
});
