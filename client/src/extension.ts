// The VS Code side: starts the language server, and shows its health and the active file's clip.
// It decides nothing about the language; that is the server's job.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { copyExport, ExportView } from './exportView';
import {
  ALLOW_WORD_COMMAND,
  CLIP_INFO_REQUEST,
  rulePagePath,
  SHOW_ALL_PROBLEMS_COMMAND,
  type ClipInfoParams,
  type ClipInfoResult,
  type InitializationOptions,
} from '../../server/src/lsp/protocol';
import { SERVER_ENVIRONMENT } from '../../server/src/lsp/launch';

const LANGUAGE_ID = 'sora';
// Long enough to let a burst of typing settle before asking the server again.
const STATUS_REFRESH_MS = 300;

let client: LanguageClient | undefined;

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  // The client adds `env` to the extension host's own environment (see SERVER_ENVIRONMENT for why).
  // Over stdio, as every other editor, the tests and the benchmark start it: one transport to test,
  // and the one on which the server reuses the bytes of unchanged diagnostics (lsp/messageBytes.ts).
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: { env: SERVER_ENVIRONMENT } },
    debug: { module, transport: TransportKind.stdio, options: { env: SERVER_ENVIRONMENT, execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    synchronize: { configurationSection: 'sora' },
    outputChannel: output,
    initializationOptions: { linksRulePages: true, clientCommands: [ALLOW_WORD_COMMAND, SHOW_ALL_PROBLEMS_COMMAND] } satisfies InitializationOptions,
    middleware: {
      // The server leaves the links to the rule pages out of its diagnostics (see
      // `linksRulePages`): they are added here, from the pages shipped in the extension.
      handleDiagnostics(uri, diagnostics, next) {
        for (const diagnostic of diagnostics) {
          if (diagnostic.source === 'sora' && typeof diagnostic.code === 'string') {
            diagnostic.code = { value: diagnostic.code, target: rulePage(context.extensionUri, diagnostic.code) };
          }
        }
        next(uri, diagnostics);
      },
    },
  };
  // The id `sora` makes the client read `sora.trace.server` for protocol tracing.
  return new LanguageClient('sora', 'Sora Prompt Language Server', serverOptions, clientOptions);
}

/**
 * Where a command writes a setting, and the value there now: the folder's settings when the value
 * is set there (they win over the workspace's), else the workspace's, else (no folder open) the user's.
 */
function settingTarget<T>(config: vscode.WorkspaceConfiguration, key: string): { target: vscode.ConfigurationTarget; where: string; value: T | undefined } {
  const inspected = config.inspect<T>(key);
  if (inspected?.workspaceFolderValue !== undefined) {
    return { target: vscode.ConfigurationTarget.WorkspaceFolder, where: 'in this folder', value: inspected.workspaceFolderValue };
  }
  if (vscode.workspace.workspaceFolders?.length) return { target: vscode.ConfigurationTarget.Workspace, where: 'in this workspace', value: inspected?.workspaceValue };
  return { target: vscode.ConfigurationTarget.Global, where: 'in your user settings', value: inspected?.globalValue };
}

const rulePages = new Map<string, vscode.Uri>();

function rulePage(root: vscode.Uri, code: string): vscode.Uri {
  let page = rulePages.get(code);
  if (!page) {
    page = vscode.Uri.joinPath(root, ...rulePagePath(code));
    rulePages.set(code, page);
  }
  return page;
}

class ClipStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sora.clip', vscode.StatusBarAlignment.Right, 100);
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.item.name = 'Sora Prompt: model and clip length';
    this.item.command = 'sora.showOutput';
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.refreshSoon(STATUS_REFRESH_MS);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('sora')) this.refreshSoon(STATUS_REFRESH_MS);
      }),
    ];
  }

  refreshSoon(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const client = this.getClient();
    if (!document || document.languageId !== LANGUAGE_ID || !client?.isRunning()) {
      this.item.hide();
      return;
    }
    try {
      const params: ClipInfoParams = { uri: document.uri.toString() };
      const info = await client.sendRequest<ClipInfoResult>(CLIP_INFO_REQUEST, params);
      if (!info || vscode.window.activeTextEditor?.document !== document) return;
      this.item.text = `$(device-camera-video) ${info.model} · ${info.duration} s`;
      const tooltip = new vscode.MarkdownString();
      tooltip.appendMarkdown(`**${info.modelName}** (from ${info.modelFrom})\n\n`);
      tooltip.appendMarkdown(`Clip: ${info.duration} s (from ${info.durationFrom}), ${info.shots} shot${info.shots === 1 ? '' : 's'}`);
      this.item.tooltip = tooltip;
      this.item.backgroundColor = info.modelKnown ? undefined : new vscode.ThemeColor('statusBarItem.warningBackground');
      this.item.show();
    } catch {
      // The server is restarting or gone; the next edit or editor switch asks again.
      this.item.hide();
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Sora Prompt', { log: true });
  const status = new ClipStatus(() => client);
  const exportView = new ExportView(() => client);
  context.subscriptions.push(output, status, exportView);

  const start = async () => {
    client = createClient(context, output);
    try {
      await client.start();
    } catch (error) {
      output.appendLine(`The Sora Prompt language server did not start: ${(error as Error)?.message ?? error}`);
      void vscode.window.showErrorMessage('Sora Prompt: the language server did not start. See the output for details.', 'Show Output')
        .then((choice) => choice && output.show());
    }
    status.refreshSoon(0);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('sora.restartServer', async () => {
      output.appendLine('Restarting the Sora Prompt language server.');
      const previous = client;
      client = undefined;
      await previous?.stop().catch(() => undefined);
      await start();
    }),
    vscode.commands.registerCommand('sora.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('sora.copyPrompt', () => copyExport(client, 'prompt', 'prompt')),
    vscode.commands.registerCommand('sora.copyRequest', () => copyExport(client, 'request', 'API request')),
    vscode.commands.registerCommand('sora.openExport', async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor?.document.languageId !== 'sora') {
        void vscode.window.showInformationMessage('Sora: open a .sora file to see its exported prompt.');
        return;
      }
      await exportView.open(editor.document.uri);
    }),
    // Run by the "Allow this word" quick fix: the server cannot write settings, the editor can.
    vscode.commands.registerCommand(ALLOW_WORD_COMMAND, async (word: unknown) => {
      if (typeof word !== 'string' || !word) return;
      const config = vscode.workspace.getConfiguration('sora', vscode.window.activeTextEditor?.document.uri);
      const { target, where, value } = settingTarget<string[]>(config, 'vagueWords.allowed');
      const current = value ?? [];
      if (!current.includes(word)) await config.update('vagueWords.allowed', [...current, word], target);
      vscode.window.setStatusBarMessage(`Sora: "${word}" is allowed ${where}.`, 4000);
    }),
    vscode.commands.registerCommand(SHOW_ALL_PROBLEMS_COMMAND, async (uri: unknown) => {
      const scope = typeof uri === 'string' ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri;
      const config = vscode.workspace.getConfiguration('sora', scope);
      const { target, where } = settingTarget<number>(config, 'maxProblems');
      await config.update('maxProblems', 0, target);
      vscode.window.setStatusBarMessage(`Sora: every problem is shown ${where}.`, 4000);
    }),
  );

  await start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
