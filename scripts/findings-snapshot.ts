/**
 * Every finding on a fixed, large set of inputs, one line each, for checking that a change
 * (a faster scanner, a rewritten regular expression) leaves behaviour exactly as it was:
 *
 *   npx tsx scripts/findings-snapshot.ts > before.txt   # on the old code
 *   npx tsx scripts/findings-snapshot.ts > after.txt    # on the new code
 *   diff before.txt after.txt                           # must print nothing
 *
 * Inputs: the real letters, the seed and the clean letters (profiles generic and xiamen), every
 * injected defect of test/injected (test/injected/defects.ts), the fixtures in test/fixtures and
 * examples/, and N generated inputs from the property tests' arbitraries (fixed seed; N is the
 * first argument, default 3,000; as txt and as md).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lint } from '../server/src/index';
import { anyInput } from '../test/properties/arbitraries';
import { hosts, ROOT, runAll, TODAY } from '../test/injected/harness';

const generated = Number(process.argv[2] ?? 3000);
const out: string[] = [];

function dump(name: string, text: string, path: string, profile = 'generic') {
  const { messages } = lint({ text, path }, { profile, today: TODAY });
  out.push(`## ${name} [${profile}] ${messages.length}`);
  for (const m of messages) {
    const fix = m.fix ? JSON.stringify(m.fix) : '';
    const sug = m.suggestions ? JSON.stringify(m.suggestions) : '';
    out.push(`${m.range[0]}-${m.range[1]} ${m.severity} ${m.ruleId} ${m.text.zh} | ${m.text.en} ${fix} ${sug}`);
  }
}

for (const h of hosts()) for (const p of ['generic', 'xiamen']) dump(h.name, h.text, h.path, p);
for (const r of runAll()) if (r.applied && r.after) dump(`injected ${r.injector} @ ${r.host}`, r.after, 'letter.txt', r.profile);

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) files.push(...walk(p));
    else if (/\.(txt|md)$/.test(n)) files.push(p);
  }
  return files;
}
for (const f of [...walk(join(ROOT, 'test/fixtures')), ...walk(join(ROOT, 'examples'))]) {
  const buf = readFileSync(f);
  if (buf.includes(0)) continue;
  dump(relative(ROOT, f), buf.toString('utf8'), f);
}

const samples = fc.sample(anyInput, { numRuns: generated, seed: 20261127 });
samples.forEach((text, i) => {
  dump(`generated ${i} txt`, text, 'g.txt');
  dump(`generated ${i} md`, text, 'g.md');
});
process.stdout.write(out.join('\n') + '\n');
