// Rewrites test/corpus/expected/<category>/*.txt from the current engine.
// Usage: npm run update-expected [category…]   (all categories when none is named)
// Review `git diff test/corpus` line by line before committing: each line is a claim.
import { mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { CATEGORIES, cases, expectedPath, render } from '../test/corpus/expected';

const only = process.argv.slice(2);
for (const c of cases()) {
  const rendered = render(c.path);
  for (const category of CATEGORIES) {
    if (only.length > 0 && !only.includes(category)) continue;
    const file = expectedPath(category, c);
    const text = rendered.get(category) ?? '';
    if (text === '') {
      if (existsSync(file)) rmSync(file);
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
console.log(`updated sidecars for ${cases().length} letters (${only.length ? only.join(', ') : 'all categories'})`);
