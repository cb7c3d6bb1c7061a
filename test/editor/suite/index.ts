// The in-editor suite, in the @vscode/test-electron shape: a module exporting run(), executed in VS
// Code's extension host with the full `vscode` API. Here it runs inside code-server (see
// test/editor/run.mjs); on a machine with desktop VS Code, test/editor/electron.mjs runs the same
// module through @vscode/test-electron.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

declare const ONIG_WASM: string; // set at bundle time: the path of vscode-oniguruma's onig.wasm

const EXTENSION_ID = 'sora-prompt.sora-prompt';
const DEADLINE_MS = 20_000;

function code(diagnostic: vscode.Diagnostic): string {
  const value = diagnostic.code;
  return typeof value === 'object' && value !== null ? String(value.value) : String(value);
}

/** Resolves when `check` returns a value, re-checking on every diagnostics change; fails at the deadline. */
async function waitForDiagnostics<T>(uri: vscode.Uri, check: (diagnostics: vscode.Diagnostic[]) => T | undefined, what: string): Promise<T> {
  const first = check(vscode.languages.getDiagnostics(uri));
  if (first !== undefined) return first;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}; diagnostics: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => [code(d), d.message]))}`));
    }, DEADLINE_MS);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      const value = check(vscode.languages.getDiagnostics(uri));
      if (value === undefined) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
  });
}

async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('sora').update(key, value, vscode.ConfigurationTarget.Workspace);
}

async function scopesAt(lines: string[], wanted: Array<[number, number]>): Promise<string[][]> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  const wasm = readFileSync(ONIG_WASM);
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== 'source.sora') return null;
      // The grammar file the installed extension contributes, exactly as VS Code loads it.
      const path = join(extension.extensionPath, 'syntaxes', 'sora.tmLanguage.json');
      return textmate.parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
  });
  const grammar = (await registry.loadGrammar('source.sora'))!;
  let state = textmate.INITIAL;
  const tokensByLine = lines.map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens;
  });
  return wanted.map(([line, character]) => tokensByLine[line].find((t) => t.startIndex <= character && character < t.endIndex)?.scopes ?? []);
}

/** Resolves with the first event that `accept`s, or fails at the deadline. */
function nextEvent<T>(event: vscode.Event<T>, accept: (value: T) => boolean, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, DEADLINE_MS);
    const subscription = event((value) => {
      if (!accept(value)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
  });
}

/** The live child processes of `parent`, with their command lines and environments (Linux's /proc). */
function childProcesses(parent: number): Array<{ commandLine: string[]; environment: Map<string, string> }> {
  const found = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // The parent's pid is the 4th field of /proc/PID/stat, after the command name in parentheses.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== parent) continue;
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      const environment = new Map<string, string>();
      for (const entry of readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean)) {
        const equals = entry.indexOf('=');
        environment.set(entry.slice(0, equals), entry.slice(equals + 1));
      }
      found.push({ commandLine, environment });
    } catch {
      // The process ended while it was being read.
    }
  }
  return found;
}

type Test = [name: string, body: () => Promise<void>];

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(folder, 'a workspace folder is open');
  const uri = vscode.Uri.joinPath(folder, 'draft.sora');
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const line = (n: number) => document.lineAt(n).text;

  const tests: Test[] = [
    ['a .sora file opens in the Sora Prompt language, which activates the extension', async () => {
      assert.equal(document.languageId, 'sora');
      // Activation follows the open asynchronously; the first published diagnostics prove it happened.
      await waitForDiagnostics(uri, (d) => (d.length ? true : undefined), 'the first diagnostics');
      assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'the extension is active');
    }],

    // Processes are read from Linux's /proc; elsewhere the suite says it left this check out.
    ...(process.platform !== 'linux' ? [] : [['the server process runs over stdio, and starts without the editor\'s NODE_EXTRA_CA_CERTS (Node would load those certificates at every start)', async () => {
      // run.mjs and electron.mjs start the editor with the variable set, so the extension host has it.
      assert.ok(process.env.NODE_EXTRA_CA_CERTS, 'the extension host has NODE_EXTRA_CA_CERTS set');
      const ours = join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'server.js');
      const servers = childProcesses(process.pid).filter((p) => p.commandLine.includes(ours));
      assert.equal(servers.length, 1, `one server process: ${JSON.stringify(servers.map((p) => p.commandLine))}`);
      assert.equal(servers[0].environment.get('NODE_EXTRA_CA_CERTS'), '');
      // The transport on which it reuses the bytes of unchanged diagnostics, as in every other editor.
      assert.ok(servers[0].commandLine.includes('--stdio'), servers[0].commandLine.join(' '));
    }] satisfies Test]),

    ['the contributed grammar gives TextMate scopes', async () => {
      const [heading, field, timestamp, comment, term] = await scopesAt(document.getText().split(/\r?\n/), [
        [5, 3], [6, 1], [9, 36], [4, 5], [7, 14],
      ]);
      assert.ok(heading.some((s) => s.startsWith('markup.heading')), `heading: ${heading}`);
      assert.ok(field.includes('entity.name.tag.field.sora'), `field: ${field}`);
      assert.ok(timestamp.includes('constant.numeric.time.sora'), `timestamp: ${timestamp}`);
      assert.ok(comment.includes('comment.line.double-slash.sora'), `comment: ${comment}`);
      assert.ok(term.includes('keyword.other.camera.sora'), `term: ${term}`);
    }],

    ['diagnostics arrive with rule codes and exact ranges', async () => {
      const diagnostics = await waitForDiagnostics(uri, (d) => (d.length >= 2 ? d : undefined), 'two diagnostics');
      const vague = diagnostics.find((d) => code(d) === 'vague-adjective')!;
      assert.ok(vague, 'vague-adjective reported');
      assert.equal(document.getText(vague.range), 'beautiful');
      assert.equal(vague.range.start.line, 6);
      assert.equal(vague.source, 'sora');
      assert.equal(vague.severity, vscode.DiagnosticSeverity.Warning);
      // The client links the code to the rule's page inside the installed extension.
      const target = (vague.code as { target: vscode.Uri }).target;
      assert.match(target.path, /\/docs\/rules\/vague-adjective\.md$/);
      await vscode.workspace.fs.stat(target);
      const late = diagnostics.find((d) => code(d) === 'timestamp-out-of-range')!;
      assert.equal(document.getText(late.range), '00:10');
      assert.equal(late.severity, vscode.DiagnosticSeverity.Error);
    }],

    ['completion offers camera moves in Camera and lens terms in Lens', async () => {
      const camera = await completionLabels(uri, new vscode.Position(7, line(7).length));
      for (const label of ['push-in', 'dolly zoom', 'whip pan', 'low angle']) assert.ok(camera.includes(label), `Camera offers ${label}`);
      const lens = await completionLabels(uri, new vscode.Position(8, line(8).length));
      for (const label of ['35mm', 'anamorphic', 'f/1.8']) assert.ok(lens.includes(label), `Lens offers ${label}`);
    }],

    ['snippets are listed', async () => {
      const labels = await completionLabels(uri, new vscode.Position(10, 0));
      for (const prefix of ['scene', 'shots2', 'shots3', 'dialogue']) assert.ok(labels.includes(prefix), `snippet ${prefix}: ${labels.slice(0, 30)}`);
    }],

    ['hover explains a camera term', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(7, line(7).indexOf('push-in') + 2));
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.match(text, /\*\*push-in\*\* — camera move/);
    }],

    ['a quick fix rewrites the vague word, and the warning goes away', async () => {
      const vague = await waitForDiagnostics(uri, (d) => d.find((x) => code(x) === 'vague-adjective'), 'vague-adjective');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, vague.range, vscode.CodeActionKind.QuickFix.value);
      const remove = actions.find((a) => a.title === 'Remove "beautiful"');
      assert.ok(remove?.edit, `actions: ${actions.map((a) => a.title)}`);
      assert.ok(await vscode.workspace.applyEdit(remove.edit));
      assert.equal(line(6), 'Scene: A pier at dawn, gulls on the rail.');
      await waitForDiagnostics(uri, (d) => (d.some((x) => code(x) === 'vague-adjective') ? undefined : true), 'the warning to go');
      await vscode.commands.executeCommand('undo');
      await waitForDiagnostics(uri, (d) => d.find((x) => code(x) === 'vague-adjective'), 'the warning back after undo');
    }],

    ['a disable comment: completion offers the rule reported on the next line first, and the comment silences it', async () => {
      const directive = '// sora-disable-next-line ';
      const insert = new vscode.WorkspaceEdit();
      insert.insert(uri, new vscode.Position(6, 0), `${directive}\n`);
      assert.ok(await vscode.workspace.applyEdit(insert));
      try {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(6, directive.length));
        const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
        const ranked = [...list.items].sort((a, b) => (a.sortText ?? label(a)).localeCompare(b.sortText ?? label(b)));
        assert.equal(label(ranked[0]), 'vague-adjective', `first: ${ranked.slice(0, 3).map(label)}`);
        const complete = new vscode.WorkspaceEdit();
        complete.insert(uri, new vscode.Position(6, directive.length), 'vague-adjective');
        assert.ok(await vscode.workspace.applyEdit(complete));
        await waitForDiagnostics(uri, (d) => (d.some((x) => code(x) === 'vague-adjective') ? undefined : true), 'the comment to silence the warning');
      } finally {
        const remove = new vscode.WorkspaceEdit();
        remove.delete(uri, new vscode.Range(6, 0, 7, 0));
        await vscode.workspace.applyEdit(remove);
      }
      assert.match(line(6), /^Scene: A beautiful pier/);
      await waitForDiagnostics(uri, (d) => d.find((x) => code(x) === 'vague-adjective'), 'the warning back once the comment is gone');
    }],

    ['turning a rule off in settings removes its diagnostics, and back on restores them', async () => {
      await setSetting('rules', { 'vague-adjective': 'off' });
      await waitForDiagnostics(uri, (d) => (d.some((x) => code(x) === 'vague-adjective') ? undefined : true), 'vague-adjective to disappear');
      await setSetting('rules', undefined);
      await waitForDiagnostics(uri, (d) => d.find((x) => code(x) === 'vague-adjective'), 'vague-adjective to come back');
    }],

    ['"Allow this word" writes the workspace setting', async () => {
      const vague = await waitForDiagnostics(uri, (d) => d.find((x) => code(x) === 'vague-adjective'), 'vague-adjective');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, vague.range, vscode.CodeActionKind.QuickFix.value);
      const allow = actions.find((a) => a.title === 'Allow "beautiful" in this workspace');
      assert.ok(allow?.command, `actions: ${actions.map((a) => a.title)}`);
      await vscode.commands.executeCommand(allow.command.command, ...(allow.command.arguments ?? []));
      assert.deepEqual(vscode.workspace.getConfiguration('sora').get('vagueWords.allowed'), ['beautiful']);
      await waitForDiagnostics(uri, (d) => (d.some((x) => code(x) === 'vague-adjective') ? undefined : true), 'the allowed word to be quiet');
      await setSetting('vagueWords.allowed', undefined);
      await waitForDiagnostics(uri, (d) => d.find((x) => code(x) === 'vague-adjective'), 'vague-adjective back');
    }],

    ['a mood on a person gets a warning whose first quick fix shows it in a sentence that reads', async () => {
      const insert = new vscode.WorkspaceEdit();
      insert.insert(uri, new vscode.Position(7, 0), 'Subject: A sad old man on a bench.\n');
      assert.ok(await vscode.workspace.applyEdit(insert));
      try {
        const mood = await waitForDiagnostics(uri, (d) => d.find((x) => code(x) === 'mood-on-person'), 'mood-on-person');
        assert.equal(document.getText(mood.range), 'sad');
        assert.equal(mood.severity, vscode.DiagnosticSeverity.Warning);
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, mood.range, vscode.CodeActionKind.QuickFix.value);
        const first = actions[0];
        assert.ok(first?.isPreferred && first.edit, `actions: ${actions.map((a) => a.title)}`);
        assert.match(first.title, /^Show it: /);
        assert.ok(await vscode.workspace.applyEdit(first.edit));
        assert.equal(line(7), 'Subject: An old man on a bench, staring at the ground, shoulders slumped.');
        await waitForDiagnostics(uri, (d) => (d.some((x) => code(x) === 'mood-on-person') ? undefined : true), 'the warning to go');
      } finally {
        const remove = new vscode.WorkspaceEdit();
        remove.delete(uri, new vscode.Range(7, 0, 8, 0));
        await vscode.workspace.applyEdit(remove);
      }
      assert.match(line(7), /^Camera: Slow push-in/);
    }],

    ['past sora.maxProblems a notice says so, and its quick fix shows every problem', async () => {
      await setSetting('maxProblems', 1);
      // The checks after this one need the limit lifted, whether this one passes or not.
      try {
        const notice = await waitForDiagnostics(uri, (d) => d.find((x) => code(x) === 'problem-limit'), 'the problem-limit notice');
        assert.match(notice.message, /^This file has \d+ problems and shows 1: /);
        assert.equal(vscode.languages.getDiagnostics(uri).length, 2, 'the notice and one problem');
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, notice.range, vscode.CodeActionKind.QuickFix.value);
        const showAll = actions.find((a) => a.title === 'Show every problem (sets sora.maxProblems to 0)');
        assert.ok(showAll?.command, `actions: ${actions.map((a) => a.title)}`);
        await vscode.commands.executeCommand(showAll.command.command, ...(showAll.command.arguments ?? []));
        assert.equal(vscode.workspace.getConfiguration('sora').get('maxProblems'), 0);
        await waitForDiagnostics(uri, (d) => (d.some((x) => code(x) === 'problem-limit') ? undefined : true), 'the notice to go');
      } finally {
        await setSetting('maxProblems', undefined);
      }
    }],

    ['past sora.maxProblems the shown warnings follow the cursor', async () => {
      await setSetting('maxProblems', 2);
      const shots = Array.from({ length: 30 }, (_, i) => `# Shot ${i + 1}\nCamera: static wide shot\nStyle: a beautiful harbour`);
      const long = await vscode.workspace.openTextDocument({ language: 'sora', content: shots.join('\n') });
      const editor = await vscode.window.showTextDocument(long);
      // The checks after this one need the limit lifted and the draft in front, whether this one passes or not.
      try {
        const styleLine = (shot: number) => 3 * shot + 2;
        const warningLines = (d: vscode.Diagnostic[]) => d.filter((x) => code(x) === 'vague-adjective').map((x) => x.range.start.line).join(',');
        await waitForDiagnostics(long.uri, (d) => (warningLines(d) === `${styleLine(0)},${styleLine(1)}` ? true : undefined), 'the two warnings nearest the top');
        // Moving the cursor is all: VS Code asks for the code actions there, and the server answers with that place's warnings.
        const far = new vscode.Position(styleLine(25), 0);
        editor.selection = new vscode.Selection(far, far);
        await waitForDiagnostics(long.uri, (d) => (warningLines(d).split(',').includes(String(styleLine(25))) ? true : undefined), 'the warnings near the cursor');
      } finally {
        await vscode.window.showTextDocument(long);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await setSetting('maxProblems', undefined);
        await vscode.window.showTextDocument(document);
      }
    }],

    ['the exported prompt opens beside the file and follows edits', async () => {
      await vscode.window.showTextDocument(document);
      const opened = nextEvent(vscode.workspace.onDidOpenTextDocument, (d) => d.uri.scheme === 'sora-export', 'the export view');
      await vscode.commands.executeCommand('sora.openExport');
      const view = await opened;
      assert.match(view.getText(), /^Shot 1 \(00:00-00:04\) — the pier:\nScene: A beautiful pier/);
      assert.match(view.getText(), /\/\/ error: line 10: 00:10 is past the end/);
      const updated = nextEvent(vscode.workspace.onDidChangeTextDocument, (e) => e.document === view && /gulls and terns/.test(view.getText()), 'the export view to follow the edit');
      const edit = new vscode.WorkspaceEdit();
      const at = line(6).indexOf('gulls');
      edit.replace(uri, new vscode.Range(6, at, 6, at + 'gulls'.length), 'gulls and terns');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await updated;
      await vscode.commands.executeCommand('undo');
      await vscode.window.showTextDocument(document);
    }],

    ['the restart command brings the server back', async () => {
      await vscode.commands.executeCommand('sora.restartServer');
      const labels = await completionLabels(uri, new vscode.Position(7, line(7).length));
      assert.ok(labels.includes('push-in'), 'completion answers after the restart');
      await waitForDiagnostics(uri, (d) => d.find((x) => code(x) === 'timestamp-out-of-range'), 'diagnostics after the restart');
    }],
  ];

  if (process.platform !== 'linux') console.log('EDITOR-TEST skip - the server\'s environment (no /proc on this platform)');
  let passed = 0;
  const failures: string[] = [];
  for (const [name, body] of tests) {
    try {
      await body();
      passed++;
      console.log(`EDITOR-TEST ok - ${name}`);
    } catch (error) {
      failures.push(name);
      console.log(`EDITOR-TEST not ok - ${name}: ${(error as Error)?.stack ?? error}`);
    }
  }
  console.log(`EDITOR-TEST summary: ${passed} passed, ${failures.length} failed`);
  if (failures.length) throw new Error(`${failures.length} editor test(s) failed: ${failures.join('; ')}`);
}
