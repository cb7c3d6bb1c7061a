// Bundles the extension client, the language server and the CLI with esbuild.
// `--watch` rebuilds on change; `--dev` keeps the output readable with source maps; `--analyze`
// also prints what each input contributes to each bundle, in bytes (esbuild's metafile).
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');
const analyze = process.argv.includes('--analyze');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  logLevel: 'info',
  legalComments: 'none',
  // Prefer ES modules: some packages (jsonc-parser) ship a UMD main that a bundler cannot follow.
  mainFields: ['module', 'main'],
  metafile: analyze,
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build(options)));
  if (analyze) for (const { metafile } of results) console.log(await esbuild.analyzeMetafile(metafile));
}
