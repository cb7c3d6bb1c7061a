// Export in the editor: copy the prompt or the API request for the file's model, and a read-only
// side view of the exported prompt that follows the text as you type. The server does the export.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_REQUEST, type ExportParams, type ExportResult, type ExportResultPayload } from '../../server/src/lsp/protocol';

const SCHEME = 'sora-export';
// Long enough to let a burst of typing settle before the view asks for a new export.
const REFRESH_MS = 300;

function viewUriFor(source: vscode.Uri): vscode.Uri {
  const name = source.path.split('/').pop() ?? 'prompt.sora';
  return vscode.Uri.from({ scheme: SCHEME, path: `/${name.replace(/\.sora$/i, '')} (exported prompt).txt`, query: source.toString() });
}

export class ExportView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.subscriptions = [
      vscode.workspace.registerTextDocumentContentProvider(SCHEME, this),
      vscode.workspace.onDidChangeTextDocument((event) => this.sourceChanged(event.document.uri)),
      this.changed,
    ];
  }

  private sourceChanged(source: vscode.Uri): void {
    const view = viewUriFor(source);
    if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === view.toString())) return;
    clearTimeout(this.timers.get(view.toString()));
    this.timers.set(view.toString(), setTimeout(() => this.changed.fire(view), REFRESH_MS));
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const result = await requestExport(this.getClient(), vscode.Uri.parse(uri.query), 'prompt');
    if (!result) return '// Open the .sora file (and let the Sora Prompt server start) to see its exported prompt.';
    const lines = [result.text];
    const footer = [
      ...result.errors.map((e) => `// error: ${e}`),
      ...result.notes.map((n) => `// note: ${n}`),
    ];
    if (footer.length) lines.push('', `// ---- ${result.model}: not part of the prompt ----`, ...footer);
    return lines.join('\n');
  }

  async open(source: vscode.Uri): Promise<void> {
    const document = await vscode.workspace.openTextDocument(viewUriFor(source));
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false, preserveFocus: true });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

export async function requestExport(client: LanguageClient | undefined, source: vscode.Uri, format: ExportParams['format']): Promise<ExportResultPayload | undefined> {
  if (!client?.isRunning()) return undefined;
  const params: ExportParams = { uri: source.toString(), format };
  const result = await client.sendRequest<ExportResult>(EXPORT_REQUEST, params);
  return result ?? undefined;
}

/** Copies an export of the active .sora file; asks first when the file has errors. */
export async function copyExport(client: LanguageClient | undefined, format: ExportParams['format'], what: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'sora') {
    void vscode.window.showInformationMessage('Sora: open a .sora file to export it.');
    return;
  }
  const result = await requestExport(client, editor.document.uri, format);
  if (!result) {
    void vscode.window.showWarningMessage('Sora: the language server is not running; see Sora: Show Output.');
    return;
  }
  if (result.errors.length) {
    const choice = await vscode.window.showWarningMessage(
      `Sora: the file has ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}; the ${what} may be rejected.`,
      { detail: result.errors.slice(0, 5).join('\n') },
      'Copy Anyway',
      'Show Problems',
    );
    if (choice === 'Show Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
    if (choice !== 'Copy Anyway') return;
  }
  await vscode.env.clipboard.writeText(result.text);
  vscode.window.setStatusBarMessage(`Sora: copied the ${what} for ${result.model}.`, 4000);
}
