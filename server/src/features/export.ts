// Export: the finished prompt, the JSON body of the vendor's create call, or a ready curl command.
// The same code serves the CLI and the editor. Nothing is sent anywhere: the curl command is text
// for the creator to run, and it reads the API key from an environment variable, never embeds it.
import { frontMatterEntry } from '../language/clip';
import { frameConflict, ratioAmong, ratioName } from '../language/frame';
import { renderPrompt, type RenderedPrompt } from '../language/promptText';
import type { ModelProfile } from '../language/profiles';
import { readAspect, readResolution, readSize, resolutionName, resolutionOf, sameRatio } from '../language/frontMatterValues';
import type { Analysis } from './analysis';

export type ExportFormat = 'prompt' | 'request' | 'curl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['prompt', 'request', 'curl'];

export interface ApiRequest {
  method: 'POST';
  url: string;
  /** Headers with `$VARIABLE` standing for the secret, as a shell would expand it. */
  headers: Record<string, string>;
  /** The environment variable that holds the API key. */
  keyVariable: string;
  body: Record<string, unknown>;
}

export interface Export {
  model: string;
  prompt: RenderedPrompt;
  request: ApiRequest;
  notes: string[];
}

interface Frame {
  width: number;
  height: number;
}

/** The frame the file asks for (size, resolution or aspect), as one of the sizes the profile offers. */
function chooseFrame(analysis: Analysis, profile: ModelProfile): Frame | undefined {
  const { tree } = analysis;
  const sizeText = frontMatterEntry(tree, 'size', 'resolution')?.value.text;
  const aspectText = frontMatterEntry(tree, 'aspect')?.value.text;
  const offered = profile.sizes.value.map((s) => readSize(s)!).filter(Boolean);
  const asked = sizeText ? readSize(sizeText) : undefined;
  if (asked) return offered.find((o) => o.width === asked.width && o.height === asked.height) ?? asked;
  const aspect = aspectText ? readAspect(aspectText) : undefined;
  const short = sizeText ? readResolution(sizeText) : undefined;
  const candidates = offered.filter((o) => (!aspect || sameRatio(o, aspect)) && (short === undefined || Math.min(o.width, o.height) === short));
  return candidates[0] ?? (aspect ? undefined : offered[0]);
}

function openAiRequest(analysis: Analysis, profile: ModelProfile, prompt: RenderedPrompt, notes: string[]): ApiRequest {
  const remix = frontMatterEntry(analysis.tree, 'remix')?.value.text;
  const headers = { Authorization: 'Bearer $OPENAI_API_KEY', 'Content-Type': 'application/json' };
  if (remix) {
    notes.push(`remix: ${remix} — the request remixes that video; the model, length and size come from it.`);
    return { method: 'POST', url: `https://api.openai.com/v1/videos/${encodeURIComponent(remix)}/remix`, headers, keyVariable: 'OPENAI_API_KEY', body: { prompt: prompt.text } };
  }
  const body: Record<string, unknown> = { model: profile.apiModel, prompt: prompt.text, seconds: String(analysis.clip.duration) };
  const frame = chooseFrame(analysis, profile);
  if (frame) body.size = `${frame.width}x${frame.height}`;
  return { method: 'POST', url: 'https://api.openai.com/v1/videos', headers, keyVariable: 'OPENAI_API_KEY', body };
}

function googleRequest(analysis: Analysis, profile: ModelProfile, prompt: RenderedPrompt): ApiRequest {
  const { tree } = analysis;
  // Google takes only the ratios it lists, written its way: `16x9` or `1.78:1` is sent as `16:9`.
  const aspectText = frontMatterEntry(tree, 'aspect')?.value.text;
  const aspect = aspectText ? readAspect(aspectText) : undefined;
  const parameters: Record<string, unknown> = {
    aspectRatio: (aspect && ratioAmong(aspect, profile.aspects.value)) || aspectText || '16:9',
    durationSeconds: analysis.clip.duration,
  };
  const sizeText = frontMatterEntry(tree, 'size', 'resolution')?.value.text;
  if (sizeText) {
    const size = readSize(sizeText);
    parameters.resolution = size ? `${Math.min(size.width, size.height)}p` : resolutionName(sizeText);
  }
  if (prompt.negative) parameters.negativePrompt = prompt.negative;
  return {
    method: 'POST',
    url: `https://generativelanguage.googleapis.com/v1beta/models/${profile.apiModel}:predictLongRunning`,
    headers: { 'x-goog-api-key': '$GEMINI_API_KEY', 'Content-Type': 'application/json' },
    keyVariable: 'GEMINI_API_KEY',
    body: { instances: [{ prompt: prompt.text }], parameters },
  };
}

function runwayRequest(analysis: Analysis, profile: ModelProfile, prompt: RenderedPrompt, notes: string[]): ApiRequest {
  // A profile of the user's may list no pixel sizes; Runway's default frame then.
  const frame = chooseFrame(analysis, profile) ?? readSize(profile.sizes.value[0] ?? '1280x720')!;
  notes.push("Runway's image-to-video call needs the first frame: replace promptImage with the HTTPS address of your image.");
  return {
    method: 'POST',
    url: 'https://api.dev.runwayml.com/v1/image_to_video',
    headers: { Authorization: 'Bearer $RUNWAYML_API_SECRET', 'X-Runway-Version': '2024-11-06', 'Content-Type': 'application/json' },
    keyVariable: 'RUNWAYML_API_SECRET',
    body: {
      model: profile.apiModel,
      promptImage: 'https://example.com/first-frame.jpg',
      promptText: prompt.text,
      ratio: `${frame.width}:${frame.height}`,
      duration: analysis.clip.duration,
    },
  };
}

export function exportAnalysis(analysis: Analysis): Export {
  const profile = analysis.clip.profile;
  const prompt = renderPrompt(analysis.tree, analysis.clip);
  const notes = [...prompt.notes];
  const retirement = profile.retirement?.value;
  if (retirement && retirement.date < analysis.analyzer.today) {
    notes.push(
      retirement.continuesIn
        ? `${profile.id}: ${retirement.what} on ${retirement.date}; the API refuses this request. Paste the prompt into ${retirement.continuesIn} instead.`
        : `${profile.id}: ${retirement.what} on ${retirement.date}; the API refuses this request.${retirement.successor ? ` Use ${retirement.successor}.` : ''}`,
    );
  }
  const conflict = frameConflict(analysis.tree, profile);
  if (conflict) {
    const { sizeEntry, size, aspectEntry } = conflict;
    notes.push(
      profile.vendor === 'Google'
        ? `${sizeEntry.name} ${sizeEntry.value.text} is sent as resolution ${resolutionOf(sizeEntry.value.text)} only: the frame's shape comes from aspect ${aspectEntry.value.text}.`
        : `aspect ${aspectEntry.value.text} is not sent: the frame comes from ${sizeEntry.name} ${sizeEntry.value.text}, a ${ratioName(size)} frame.`,
    );
  }
  const request =
    profile.vendor === 'OpenAI'
      ? openAiRequest(analysis, profile, prompt, notes)
      : profile.vendor === 'Google'
        ? googleRequest(analysis, profile, prompt)
        : runwayRequest(analysis, profile, prompt, notes);
  return { model: profile.id, prompt, request, notes };
}

/** A shell command that sends the request; the key comes from the environment when it runs. */
export function curlCommand(request: ApiRequest): string {
  const headers = Object.entries(request.headers).map(([name, value]) => `  -H "${name}: ${value}" \\`);
  return [
    `# Needs ${request.keyVariable} in the environment; the key is never written here.`,
    `curl -sS -X ${request.method} '${request.url}' \\`,
    ...headers,
    "  --data-binary @- <<'SORA_REQUEST'",
    JSON.stringify(request.body, null, 2),
    'SORA_REQUEST',
  ].join('\n');
}

export function renderExport(result: Export, format: ExportFormat): string {
  switch (format) {
    case 'prompt':
      return result.prompt.text;
    case 'request':
      return JSON.stringify(result.request.body, null, 2);
    case 'curl':
      return curlCommand(result.request);
  }
}
