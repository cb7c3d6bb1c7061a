import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { generateGrammar } from '../scripts/build-grammar';
import { BUILT_IN_PROFILES } from '../server/src/language/profiles';
import { RULES } from '../server/src/rules';

const ROOT = resolve(__dirname, '..');
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
const properties = manifest.contributes.configuration.properties;

describe('extension manifest and docs', () => {
  it('activates only on the sora language or its own commands', () => {
    const commands = manifest.contributes.commands.map((c: { command: string }) => `onCommand:${c.command}`);
    assert.deepEqual([...manifest.activationEvents].sort(), ['onLanguage:sora', ...commands].sort());
  });

  it('contributes the language, grammar and snippets from files that exist', () => {
    const [language] = manifest.contributes.languages;
    assert.deepEqual(language.extensions, ['.sora']);
    for (const path of [language.configuration, manifest.contributes.grammars[0].path, manifest.contributes.snippets[0].path, manifest.icon]) {
      assert.ok(existsSync(resolve(ROOT, path)), path);
    }
    assert.equal(manifest.contributes.grammars[0].scopeName, 'source.sora');
  });

  it('documents every rule on its own page and lists it in the settings with its default', () => {
    const ruleSettings = properties['sora.rules'].properties;
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    const index = readFileSync(resolve(ROOT, 'docs/rules/README.md'), 'utf8');
    for (const rule of RULES) {
      assert.ok(index.includes(`| [${rule.id}](${rule.id}.md) | ${rule.defaultSeverity} |`), `docs/rules/README.md lists ${rule.id} with its default`);
      const page = resolve(ROOT, 'docs/rules', `${rule.id}.md`);
      assert.ok(existsSync(page), `docs/rules/${rule.id}.md`);
      const pageText = readFileSync(page, 'utf8');
      assert.match(pageText, new RegExp(`^# ${rule.id}`));
      assert.match(pageText, new RegExp(`\\*\\*Default severity:\\*\\* ${rule.defaultSeverity}\\b`), `docs/rules/${rule.id}.md gives the default severity`);
      assert.ok(ruleSettings[rule.id], `sora.rules.${rule.id} in package.json`);
      assert.match(ruleSettings[rule.id].markdownDescription, new RegExp(`default: ${rule.defaultSeverity}`));
      assert.match(readme, new RegExp(`\\b${rule.id}\\b`), `README mentions ${rule.id}`);
    }
    assert.deepEqual(Object.keys(ruleSettings).sort(), RULES.map((r) => r.id).sort(), 'no setting for a rule that does not exist');
    assert.equal(properties['sora.rules'].additionalProperties, false, 'VS Code marks an id that is not a rule in settings.json');
  });

  it('offers every built-in model in sora.defaultModel', () => {
    assert.deepEqual(properties['sora.defaultModel'].examples, BUILT_IN_PROFILES.map((p) => p.id));
  });

  it('documents every setting', () => {
    const settingsDoc = readFileSync(resolve(ROOT, 'docs/settings.md'), 'utf8');
    for (const key of Object.keys(properties)) assert.match(settingsDoc, new RegExp(key.replace(/\./g, '\\.')), key);
  });
});

describe('the TextMate grammar', () => {
  it('is generated from its source and the core field names (run `npm run build:grammar` after editing either)', () => {
    assert.equal(readFileSync(resolve(ROOT, 'syntaxes/sora.tmLanguage.json'), 'utf8'), generateGrammar());
  });
});
