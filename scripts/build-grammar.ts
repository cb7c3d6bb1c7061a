// Writes syntaxes/sora.tmLanguage.json from its source, syntaxes/sora.tmLanguage.src.json, filling
// in the field names from the language core so the grammar and the parser never disagree on them.
// `--check` exits 1 when the committed grammar is not what the source and the core produce.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIELDS } from '../server/src/language/fields';
import { VOCABULARY } from '../server/src/language/vocabulary';
import { escapeRegExp } from '../server/src/language/regex';
import type { TermCategory } from '../server/src/language/vocabularyTypes';

const ROOT = resolve(__dirname, '..');
const SOURCE = resolve(ROOT, 'syntaxes/sora.tmLanguage.src.json');
const TARGET = resolve(ROOT, 'syntaxes/sora.tmLanguage.json');

/** A case-insensitive alternation of names, longest first so `background sound` wins over a prefix. */
function alternation(names: readonly string[]): string {
  return [...new Set(names.map((n) => n.toLowerCase()))]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((n) => escapeRegExp(n).replace(/ /g, '[ \\t]+'))
    .join('|');
}

// The grammar colours vocabulary terms in five groups, each a scope that common themes colour.
const TERM_GROUPS: Record<string, readonly TermCategory[]> = {
  camera: ['camera-move', 'rig'],
  shot: ['shot-size', 'angle'],
  lens: ['lens', 'focus', 'exposure', 'frame-rate'],
  lighting: ['lighting'],
  audio: ['audio'],
};

function termSpellings(categories: readonly TermCategory[]): string[] {
  return VOCABULARY.filter((t) => categories.includes(t.category))
    .flatMap((t) => [t.term, ...t.aliases])
    // `50mm`, `f/1.8`, `24fps` are coloured as numbers with units already.
    .filter((s) => !/^(\d|f\/)/i.test(s));
}

export function generateGrammar(): string {
  const values: Record<string, string> = {
    ALL_FIELDS: alternation(FIELDS.flatMap((f) => [f.kind, ...f.aliases])),
    // Mirrors the parser: an unknown field is one word at the start of a line followed by a colon.
    UNKNOWN_FIELD: '[A-Za-z][A-Za-z-]*[ \\t]*:(?=\\s|$)',
  };
  for (const field of FIELDS) values[`FIELD_${field.kind}`] = alternation([field.kind, ...field.aliases]);
  for (const [group, categories] of Object.entries(TERM_GROUPS)) values[`TERMS_${group}`] = alternation(termSpellings(categories));
  const source = readFileSync(SOURCE, 'utf8');
  const filled = source.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`unknown placeholder {{${name}}} in ${SOURCE}`);
    // The value goes inside a JSON string: escape its backslashes.
    return value.replace(/\\/g, '\\\\');
  });
  const grammar = JSON.parse(filled);
  grammar.comment = `Generated from sora.tmLanguage.src.json by scripts/build-grammar.ts; edit the source. ${grammar.comment ?? ''}`.trim();
  return `${JSON.stringify(grammar, null, 2)}\n`;
}

if (require.main === module) {
  const generated = generateGrammar();
  if (process.argv.includes('--check')) {
    if (readFileSync(TARGET, 'utf8') !== generated) {
      process.stderr.write('syntaxes/sora.tmLanguage.json is out of date: run `npm run build:grammar`.\n');
      process.exit(1);
    }
  } else {
    writeFileSync(TARGET, generated);
  }
}
