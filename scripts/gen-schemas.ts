/**
 * Writes schemas/*.schema.json from the rule modules' metadata (ids, severities, option schemas,
 * defaults) and the built-in profiles. `--check` writes nothing and exits 1 when a committed
 * schema differs from what the code generates (CI runs the same check as a test).
 *   npm run gen:schemas            regenerate
 *   npx tsx scripts/gen-schemas.ts --check
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configurableRules, SCHEMA_FILES, schemaText } from '../server/src/index';

const dir = join(new URL('..', import.meta.url).pathname, 'schemas');

export function generatedSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, build] of Object.entries(SCHEMA_FILES)) out[name] = schemaText(build(configurableRules));
  return out;
}

function main(): number {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(generatedSchemas())) {
    const path = join(dir, name);
    const old = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (old === text) continue;
    if (check) stale.push(name);
    else {
      writeFileSync(path, text);
      console.log(`wrote schemas/${name}`);
    }
  }
  if (check && stale.length > 0) {
    console.error(`schemas out of date: ${stale.join(', ')} (run npm run gen:schemas)`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) process.exitCode = main();
