// Run in a fresh Node process by bench/run.ts: requires the bundle named on the command line, with a
// stand-in for the `vscode` module (which exists only inside VS Code), and prints how long the
// require took in milliseconds: reading, compiling and running the bundle's top level, which is what
// the extension host does with dist/extension.js before it calls `activate`.
const Module = require('node:module');

// Any property of the stand-in is the stand-in, and it can be called or constructed: whatever the
// bundle touches at load, nothing fails and nothing is done.
const standIn = new Proxy(function vscode() {}, {
  get: (_target, key) => (key === Symbol.toPrimitive ? () => '' : standIn),
  apply: () => standIn,
  construct: () => standIn,
});
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: standIn };

const started = performance.now();
require(process.argv[2]);
process.stdout.write(String(performance.now() - started));
