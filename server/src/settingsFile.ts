import { readFileSync } from 'node:fs';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/**
 * Reads settings for the command line from a JSON file: either the `sora` section itself
 * (`{ "rules": { ... } }`) or a VS Code settings.json with `sora.*` keys (comments allowed), so a
 * project's `.vscode/settings.json` gives the CLI the same checks as the editor.
 */
export function readSettingsFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    // Said in words, not as Node's "EISDIR: illegal operation on a directory, read".
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new Error(`${path}: is a folder; --config takes a settings file, such as .vscode/settings.json`);
    if (code === 'ENOENT') throw new Error(`${path}: no such file`);
    if (code === 'EACCES') throw new Error(`${path}: not allowed to read it`);
    throw error;
  }
  const errors: ParseError[] = [];
  const data = parse(text, errors, { allowTrailingComma: true });
  if (errors.length) {
    const first = errors[0];
    throw new Error(`${path}: not valid JSON (${printParseErrorCode(first.error)} at offset ${first.offset})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${path}: expected a JSON object`);
  const settings: Record<string, unknown> = {};
  let hasDotted = false;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === 'sora' && typeof value === 'object') Object.assign(settings, value);
    if (!key.startsWith('sora.')) continue;
    hasDotted = true;
    const path = key.slice('sora.'.length).split('.');
    let target = settings;
    for (const part of path.slice(0, -1)) {
      target[part] = typeof target[part] === 'object' && target[part] !== null ? target[part] : {};
      target = target[part] as Record<string, unknown>;
    }
    target[path[path.length - 1]] = value;
  }
  return hasDotted || 'sora' in (data as object) ? settings : data;
}
