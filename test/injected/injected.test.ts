/**
 * Defect-injection regression guard.
 * - The clean letters in test/fixtures/injected lint clean (generic and xiamen), apart from the
 *   documented known false alarms below (each is a parser/rule issue listed in the report).
 * - Every (injector, host) pair recorded in caught.json is still caught. Misses are not tests:
 *   they are listed by `npx tsx scripts/injection-report.ts`; refresh caught.json with
 *   `--update-baseline` when a rule improves.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanFindings, hosts, injectors, ROOT, runPair } from './harness';
import { applyEdits } from './defects';

/**
 * Findings on the clean letters that are false alarms of the linter, not defects of the letters.
 * Key: `host|profile|ruleId`.
 */
const KNOWN_CLEAN_FALSE_ALARMS = new Set<string>([
  // None now: the one-line letter's leading “A类 ” is split from its title by the parser.
]);

test('clean letters lint clean (generic and xiamen), known false alarms aside', () => {
  const found = cleanFindings();
  const unexpected = found.filter((f) => !KNOWN_CLEAN_FALSE_ALARMS.has(`${f.host}|${f.profile}|${f.m.ruleId}`));
  assert.deepEqual(
    unexpected.map((f) => `${f.host} [${f.profile}] ${f.m.range[0]}-${f.m.range[1]} ${f.m.ruleId} ${f.m.text.zh}`),
    [],
  );
  assert.ok(hosts().filter((h) => h.clean).length >= 3, 'at least three clean letters');
});

test('two-letter clean fixtures stay clean without the one-line letter', () => {
  const found = cleanFindings().filter((f) => f.host !== 'clean/scraped.txt');
  assert.deepEqual(
    found.map((f) => `${f.host} [${f.profile}] ${f.m.ruleId} ${f.m.text.zh}`),
    [],
  );
});

test('applyEdits keeps the text outside the edits and reports the marks', () => {
  const r = applyEdits('一二三四五', [
    { start: 3, end: 4, text: 'X' },
    { start: 1, end: 1, text: 'ab' },
  ]);
  assert.equal(r.text, '一ab二三X五');
  assert.deepEqual(r.marks, [
    [1, 3],
    [5, 6],
  ]);
});

test('injector ids are unique and every expected rule exists', async () => {
  const { rules } = await import('../../server/src/rules');
  const ids = new Set(rules.map((r) => r.id));
  const seen = new Set<string>();
  for (const inj of injectors) {
    assert.ok(!seen.has(inj.id), `duplicate injector ${inj.id}`);
    seen.add(inj.id);
    for (const r of [inj.rule, inj.alsoOk ?? []].flat()) assert.ok(ids.has(r), `${inj.id}: unknown rule ${r}`);
  }
});

const baseline = JSON.parse(readFileSync(join(ROOT, 'test', 'injected', 'caught.json'), 'utf8')) as Record<string, string[]>;
const byHost = new Map(hosts().map((h) => [h.name, h]));
const byId = new Map(injectors.map((i) => [i.id, i]));

for (const [id, hostNames] of Object.entries(baseline)) {
  test(`injected defect stays caught: ${id}`, () => {
    const inj = byId.get(id);
    assert.ok(inj, `injector ${id} is gone`);
    const lost: string[] = [];
    for (const name of hostNames) {
      const host = byHost.get(name);
      if (!host) continue; // a corpus letter that is not checked out here
      const r = runPair(host, inj);
      if (!r.applied || !r.caught) lost.push(`${name}${r.applied ? '' : ' (no longer applies)'}: ${r.snippet ?? ''}`);
    }
    assert.deepEqual(lost, []);
  });
}
