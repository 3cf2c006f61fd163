// Bundles a profiling script (default bench/profile.ts) the way the product is bundled, so that
// --cpu-prof names real functions: node bench/bundle.mjs [entry.ts] [out.cjs]
import { build } from 'esbuild';
await build({ entryPoints: [process.argv[2] ?? new URL('./profile.ts', import.meta.url).pathname], outfile: process.argv[3] ?? new URL('./.work/profile.cjs', import.meta.url).pathname, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning',
  banner: { js: "const __import_meta_url = require('url').pathToFileURL(__filename).href;" },
  alias: { 'jsonc-parser': new URL('../node_modules/jsonc-parser/lib/esm/main.js', import.meta.url).pathname },
  define: { REPLYLINT_VERSION: '"0"', 'import.meta.url': '__import_meta_url' } });
