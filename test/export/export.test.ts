import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { Analyzer } from '../../server/src/features/analysis';
import { curlCommand, exportAnalysis, renderExport } from '../../server/src/features/export';
import { BUILT_IN_PROFILES } from '../../server/src/language/profiles';

const ROOT = resolve(__dirname, '../..');
const GOLDEN = join(__dirname, 'golden');
const CLI = join(ROOT, 'dist/cli.js');
const FILES = [
  ...readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.sora')).map((f) => join(ROOT, 'examples', f)),
  join(__dirname, 'fixtures', 'harbour-dawn.sora'),
];
const MODELS = BUILT_IN_PROFILES.map((p) => p.id);

const ajv = new Ajv({ allErrors: true, strict: false });
const schema = (name: string) => ajv.compile(JSON.parse(readFileSync(join(__dirname, 'schemas', `${name}.schema.json`), 'utf8')));
const SCHEMAS = {
  OpenAI: schema('openai-video-create'),
  Google: schema('gemini-veo-predict'),
  Runway: schema('runway-image-to-video'),
};

function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_SNAPSHOTS || !existsSync(path)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
    if (!process.env.UPDATE_SNAPSHOTS && process.env.CI) assert.fail(`missing golden file ${path}`);
  }
  assert.equal(actual, readFileSync(path, 'utf8'), `${name} differs from its golden file`);
}

describe('export', () => {
  for (const file of FILES) {
    for (const model of MODELS) {
      const name = `${basename(file, '.sora')}.${model}`;
      it(`${name}: prompt and request match the golden files`, () => {
        const result = exportAnalysis(new Analyzer().analyze(readFileSync(file, 'utf8'), { model }));
        golden(`${name}.prompt.txt`, `${renderExport(result, 'prompt')}\n`);
        golden(`${name}.request.json`, `${renderExport(result, 'request')}\n`);
      });
    }
  }

  it("every export of a file without errors is valid against the vendor's request schema", () => {
    let validated = 0;
    for (const file of FILES) {
      for (const model of MODELS) {
        const analysis = new Analyzer({}, { today: '2026-01-01' }).analyze(readFileSync(file, 'utf8'), { model });
        if (analysis.problems.some((p) => p.severity === 'error')) continue;
        const result = exportAnalysis(analysis);
        const validate = SCHEMAS[analysis.clip.profile.vendor];
        assert.ok(validate(result.request.body), `${basename(file)} for ${model}: ${ajv.errorsText(validate.errors)}`);
        validated++;
      }
    }
    assert.ok(validated >= 8, `only ${validated} exports were free of errors`);
  });

  it('a request that breaks the schema is caught by it (the schemas are not empty)', () => {
    assert.equal(SCHEMAS.OpenAI({ model: 'sora-2', prompt: 'x', seconds: 12 }), false);
    assert.equal(SCHEMAS.Google({ instances: [{ prompt: 'x' }], parameters: { durationSeconds: 12 } }), false);
    assert.equal(SCHEMAS.Runway({ model: 'gen4_turbo', promptImage: 'https://x/y.jpg', ratio: '16:9' }), false);
  });

  it('renders shots as labelled blocks with their times, drops comments, and orders fields for the vendor', () => {
    const text = readFileSync(FILES.find((f) => f.endsWith('harbour-dawn.sora'))!, 'utf8');
    const sora = exportAnalysis(new Analyzer().analyze(text, { model: 'sora-2' })).prompt.text;
    assert.match(sora, /^Shot 1 \(00:00-00:04\) — the boats:\nScene: A fishing harbour/);
    assert.doesNotMatch(sora, /Written to fit/);
    assert.ok(sora.indexOf('Camera:') < sora.indexOf('Motion:'), 'OpenAI: cinematography before actions');
    const runway = exportAnalysis(new Analyzer().analyze(text, { model: 'runway-gen4' })).prompt.text;
    assert.match(runway, /^Shot 1 \(00:00-00:04\) — the boats:\nCamera: /, 'Runway: camera and motion first');
  });

  it('sends Avoid as a negative prompt where the model has one, and as a positive instruction where not', () => {
    const text = readFileSync(FILES.find((f) => f.endsWith('harbour-dawn.sora'))!, 'utf8');
    const veo = exportAnalysis(new Analyzer().analyze(text, { model: 'veo-3.1' }));
    assert.equal((veo.request.body.parameters as { negativePrompt: string }).negativePrompt, 'text on screen, modern logos');
    assert.doesNotMatch(veo.prompt.text, /modern logos/);
    const sora = exportAnalysis(new Analyzer().analyze(text, { model: 'sora-2' }));
    assert.match(sora.prompt.text, /\n\nKeep the frame clear of: text on screen, modern logos\.$/);
    assert.ok(sora.notes.some((n) => /no negative prompt/.test(n)), 'and says so');
  });

  it('leaves sound out for a model without audio, and says so', () => {
    const text = readFileSync(FILES.find((f) => f.endsWith('harbour-dawn.sora'))!, 'utf8');
    const result = exportAnalysis(new Analyzer().analyze(text, { model: 'runway-gen4' }));
    assert.doesNotMatch(result.prompt.text, /Audio:|Dialogue:|Fog's lifting/);
    assert.ok(result.notes.some((n) => /generates no sound/.test(n)));
  });

  it('the curl command reads the key from the environment and never embeds one', () => {
    const analysis = new Analyzer().analyze('Camera: pan', { model: 'sora-2' });
    const command = curlCommand(exportAnalysis(analysis).request);
    assert.match(command, /-H "Authorization: Bearer \$OPENAI_API_KEY"/);
    assert.match(command, /<<'SORA_REQUEST'\n\{/, 'a quoted here-document: nothing in the JSON is expanded by the shell');
    assert.doesNotMatch(command, /sk-[A-Za-z0-9]/);
  });
});

describe('sora-prompt export', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'export', ...args], { encoding: 'utf8' });
  const harbour = FILES.find((f) => f.endsWith('harbour-dawn.sora'))!;

  it('prints the prompt, the request body or a curl command', () => {
    const prompt = run(harbour);
    assert.equal(prompt.status, 0);
    assert.match(prompt.stdout, /^Shot 1 \(00:00-00:04\)/);
    const request = run('--format', 'request', '--model', 'veo-3.1', harbour);
    assert.equal(request.status, 0);
    assert.equal(JSON.parse(request.stdout).parameters.durationSeconds, 8);
    assert.match(request.stderr, /^note: The Avoid list goes to veo-3\.1's negative prompt/m);
    assert.match(run('--format', 'curl', harbour).stdout, /^curl -sS -X POST 'https:\/\/api\.openai\.com\/v1\/videos'/m);
  });

  it('refuses a file with errors (exit 1, naming the rules) unless --force', () => {
    const refused = run('--model', 'runway-gen4', join(ROOT, 'examples', 'rooftop-chase.sora'));
    assert.equal(refused.status, 1);
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, /export refused: 1 error \(duration-unsupported\); fix them, or pass --force/);
    const forced = run('--force', '--model', 'runway-gen4', join(ROOT, 'examples', 'rooftop-chase.sora'));
    assert.equal(forced.status, 0);
    assert.match(forced.stdout, /^Shot 1/);
  });

  it('exits 2 on bad usage', () => {
    assert.equal(run('--format', 'xml', harbour).status, 2);
    assert.equal(run().status, 2);
    assert.equal(run(harbour, harbour).status, 2);
  });
});

describe('export notes on a shut-down API', () => {
  it('says the Sora API refuses the request and points to the app', () => {
    const result = exportAnalysis(new Analyzer({}, { today: '2026-11-29' }).analyze('---\nmodel: sora-2\n---\nCamera: pan'));
    assert.ok(result.notes.includes('sora-2: Videos API shutdown on 2026-09-24; the API refuses this request. Paste the prompt into the Sora app instead.'), result.notes.join(' | '));
    const before = exportAnalysis(new Analyzer({}, { today: '2026-09-01' }).analyze('---\nmodel: sora-2\n---\nCamera: pan'));
    assert.ok(!before.notes.some((n) => /shutdown/.test(n)));
  });
});

describe('export notes on a size and an aspect that disagree', () => {
  const exported = (model: string) => exportAnalysis(new Analyzer({}, { today: '2026-09-01' }).analyze(`---\nmodel: ${model}\nsize: 1280x720\naspect: 9:16\n---\nCamera: pan`));

  it('says which line the request leaves out, and sends the other', () => {
    const sora = exported('sora-2');
    assert.ok(sora.notes.includes('aspect 9:16 is not sent: the frame comes from size 1280x720, a 16:9 frame.'), sora.notes.join(' | '));
    assert.equal((sora.request.body as { size: string }).size, '1280x720');
    const veo = exported('veo-3');
    assert.ok(veo.notes.includes("size 1280x720 is sent as resolution 720p only: the frame's shape comes from aspect 9:16."), veo.notes.join(' | '));
    assert.deepEqual((veo.request.body as { parameters: { aspectRatio: string; resolution: string } }).parameters.aspectRatio, '9:16');
  });

  it('says nothing for a remix, which sends no frame at all', () => {
    const remix = exportAnalysis(new Analyzer({}, { today: '2026-09-01' }).analyze('---\nmodel: sora-2\nremix: video_123\nsize: 1280x720\naspect: 9:16\n---\nCamera: pan'));
    assert.ok(!remix.notes.some((n) => /aspect/.test(n)), remix.notes.join(' | '));
    assert.equal((remix.request.body as { size?: string }).size, undefined);
  });

  it('says nothing when they agree', () => {
    const agreeing = exportAnalysis(new Analyzer({}, { today: '2026-09-01' }).analyze('---\nmodel: sora-2\nsize: 720x1280\naspect: 9:16\n---\nCamera: pan'));
    assert.ok(!agreeing.notes.some((n) => /aspect/.test(n)), agreeing.notes.join(' | '));
  });
});

describe('export of the frame for vendors that take it their own way', () => {
  it('sends Google an aspect it lists, written its way', () => {
    for (const written of ['16x9', '1.78:1', '16/9']) {
      const veo = exportAnalysis(new Analyzer({}, { today: '2026-09-01' }).analyze(`---\nmodel: veo-3\naspect: ${written}\n---\nCamera: pan`));
      assert.equal((veo.request.body as { parameters: { aspectRatio: string } }).parameters.aspectRatio, '16:9', written);
    }
  });

  it("builds a Runway request for a profile of the user's that lists no pixel sizes", () => {
    const settings = { models: { 'my-runway': { extends: 'veo-3.1', vendor: 'Runway' } } };
    const result = exportAnalysis(new Analyzer(settings, { today: '2026-09-01' }).analyze('---\nmodel: my-runway\nsize: 720p\naspect: 16:9\n---\nCamera: pan'));
    assert.equal((result.request.body as { ratio: string }).ratio, '1280:720');
  });
});
