#!/usr/bin/env node
// The `replylint` command: a tiny bundle that loads the engine only when there is work to do.
try {
  require.resolve('../dist/cli.cjs');
} catch {
  process.stderr.write('replylint: dist/cli.cjs is missing; run `npm run build` in the replylint folder first\n');
  process.exit(2);
}
require('../dist/cli.cjs');
