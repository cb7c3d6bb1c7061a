// The floor under the extension's load time: a bundle of `vscode-languageclient`'s LanguageClient
// and nothing else, built like dist/extension.js. Loading it is what any VS Code extension with a
// language client pays before its own code runs. Used only by the benchmark, never shipped.
export { LanguageClient } from 'vscode-languageclient/node';
