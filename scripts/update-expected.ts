// Rewrites test/corpus/*.expected.txt from the current engine. Review `git diff` line by line.
import { writeFileSync } from 'node:fs';
import { cases, render } from '../test/corpus/expected';

for (const c of cases()) writeFileSync(c.expectedPath, render(c.path));
console.log(`updated ${cases().length} sidecar files`);
