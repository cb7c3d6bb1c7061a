// Bundles the in-editor suite (test/editor/suite) into one CommonJS file the extension host can
// load, for both launchers: code-server (run.mjs) and desktop VS Code (electron.mjs).
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from '../../scripts/editor/codeServer.mjs';

export async function bundleSuite(outDir) {
  const outfile = join(outDir, 'editor-suite.js');
  await esbuild.build({
    entryPoints: [join(ROOT, 'test/editor/suite/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    mainFields: ['module', 'main'],
    define: { ONIG_WASM: JSON.stringify(join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm')) },
    logLevel: 'warning',
  });
  return outfile;
}
