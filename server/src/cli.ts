// `sora-prompt`: the language core from the command line. Prints like a compiler; never a stack trace.
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from './features/analysis';
import { RULES } from './rules';
import { fixAll } from './features/codeActions';
import { settingsWarnings } from './features/settingsWarnings';
import { EXPORT_FORMATS, exportAnalysis, renderExport, type ExportFormat } from './features/export';
import type { Severity } from './language/settings';
import type { Problem } from './rules/rule';
import { readSettingsFile } from './settingsFile';

const USAGE = `Usage: sora-prompt lint [--format text|json|sarif] [--model ID] [--config FILE] [--fix] FILE...
       sora-prompt export [--format prompt|request|curl] [--model ID] [--config FILE] [--force] FILE

lint checks .sora prompt files and prints one line per problem:
  FILE:LINE:COLUMN SEVERITY MESSAGE [RULE-ID]
export prints what the model's API receives: the prompt text (prompt, the default), the JSON body
of the create call (request), or a curl command that reads the API key from the environment (curl).
It refuses a file with errors unless --force is given. Notes about what the export changed go to
standard error.

Options:
  --format            lint: text (default), json (one array, 0-based LSP positions) or sarif
                      (SARIF 2.1.0, for code scanning);
                      export: prompt (default), request or curl
  --model ID          use this model instead of the one each file names
  --config FILE       settings as in VS Code: a settings.json with sora.* keys, or the sora section
  --force             export even when the file has errors
  --fix               lint: first apply, in place, the fixes that make no creative choice (the
                      ones VS Code's fix-all applies: typos, malformed times, values the model
                      offers), then report what is left; the file is replaced in one step
  -h, --help          show this help
  --version           print the version

Exit status: 0 when no file has errors, 1 when one has (export: when it refused), 2 on bad usage or
an unreadable file.`;

const VERSION = '0.1.0';

class UsageError extends Error {}

interface LintOptions {
  format: string;
  model?: string;
  config?: string;
  force: boolean;
  fix: boolean;
  files: string[];
}

interface JsonProblem {
  file: string;
  range: Problem['range'];
  severity: Severity;
  code: string;
  message: string;
}

function parseArguments(args: string[], formats: readonly string[]): LintOptions {
  const options: LintOptions = { format: formats[0], force: false, fix: false, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const valueOf = (name: string) => {
      const inline = arg.startsWith(`${name}=`) ? arg.slice(name.length + 1) : undefined;
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      return value;
    };
    if (arg === '--format' || arg.startsWith('--format=')) {
      const format = valueOf('--format');
      if (!formats.includes(format)) throw new UsageError(`--format must be ${formats.join(', ').replace(/, ([^,]*)$/, ' or $1')}, not "${format}"`);
      options.format = format;
    } else if (arg === '--model' || arg.startsWith('--model=')) {
      options.model = valueOf('--model').toLowerCase();
    } else if (arg === '--force') {
      options.force = true;
    } else if (arg === '--fix') {
      options.fix = true;
    } else if (arg === '--config' || arg.startsWith('--config=')) {
      options.config = valueOf('--config');
    } else if (arg === '--') {
      options.files.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      options.files.push(arg);
    }
  }
  if (!options.files.length) throw new UsageError('no files given');
  return options;
}

type Read = { text: string; bom: boolean } | { error: string };

function readPrompt(file: string): Read {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    return { error: `${file}: cannot read: ${reason}` };
  }
  // A NUL byte never occurs in text: this is an image, a video or some other binary file.
  if (bytes.includes(0)) return { error: `${file}: looks like a binary file, not a .sora prompt; skipped` };
  // Editors hide a byte order mark; dropping it keeps our columns the same as theirs.
  const text = bytes.toString('utf8');
  return { text: text.replace(/^\uFEFF/, ''), bom: text.startsWith('\uFEFF') };
}

/**
 * The text with every fix that makes no creative choice applied, pass after pass while one brings
 * another (a closed front matter lets its keys be read), and how many problems they fixed.
 */
function fixed(analyzer: Analyzer, text: string, model: string | undefined): { text: string; count: number } {
  let count = 0;
  for (let pass = 0; pass < 5; pass++) {
    const edits = fixAll(analyzer.analyze(text, { model }));
    if (!edits.length) break;
    count += edits.length;
    text = TextDocument.applyEdits(TextDocument.create('file:///fix.sora', 'sora', 1, text), edits);
  }
  return { text, count };
}

/** Replaces a file's text in one step: written beside it, then renamed over it, so no reader sees half of it. */
function replaceFile(file: string, text: string): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, { mode: statSync(file).mode });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function analyzerFor(options: LintOptions): Analyzer {
  let settings: unknown = {};
  if (options.config) {
    try {
      settings = readSettingsFile(options.config);
    } catch (error) {
      throw new UsageError(`cannot read settings: ${(error as Error).message}`);
    }
  }
  const analyzer = new Analyzer(settings);
  for (const warning of settingsWarnings(analyzer)) process.stderr.write(`sora-prompt: warning: ${warning}\n`);
  if (options.model && !analyzer.profiles.has(options.model)) {
    throw new UsageError(`unknown model "${options.model}"; known models: ${[...analyzer.profiles.keys()].join(', ')}`);
  }
  return analyzer;
}

function exportFile(options: LintOptions): number {
  if (options.fix) throw new UsageError('--fix is an option of lint, not of export');
  if (options.files.length !== 1) throw new UsageError('export takes exactly one file');
  const analyzer = analyzerFor(options);
  const [file] = options.files;
  const read = readPrompt(file);
  if ('error' in read) {
    process.stderr.write(`sora-prompt: ${read.error}\n`);
    return 2;
  }
  const analysis = analyzer.analyze(read.text, { model: options.model });
  const errors = analysis.problems.filter((p) => p.severity === 'error');
  if (errors.length && !options.force) {
    const shown = file === '-' ? '<stdin>' : relative(process.cwd(), file) || file;
    for (const problem of errors) {
      const { line, character } = problem.range.start;
      process.stderr.write(`${shown}:${line + 1}:${character + 1} error ${problem.message} [${problem.ruleId}]\n`);
    }
    const rules = [...new Set(errors.map((p) => p.ruleId))].join(', ');
    process.stderr.write(`sora-prompt: export refused: ${errors.length} error${errors.length === 1 ? '' : 's'} (${rules}); fix them, or pass --force\n`);
    return 1;
  }
  const result = exportAnalysis(analysis);
  for (const note of result.notes) process.stderr.write(`note: ${note}\n`);
  process.stdout.write(`${renderExport(result, options.format as ExportFormat)}\n`);
  return 0;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * The problems as one SARIF 2.1.0 log, as code-scanning services read it: every rule once with its
 * description and default level, every problem with its file and a 1-based region (columns in
 * UTF-16 code units, as the positions already are).
 */
function sarifLog(problems: JsonProblem[]): unknown {
  const used = new Set(problems.map((p) => p.code));
  const rules = RULES.filter((rule) => used.has(rule.id));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sora-prompt',
            version: VERSION,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
              help: { text: `See docs/rules/${rule.id}.md.` },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: problems.map((p) => ({
          ruleId: p.code,
          ruleIndex: rules.findIndex((r) => r.id === p.code),
          level: SARIF_LEVEL[p.severity],
          message: { text: p.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: p.file.split(sep).map(encodeURIComponent).join('/') },
                region: { startLine: p.range.start.line + 1, startColumn: p.range.start.character + 1, endLine: p.range.end.line + 1, endColumn: p.range.end.character + 1 },
              },
            },
          ],
        })),
      },
    ],
  };
}

function lint(options: LintOptions): number {
  const analyzer = analyzerFor(options);
  if (options.fix && options.files.includes('-')) throw new UsageError('--fix changes files in place, not standard input');
  let status = 0;
  const json: JsonProblem[] = [];
  for (const file of options.files) {
    const read = readPrompt(file);
    if ('error' in read) {
      process.stderr.write(`sora-prompt: ${read.error}\n`);
      status = 2;
      continue;
    }
    const shown = file === '-' ? '<stdin>' : relative(process.cwd(), file) || file;
    let text = read.text;
    if (options.fix) {
      const result = fixed(analyzer, text, options.model);
      if (result.count) {
        try {
          replaceFile(file, (read.bom ? '\uFEFF' : '') + result.text);
        } catch (error) {
          process.stderr.write(`sora-prompt: ${shown}: cannot write the fixes: ${(error as Error).message}\n`);
          status = 2;
          continue;
        }
        text = result.text;
        process.stderr.write(`sora-prompt: ${shown}: fixed ${result.count} problem${result.count === 1 ? '' : 's'}\n`);
      }
    }
    const { problems } = analyzer.analyze(text, { model: options.model });
    for (const problem of problems) {
      if (problem.severity === 'error' && status === 0) status = 1;
      if (options.format === 'json' || options.format === 'sarif') {
        json.push({ file: shown, range: problem.range, severity: problem.severity, code: problem.ruleId, message: problem.message });
      } else {
        const { line, character } = problem.range.start;
        process.stdout.write(`${shown}:${line + 1}:${character + 1} ${problem.severity} ${problem.message} [${problem.ruleId}]\n`);
      }
    }
  }
  if (options.format === 'json') process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  if (options.format === 'sarif') process.stdout.write(`${JSON.stringify(sarifLog(json), null, 2)}\n`);
  return status;
}

export function main(args: string[]): number {
  try {
    const [command, ...rest] = args;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (command !== 'lint' && command !== 'export') throw new UsageError(`unknown command "${command}"`);
    if (rest.includes('-h') || rest.includes('--help')) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    return command === 'lint' ? lint(parseArguments(rest, ['text', 'json', 'sarif'])) : exportFile(parseArguments(rest, EXPORT_FORMATS));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`sora-prompt: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`sora-prompt: internal error: ${(error as Error)?.message ?? error}\n`);
    return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
