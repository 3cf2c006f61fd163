// Per-rule CPU time: parse once per measurement (untimed), then time one rule's check alone.
// Shared scans (the per-lint memo, new for every run) are paid by the rule being timed. Usage (bundled, see
// bench/bundle.mjs): node rules-time.cjs FILE [runs]
import { readFileSync } from 'node:fs';
import { parseReply } from '../server/src/parse';
import { rules } from '../server/src/rules';
import { enabledRules } from '../server/src/engine/lint';
import { resolveProfile } from '../server/src/profiles';
import type { RuleContext } from '../server/src/rules/rule';
import { LintMemo } from '../server/src/analysis/memo';
const file = process.argv[2];
const runs = Number(process.argv[3] ?? 5);
const text = readFileSync(file, 'utf8');
const profile = resolveProfile('generic');
const enabled = new Map(enabledRules({}, profile).map((e) => [e.rule.id, e]));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const parseTimes: number[] = [];
const res: Array<[string, number]> = [];
for (const rule of rules) {
  const en = enabled.get(rule.id);
  const ts: number[] = [];
  for (let r = 0; r < runs; r++) {
    const p0 = cpu();
    const { tree, lines } = parseReply(text, { format: file.endsWith('.md') ? 'md' : 'txt' });
    parseTimes.push(cpu() - p0);
    const ctx: RuleContext = { text, tree, parts: tree.data.parts, blocks: tree.data.blocks, lines, profile, options: en?.options ?? { ...(rule.defaultOptions ?? {}) },
      scraped: tree.data.scraped, halfWidthAggregated: tree.data.halfWidth.length >= 10, today: new Date(), memo: new LintMemo(), report: () => {} };
    const t = cpu();
    rule.check(ctx);
    ts.push(cpu() - t);
  }
  res.push([rule.id + (en ? '' : ' (off)'), Math.min(...ts)]);
}
res.sort((a, b) => b[1] - a[1]);
const total = res.reduce((s, [, t]) => s + t, 0);
console.log(`parse min ${Math.min(...parseTimes).toFixed(2)} ms; rules total (min each) ${total.toFixed(2)} ms`);
for (const [id, t] of res.slice(0, Number(process.argv[4] ?? 25))) console.log(`${t.toFixed(2).padStart(8)} ms  ${id}`);
