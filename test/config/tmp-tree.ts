/** Builds a throw-away folder tree for config tests: { 'a/.replylintrc.json': '{…}', … }. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function tree(files: Record<string, string | object>): string {
  const root = mkdtempSync(join(tmpdir(), 'replylint-config-'));
  for (const [rel, content] of Object.entries(files)) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return root;
}
