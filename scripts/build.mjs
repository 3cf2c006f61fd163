// Bundles the three entry points with esbuild: one file each, so start-up loads one file.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // Some dependencies are ESM and read import.meta.url; give the CJS bundle a real one.
  banner: { js: "const __import_meta_url = require('url').pathToFileURL(__filename).href;" },
  // jsonc-parser's `main` is a UMD build whose inner require('./impl/…') esbuild cannot follow.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  define: { REPLYLINT_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__import_meta_url' },
};
const entries = [
  { entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli.cjs' },
  // The CLI's engine (loaded by dist/cli.cjs only when there is something to lint) and the
  // worker threads of bulk runs (loaded only when a run uses them).
  { entryPoints: ['server/src/cli/execute.ts'], outfile: 'dist/cli-engine.cjs' },
  { entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/cli-worker.cjs' },
  { entryPoints: ['server/src/lsp/bin.ts'], outfile: 'dist/server.cjs', optional: true },
  // The Word writer (the `docx` library), loaded by `replylint export` and the language server's
  // export on first use only (export/load.ts, reached through the door's loadWordExport).
  { entryPoints: ['server/src/export/linted.ts'], outfile: 'dist/word-export.cjs', usedBy: ['cli', 'server'] },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'], optional: true },
];
import { existsSync } from 'node:fs';
// `--only=cli` builds just the outputs whose name contains `cli`, or that `cli` uses (the CLI tests use this).
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
await Promise.all(
  entries
    .filter((e) => existsSync(e.entryPoints[0]) && (!only || e.outfile.includes(only) || e.usedBy?.includes(only)))
    .map(({ optional, usedBy, ...e }) => build({ ...common, ...e, minify: process.argv.includes('--minify') })),
);
