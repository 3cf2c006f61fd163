/**
 * Defect-injection report: what the linter catches and what it falsely reports.
 *
 *   npx tsx scripts/injection-report.ts                 # full report
 *   npx tsx scripts/injection-report.ts --injector l3-skip --host npc   # one slice, with detail
 *   npx tsx scripts/injection-report.ts --update-baseline               # rewrite test/injected/caught.json
 *   npx tsx scripts/injection-report.ts --json > report.json
 *
 * Hosts: the clean letters in test/fixtures/injected/, the seed and test/corpus/letters/corpus/*.txt.
 * Injectors: test/injected/defects.ts. Harness: test/injected/harness.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { categoryOf, cleanFindings, expectedRules, injectors, ROOT, runAll, type PairResult } from '../test/injected/harness';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const filter = { injector: opt('--injector'), host: opt('--host') };
const results = runAll(filter);
const applied = results.filter((r) => r.applied);

if (args.includes('--json')) {
  const slim = applied.map((r) => ({
    host: r.host,
    injector: r.injector,
    caught: r.caught,
    snippet: r.snippet,
    expectedNew: r.expectedNew.map((m) => `${m.range[0]}-${m.range[1]} ${m.ruleId} ${m.text.zh}`),
    collateral: r.collateral.map((m) => `${m.range[0]}-${m.range[1]} ${m.ruleId} ${m.text.zh}`),
  }));
  console.log(JSON.stringify(slim, null, 1));
  process.exit(0);
}

if (args.includes('--update-baseline')) {
  const caught: Record<string, string[]> = {};
  for (const r of applied) if (r.caught) (caught[r.injector] ??= []).push(r.host);
  const path = join(ROOT, 'test', 'injected', 'caught.json');
  writeFileSync(path, JSON.stringify(caught, null, 1) + '\n');
  console.log(`wrote ${path}: ${Object.values(caught).reduce((a, b) => a + b.length, 0)} caught pairs`);
}

const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : '—');
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const padl = (s: string | number, n: number) => String(s).padStart(n);
const show = (t: string, r: PairResult, m: { range: [number, number] }) => (r.after ?? t).slice(Math.max(0, m.range[0] - 6), Math.min((r.after ?? t).length, m.range[1] + 6)).replace(/\n/g, '⏎');

// ---------------------------------------------------------------- clean letters
if (!filter.injector) {
  const clean = cleanFindings();
  console.log(`\n## Clean letters (test/fixtures/injected): ${clean.length} finding(s), should be 0`);
  for (const c of clean) console.log(`  ${c.host} [${c.profile}] ${c.m.range[0]}-${c.m.range[1]} ${c.m.severity} ${c.m.ruleId} ${c.m.text.zh}`);
}

// ---------------------------------------------------------------- per injector
console.log('\n## Per injector (applied / caught / missed / pairs with collateral / collateral findings)');
console.log('(elsew = misses where the expected rule did report, but at a range that does not touch the defect)');
console.log(`${pad('injector', 28)} ${pad('expected rule', 36)} ${padl('appl', 4)} ${padl('caught', 6)} ${padl('miss', 4)} ${padl('elsew', 5)} ${padl('recall', 6)} ${padl('c.pairs', 7)} ${padl('c.find', 6)}`);
const byInj = new Map<string, PairResult[]>();
for (const r of applied) (byInj.get(r.injector) ?? byInj.set(r.injector, []).get(r.injector)!).push(r);
const famTotals = new Map<string, { applied: number; caught: number; injectors: number; injCaughtAll: number }>();
let totA = 0;
let totC = 0;
let totColl = 0;
const notApplied: string[] = [];
for (const inj of injectors) {
  if (filter.injector && inj.id !== filter.injector) continue;
  const rs = byInj.get(inj.id) ?? [];
  const exp = expectedRules(inj);
  const fam = categoryOf[exp[0]] ?? '?';
  if (!rs.length) {
    notApplied.push(inj.id);
    continue;
  }
  const c = rs.filter((r) => r.caught).length;
  const collPairs = rs.filter((r) => r.collateral.length).length;
  const collN = rs.reduce((a, r) => a + r.collateral.length, 0);
  totA += rs.length;
  totC += c;
  totColl += collN;
  const f = famTotals.get(fam) ?? { applied: 0, caught: 0, injectors: 0, injCaughtAll: 0 };
  f.applied += rs.length;
  f.caught += c;
  f.injectors++;
  if (c === rs.length) f.injCaughtAll++;
  famTotals.set(fam, f);
  const elsewhere = rs.filter((r) => !r.caught && r.expectedNew.length).length;
  console.log(
    `${pad(inj.id, 28)} ${pad(exp.join('|').slice(0, 36), 36)} ${padl(rs.length, 4)} ${padl(c, 6)} ${padl(rs.length - c, 4)} ${padl(elsewhere, 5)} ${padl(pct(c, rs.length), 6)} ${padl(collPairs, 7)} ${padl(collN, 6)}`,
  );
}
console.log(`${pad('TOTAL', 28)} ${pad('', 36)} ${padl(totA, 4)} ${padl(totC, 6)} ${padl(totA - totC, 4)} ${padl('', 5)} ${padl(pct(totC, totA), 6)} ${padl('', 7)} ${padl(totColl, 6)}`);
if (notApplied.length) console.log(`\nnot applicable to any host: ${notApplied.join(', ')}`);

console.log('\n## Per rule family (category of the expected rule)');
for (const [fam, f] of [...famTotals].sort())
  console.log(`  ${pad(fam, 12)} pairs ${padl(f.caught, 4)}/${padl(f.applied, 4)} = ${padl(pct(f.caught, f.applied), 4)}   injectors fully caught ${f.injCaughtAll}/${f.injectors}`);

console.log('\n## Per host group');
for (const g of ['clean/', 'seed', 'corpus/']) {
  const rs = applied.filter((r) => r.host.startsWith(g));
  console.log(
    `  ${pad(g, 8)} pairs ${padl(rs.filter((r) => r.caught).length, 4)}/${padl(rs.length, 4)} = ${padl(pct(rs.filter((r) => r.caught).length, rs.length), 4)}   collateral findings ${rs.reduce((a, r) => a + r.collateral.length, 0)}`,
  );
}

// ---------------------------------------------------------------- misses
const misses = applied.filter((r) => !r.caught);
console.log(`\n## Misses (${misses.length})`);
for (const r of misses) {
  const near = r.expectedNew.length ? `  [expected rule fired elsewhere: ${r.expectedNew.map((m) => `${m.range[0]}-${m.range[1]} ${m.text.zh}`).join('; ')}]` : '';
  console.log(`  ${pad(r.injector, 26)} ${pad(r.host, 20)} «${r.snippet}»${near}`);
}

// ---------------------------------------------------------------- collateral
const coll = applied.filter((r) => r.collateral.length);
console.log(`\n## Collateral findings (new findings of other rules) in ${coll.length} pair(s)`);
const byRule = new Map<string, number>();
for (const r of coll) for (const m of r.collateral) byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
console.log(
  '  by rule: ' +
    [...byRule]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
);
for (const r of coll) {
  for (const m of r.collateral) console.log(`  ${pad(r.injector, 26)} ${pad(r.host, 20)} ${m.severity.padEnd(7)} ${m.ruleId}: ${m.text.zh}  «${show('', r, m)}»`);
}

// ---------------------------------------------------------------- detail for one slice
if (filter.injector && filter.host) {
  for (const r of applied) {
    console.log(`\n## ${r.injector} on ${r.host}: caught=${r.caught} marks=${JSON.stringify(r.injection?.marks)}`);
    for (const m of [...r.expectedNew, ...r.accepted, ...r.collateral]) console.log(`  new ${m.range[0]}-${m.range[1]} ${m.ruleId} ${m.text.zh}`);
  }
}
