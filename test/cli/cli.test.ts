import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const CLI = resolve(__dirname, '../../dist/cli.js');
const EXAMPLES = resolve(__dirname, '../../examples');

function run(args: string[], cwd = process.cwd()) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'sora-cli-'));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('sora-prompt lint', () => {
  it('lints every example with no alarm (hints are advice) and exits 0', () => {
    const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.sora')).map((f) => join(EXAMPLES, f));
    assert.ok(examples.length >= 3);
    const result = run(['lint', ...examples]);
    const alarms = result.stdout.split('\n').filter((line) => line && !/^\S+:\d+:\d+ hint /.test(line));
    assert.deepEqual(alarms, []);
    assert.equal(result.stderr, '');
    assert.equal(result.status, 0);
  });

  it('prints compiler-style lines and exits 1 when there are errors', () => {
    const path = file('sunset.sora', '---\nduration: 12s\n---\nStyle: A beautiful sunset\nAudio: gulls at 00:15\nCamera: pan\n');
    const result = run(['lint', 'sunset.sora'], dir);
    assert.equal(result.status, 1);
    const lines = result.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^sunset\.sora:4:10 warning "beautiful" is a judgement, not something a camera can film\. .* \[vague-adjective\]$/);
    assert.equal(lines[1], 'sunset.sora:5:17 error 00:15 is past the end of the 12 s clip: nothing plays there. [timestamp-out-of-range]');
    void path;
  });

  it('exits 0 when there are only warnings', () => {
    const path = file('warn.sora', 'Camera: pan\nStyle: A beautiful sunset\n');
    const result = run(['lint', path]);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /\[vague-adjective\]/);
  });

  it('prints one JSON array with 0-based LSP ranges for --format json', () => {
    const path = file('json.sora', '---\nduration: 12s\n---\nStyle: A beautiful sunset\nAudio: gulls at 00:15\nCamera: pan\n');
    const result = run(['lint', '--format', 'json', path], dir);
    assert.equal(result.status, 1);
    const problems = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(problems[0]).sort(), ['code', 'file', 'message', 'range', 'severity']);
    assert.deepEqual(problems.map((p: { code: string; severity: string; range: unknown }) => [p.code, p.severity, p.range]), [
      ['vague-adjective', 'warning', { start: { line: 3, character: 9 }, end: { line: 3, character: 18 } }],
      ['timestamp-out-of-range', 'error', { start: { line: 4, character: 16 }, end: { line: 4, character: 21 } }],
    ]);
    assert.equal(problems[0].file, 'json.sora');
  });

  it('checks against another model with --model', () => {
    const path = file('model.sora', '---\nmodel: sora-2\nduration: 12s\n---\nScene: a pier\nCamera: pan\n');
    assert.equal(run(['lint', path]).status, 0);
    const result = run(['lint', '--model', 'veo-3', path]);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /veo-3 does not make 12 s clips; it offers 4s, 6s, 8s\. \[duration-unsupported\]/);
  });

  it('exits 2 with a clear message on bad usage, never a stack trace', () => {
    for (const args of [[], ['lint'], ['lint', '--format', 'xml', 'a.sora'], ['lint', '--bogus', 'a.sora'], ['frobnicate'], ['lint', '--model', 'sora-9', 'a.sora']]) {
      const result = run(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.doesNotMatch(result.stderr + result.stdout, /\n\s+at /, 'no stack trace');
      assert.match(result.stderr + result.stdout, /Usage: sora-prompt lint/);
    }
  });

  it('exits 2 for an unreadable file but still lints the others', () => {
    const good = file('good.sora', 'Camera: pan\nStyle: epic\n');
    const result = run(['lint', join(dir, 'missing.sora'), good]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /missing\.sora: cannot read: no such file/);
    assert.match(result.stdout, /good\.sora:2:8 warning .*\[vague-adjective\]/);
    assert.match(run(['lint', dir]).stderr, /is a folder, not a file/);
  });

  it('refuses a binary file with a clear message and exit 2', () => {
    const path = file('clip.sora', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const result = run(['lint', path]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /looks like a binary file, not a \.sora prompt/);
  });

  it('reads CRLF and BOM files with the same positions as an editor (which hides the BOM)', () => {
    const path = file('crlf.sora', '\uFEFFStyle: epic\r\nAudio: at 00:75\r\nCamera: pan\r\n');
    const problems = JSON.parse(run(['lint', '--format=json', path]).stdout);
    assert.deepEqual(problems.map((p: { code: string; range: { start: unknown } }) => [p.code, p.range.start]), [
      ['vague-adjective', { line: 0, character: 7 }],
      ['timestamp-malformed', { line: 1, character: 10 }],
    ]);
  });
});

describe('sora-prompt lint --config', () => {
  it("reads a VS Code settings.json (comments allowed) and applies its rules and words", () => {
    const settings = file('settings.json', '{\n  // project settings\n  "sora.rules": { "vague-adjective": "error" },\n  "sora.vagueWords.allowed": ["epic"],\n}\n');
    const path = file('config.sora', 'Camera: pan\nStyle: epic and stunning\n');
    const result = run(['lint', '--config', settings, '--format', 'json', path]);
    assert.equal(result.status, 1);
    assert.deepEqual(JSON.parse(result.stdout).map((p: { code: string; severity: string }) => [p.code, p.severity]), [['vague-adjective', 'error']]);
  });

  it('reads the sora section on its own, and says so clearly when the file is bad', () => {
    const section = file('sora.json', '{ "rules": { "vague-adjective": "off" } }');
    assert.equal(run(['lint', '--config', section, file('quiet.sora', 'Camera: pan\nStyle: epic\n')]).stdout, '');
    const broken = file('broken.json', '{ "rules": ');
    const result = run(['lint', '--config', broken, join(dir, 'quiet.sora')]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cannot read settings: .*broken\.json: not valid JSON/);
  });

  it('says in words that a folder is not a settings file (not Node\'s EISDIR)', () => {
    const result = run(['lint', '--config', dir, join(dir, 'quiet.sora')]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cannot read settings: .*: is a folder; --config takes a settings file/);
    assert.doesNotMatch(result.stderr, /EISDIR/);
  });

  it('warns on stderr about settings that do nothing, and still lints', () => {
    const settings = file('typos.json', '{ "sora.defaultModel": "sora-3", "sora.rules": { "vague-adjectiv": "off" } }');
    const result = run(['lint', '--config', settings, file('typos.sora', 'Camera: pan\nStyle: epic\n')]);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /\[vague-adjective\]/, 'the misspelt id switched nothing off');
    assert.deepEqual(result.stderr.trim().split('\n'), [
      'sora-prompt: warning: sora.defaultModel is "sora-3", which names no model profile (did you mean "sora-2"?): files without a "model:" line are checked against sora-2. Known models: sora-2, sora-2-pro, veo-3, veo-3.1, runway-gen3, runway-gen4; add your own in sora.models.',
      'sora-prompt: warning: sora.rules names "vague-adjectiv", which is not a rule, so its setting does nothing. Did you mean "vague-adjective"?',
    ]);
  });
});

describe('sora-prompt lint --fix', () => {
  // One file per rule whose fix makes no creative choice, with the text --fix must leave.
  const CASES: Array<[string, string, string]> = [
    ['unknown-front-matter-key', '---\nmodle: veo-3\n---\nCamera: pan\n', '---\nmodel: veo-3\n---\nCamera: pan\n'],
    ['unknown-model', '---\nmodel: veo3\n---\nCamera: pan\n', '---\nmodel: veo-3\n---\nCamera: pan\n'],
    ['duration-unsupported', '---\nmodel: sora-2\nduration: 10s\n---\nCamera: pan\n', '---\nmodel: sora-2\nduration: 12s\n---\nCamera: pan\n'],
    ['size-unsupported', '---\nmodel: sora-2\nsize: 1920x1080\n---\nCamera: pan\n', '---\nmodel: sora-2\nsize: 1280x720\n---\nCamera: pan\n'],
    ['aspect-unsupported', '---\nmodel: sora-2\naspect: 4:3\n---\nCamera: pan\n', '---\nmodel: sora-2\naspect: 16:9\n---\nCamera: pan\n'],
    ['front-matter-unclosed', '---\nmodel: sora-2\n', '---\nmodel: sora-2\n---\n'],
    ['unknown-field', 'Camra: pan\n', 'Camera: pan\n'],
    ['timestamp-malformed', 'Camera: pan\nAudio: a bell at 0:5\n', 'Camera: pan\nAudio: a bell at 00:05\n'],
    ['disable-comment-invalid', 'Camera: pan\n// sora-disable-next-line vague-adjectiv\nStyle: epic\n', 'Camera: pan\n// sora-disable-next-line vague-adjective\nStyle: epic\n'],
    ['negation-in-avoid', '---\nmodel: veo-3\n---\nCamera: pan\nAvoid: no logos\n', '---\nmodel: veo-3\n---\nCamera: pan\nAvoid: logos\n'],
  ];
  for (const [rule, before, after] of CASES) {
    it(`${rule}: fixes the file in place, says so, and reports what is left`, () => {
      const path = file(`fix-${rule}.sora`, before);
      const result = run(['lint', '--fix', '--format', 'json', path]);
      assert.equal(readFileSync(path, 'utf8'), after);
      assert.match(result.stderr, /: fixed \d+ problems?\n$/);
      assert.ok(!JSON.parse(result.stdout).some((p: { code: string }) => p.code === rule), `${rule} is left: ${result.stdout}`);
    });
  }

  it('keeps a byte order mark, CRLF line ends, comments and every word; leaves a file with nothing to fix untouched', () => {
    const path = file('fix-crlf.sora', '\uFEFF---\r\nmodle: sora-2 // the model\r\n---\r\nCamra: pan // slow\r\nStyle: a beautiful sunset\r\n');
    run(['lint', '--fix', path]);
    assert.equal(readFileSync(path, 'utf8'), '\uFEFF---\r\nmodel: sora-2 // the model\r\n---\r\nCamera: pan // slow\r\nStyle: a beautiful sunset\r\n');
    const clean = file('fix-clean.sora', 'Camera: pan\n');
    const result = run(['lint', '--fix', clean]);
    assert.equal(result.stderr, '');
    assert.equal(readFileSync(clean, 'utf8'), 'Camera: pan\n');
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left behind');
  });

  it('refuses standard input and the export command', () => {
    assert.equal(run(['lint', '--fix', '-']).status, 2);
    assert.match(run(['lint', '--fix', '-']).stderr, /--fix changes files in place, not standard input/);
    assert.match(run(['export', '--fix', file('fix-export.sora', 'Camera: pan\n')]).stderr, /--fix is an option of lint/);
  });
});

describe('sora-prompt lint --format sarif', () => {
  it('writes one SARIF 2.1.0 log that the official schema accepts, with every problem at its place', () => {
    // The OASIS schema (2.1.0-rtm.5) as schemastore and @microsoft/jest-sarif publish it, kept in the repository (no download at test time).
    const schema = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
    const Ajv = require('ajv-draft-04') as new (options: object) => { compile(schema: unknown): ((data: unknown) => boolean) & { errors?: unknown } };
    // The schema's language pattern is not valid in Unicode mode, which the schema's JSON Schema draft predates.
    const validate = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }).compile(schema);
    const path = file('scan.sora', '---\nduration: 12s\n---\nStyle: A beautiful sunset\nAudio: gulls at 00:15\nSubject: A sad old man on a bench.\nCamera: pan\n');
    const result = run(['lint', '--format', 'sarif', 'scan.sora'], dir);
    assert.equal(result.status, 1, 'errors still set the exit status');
    const log = JSON.parse(result.stdout);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const [run0] = log.runs;
    assert.equal(run0.tool.driver.name, 'sora-prompt');
    const results = run0.results.map((r: { ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }) => [
      r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region.startLine, r.locations[0].physicalLocation.region.startColumn,
    ]);
    assert.deepEqual(results, [
      ['vague-adjective', 'warning', 'scan.sora', 4, 10],
      ['timestamp-out-of-range', 'error', 'scan.sora', 5, 17],
      ['mood-on-person', 'warning', 'scan.sora', 6, 12],
    ]);
    assert.deepEqual(run0.tool.driver.rules.map((r: { id: string }) => r.id), ['timestamp-out-of-range', 'vague-adjective', 'mood-on-person'], 'each rule once, in the order the rules run');
  });

  it('writes a valid, empty log for a clean file', () => {
    const result = run(['lint', '--format', 'sarif', file('scan-clean.sora', 'Camera: pan\n')]);
    assert.equal(result.status, 0);
    assert.deepEqual(JSON.parse(result.stdout).runs[0].results, []);
  });
});
