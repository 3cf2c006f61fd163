/**
 * Cross-letter checks through the CLI, on a folder of test letters (test/fixtures/workspace/team):
 * 01 and 02 answer the same number (02 with another category and a shorter deputy name), 02
 * cites the policy that 01 and 03 cite under another title, 04 is an undated draft past its
 * deadline. Every format carries the findings with their related places; SARIF still validates.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { ROOT, SHARED } from '../helpers';
import { runCli, tempDir, removeDir } from '../cli/cli-helpers';
import { workspaceRules } from '../../server/src/index';

const TEAM = 'test/fixtures/workspace/team';
const FILES = readdirSync(join(ROOT, TEAM))
  .sort()
  .map((f) => `${TEAM}/${f}`);
const [A, B, C, D] = FILES;
const WS_IDS = new Set(workspaceRules.map((r) => r.id));
const opts = { cwd: ROOT };

type Msg = Record<string, any>;

async function json(args: string[], cwd = ROOT): Promise<{ code: number; data: Array<{ file: string; messages: Msg[] }> }> {
  const r = await runCli(['--format', 'json', ...args], { cwd });
  assert.equal(r.stderr, '');
  return { code: r.code, data: JSON.parse(r.stdout) };
}

function crossLetter(data: Array<{ file: string; messages: Msg[] }>): Array<Msg & { file: string }> {
  return data.flatMap((f) => f.messages.filter((m) => WS_IDS.has(m.ruleId)).map((m) => ({ ...m, file: f.file })));
}

const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('replylint on a folder of letters', () => {
  test('JSON: each cross-letter finding on its file, with related places that point at the other letters', async () => {
    const { code, data } = await json([TEAM]);
    assert.equal(code, 1, '04 has no 成文日期 (an error of its own)');
    assert.deepEqual(
      data.map((f) => f.file),
      FILES,
    );
    const found = crossLetter(data).map((m) => `${m.file.split('/').pop()} ${m.ruleId} ${m.line}:${m.column}`);
    assert.deepEqual(found, [
      '01-industry.reply.md duplicate-reply-number 7:24',
      '02-industry-again.reply.md duplicate-reply-number 7:24',
      '02-industry-again.reply.md cross-letter-deputy-name 11:1',
      '02-industry-again.reply.md cross-letter-cite-title 17:1',
      '04-draft-overdue.reply.md reply-overdue 6:1',
    ]);
    const all = crossLetter(data);
    const dup = all.find((m) => m.file === A && m.ruleId === 'duplicate-reply-number')!;
    assert.deepEqual(Object.keys(dup.related[0]), ['file', 'line', 'column', 'offset', 'endOffset']);
    assert.equal(dup.related.length, 1);
    assert.equal(dup.related[0].file, B);
    assert.equal(text(B).slice(dup.related[0].offset, dup.related[0].endOffset), '20230021');
    assert.match(dup.message, /02-industry-again\.reply\.md/);
    assert.match(dup.message, /类别不一致（A、B）/);

    const cite = all.find((m) => m.ruleId === 'cross-letter-cite-title')!;
    assert.equal(text(B).slice(cite.offset, cite.endOffset), '《厦门市关于先进制造业倍增计划的实施方案（2022—2026年）》');
    assert.deepEqual(
      cite.related.map((r: Msg) => r.file),
      [A, C],
    );
    for (const r of cite.related) assert.equal(text(r.file).slice(r.offset, r.endOffset), '《厦门市先进制造业倍增计划实施方案（2022—2026年）》');

    const name = all.find((m) => m.ruleId === 'cross-letter-deputy-name')!;
    assert.equal(text(B).slice(name.offset, name.endOffset), '郭海');
    assert.equal(text(A).slice(name.related[0].offset, name.related[0].endOffset), '郭海峰');

    const late = all.find((m) => m.ruleId === 'reply-overdue')!;
    assert.equal(late.file, D);
    assert.match(late.message, /办理时限“2023年5月10日”（交办日期2023年2月10日起）已过\d+天，答复尚未成文/);
    assert.equal(late.related, undefined, 'no related places, so no key');
  });

  test('worker threads hand the facts back: the same report with --concurrency 2 as on one thread', async () => {
    const one = await runCli(['--format', 'json', '--concurrency', 'off', TEAM], opts);
    const two = await runCli(['--format', 'json', '--concurrency', '2', TEAM], opts);
    assert.equal(two.stdout, one.stdout);
    assert.equal(crossLetter(JSON.parse(two.stdout)).length, 5);
  });

  test('stylish: findings under each file, related places listed under the finding', async () => {
    const r = await runCli([TEAM], opts);
    const blocks = r.stdout.split('\n\n');
    const of = (file: string) => blocks.find((b) => b.startsWith(file + '\n')) ?? '';
    assert.match(of(A), new RegExp(`duplicate-reply-number\\n\\s+↳ ${B.replace(/\./g, '\\.')}:7:24`));
    assert.match(of(B), new RegExp(`cross-letter-cite-title\\n\\s+↳ ${A.replace(/\./g, '\\.')}:17:1\\n\\s+↳ ${C.replace(/\./g, '\\.')}:17:6`));
    assert.match(of(D), /reply-overdue/);
    const en = await runCli(['--locale', 'en', TEAM], opts);
    assert.match(
      en.stdout,
      /The suggestion “20230021” is also answered in test\/fixtures\/workspace\/team\/02-industry-again\.reply\.md and the result categories differ \(A, B\); one suggestion has one reply/,
    );
  });

  test('SARIF: relatedLocations, the cross-letter rules in the driver, and the official schema still validates', async () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'schemas', 'sarif-2.1.0.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile<any>(schema);
    const r = await runCli(['--format', 'sarif', TEAM], opts);
    const log: any = JSON.parse(r.stdout);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const run = log.runs[0];
    for (const id of WS_IDS)
      assert.ok(
        run.tool.driver.rules.some((d: any) => d.id === id),
        id,
      );
    const dup = run.results.filter((x: any) => x.ruleId === 'duplicate-reply-number');
    assert.equal(dup.length, 2);
    assert.equal(run.tool.driver.rules[dup[0].ruleIndex].id, 'duplicate-reply-number');
    const rel = dup[0].relatedLocations[0];
    assert.equal(rel.id, 0);
    assert.equal(rel.physicalLocation.artifactLocation.uri, B);
    assert.equal(rel.physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.deepEqual(rel.physicalLocation.region, { startLine: 7, startColumn: 24, endLine: 7, endColumn: 32, charOffset: 70, charLength: 8 });
    const cite = run.results.find((x: any) => x.ruleId === 'cross-letter-cite-title');
    assert.deepEqual(
      cite.relatedLocations.map((l: any) => l.physicalLocation.artifactLocation.uri),
      [A, C],
    );
    // The validator bites on a broken related location too.
    const broken = structuredClone(log);
    broken.runs[0].results.find((x: any) => x.relatedLocations).relatedLocations[0].physicalLocation.region.startLine = 0;
    assert.equal(validate(broken), false);
  });

  test('GitHub annotations on each file of a duplicated number', async () => {
    const r = await runCli(['--format', 'github', TEAM], opts);
    const dup = r.stdout.split('\n').filter((l) => l.includes('title=duplicate-reply-number'));
    assert.deepEqual(
      dup.map((l) => /file=([^,]+)/.exec(l)![1]),
      [A, B],
    );
    assert.ok(dup.every((l) => l.startsWith('::warning ')));
  });

  test('--no-workspace, named files and a lone file keep the single-letter report; --workspace turns it on', async () => {
    const off = await json(['--no-workspace', TEAM]);
    assert.deepEqual(crossLetter(off.data), []);
    const named = await json(FILES);
    assert.deepEqual(named.data, off.data, 'files named one by one are not a workspace by default');
    const forced = await json(['--workspace', ...FILES]);
    assert.equal(crossLetter(forced.data).length, 5);
    const lone = await runCli(['--format', 'json', A], opts);
    const loneOff = await runCli(['--format', 'json', '--no-workspace', A], opts);
    assert.equal(lone.stdout, loneOff.stdout);
    assert.ok(!lone.stdout.includes('"related"'));
    const glob = await json([`${TEAM}/*.md`]);
    assert.equal(crossLetter(glob.data).length, 5, 'a glob is a collection too');
  });

  test('config `rules` turns a cross-letter rule off or changes its severity; --rule runs only it', async () => {
    const dir = tempDir('replylint-ws-');
    try {
      cpSync(join(ROOT, TEAM), join(dir, 'team'), { recursive: true });
      writeFileSync(join(dir, '.replylintrc.json'), JSON.stringify({ rules: { 'duplicate-reply-number': 'error', 'cross-letter-cite-title': 'off' } }));
      const { data } = await json(['team'], dir);
      const ids = crossLetter(data).map((m) => `${m.ruleId}:${m.severity}`);
      assert.ok(ids.includes('duplicate-reply-number:error'));
      assert.ok(!ids.some((i) => i.startsWith('cross-letter-cite-title')));
      const only = await json(['--rule', 'reply-overdue', 'team'], dir);
      assert.deepEqual(
        only.data.flatMap((f) => f.messages.map((m) => m.ruleId)),
        ['reply-overdue'],
      );
      writeFileSync(join(dir, '.replylintrc.json'), JSON.stringify({ rules: { 'duplicate-reply-numbr': 'off' } }));
      const bad = await runCli(['team'], { cwd: dir });
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /unknown rule id "duplicate-reply-numbr" \(did you mean "duplicate-reply-number"\?\)/);
    } finally {
      removeDir(dir);
    }
  });

  test('config `assignedDates`: the 交办日期 by number for letters without one; a dated reply after that deadline is reported too', async () => {
    const dir = tempDir('replylint-ws-');
    try {
      const strip = (t: string) => t.replace(/交办日期: .*\n/, '');
      writeFileSync(join(dir, 'a.reply.md'), strip(text(A)));
      writeFileSync(join(dir, 'd.reply.md'), strip(text(D)));
      writeFileSync(join(dir, '.replylintrc.json'), JSON.stringify({ assignedDates: { 第20230021号: '2022-12-01', '20230140': '2023-02-10' } }));
      const { data } = await json(['--workspace', 'a.reply.md', 'd.reply.md'], dir);
      const found = crossLetter(data).map((m) => `${m.file} ${m.ruleId} ${m.message}`);
      assert.equal(found.length, 2, found.join('\n'));
      assert.match(found[0], /^a\.reply\.md reply-overdue 成文日期“2023年4月10日”晚于办理时限“2023年3月1日”（配置的交办日期2022年12月1日起）$/);
      assert.match(found[1], /^d\.reply\.md reply-overdue 办理时限“2023年5月10日”（交办日期2023年2月10日起）已过\d+天，答复尚未成文$/);
      assert.ok(!data[0].messages.some((m) => m.ruleId === 'reply-deadline'), 'F11 reads only the front matter');
      writeFileSync(join(dir, '.replylintrc.json'), JSON.stringify({ assignedDates: { '20230140': '10 Feb' } }));
      const bad = await runCli(['a.reply.md'], { cwd: dir });
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /assignedDates/);
    } finally {
      removeDir(dir);
    }
  });

  test('--summary prints one row per letter and the totals; --format json gives the same as data', async () => {
    const r = await runCli(['--summary', TEAM], opts);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^文件\s+编号\s+代表\/委员\s+类别\s+成文日期\/时限\s+错误\s+警告\s+标题$/);
    assert.match(lines[2], /^test\/fixtures\/workspace\/team\/01-industry\.reply\.md\s+20230021\s+郭海峰\s+A\s+2023-04-10\s+0\s+1\s+厦门市工业和信息化局关于/);
    assert.match(lines[5], /04-draft-overdue\.reply\.md\s+20230140\s+李明\s+-\s+2023-05-10 逾期\d+天\s+1\s+1\s/);
    assert.equal(lines[lines.length - 1], '共 4 封答复（A 1，B 2，未分类 1），逾期 1 封，1 个错误，5 个警告');
    const j = await runCli(['--summary', '--format', 'json', TEAM], opts);
    const s = JSON.parse(j.stdout);
    assert.equal(j.code, r.code);
    assert.deepEqual(Object.keys(s), ['letters', 'totals']);
    assert.deepEqual(
      s.letters.map((l: Msg) => [l.number, l.deputy, l.category, l.status]),
      [
        ['20230021', '郭海峰', 'A', 'answered'],
        ['20230021', '郭海', 'B', 'answered'],
        ['20230102', '张华', 'B', 'answered'],
        ['20230140', '李明', null, 'overdue'],
      ],
    );
    const draft = s.letters[3];
    assert.equal(draft.deadline, '2023-05-10');
    const today = new Date();
    const expected = Math.round((Date.UTC(2023, 4, 10) - Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())) / 86400000);
    assert.equal(draft.daysLeft, expected);
    assert.deepEqual(s.totals, { letters: 4, byCategory: { A: 1, B: 2, '-': 1 }, overdue: 1, errors: 1, warnings: 5 });
    const bad = await runCli(['--summary', '--format', 'sarif', TEAM], opts);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--summary prints a table \(stylish\) or json/);
  });
});

describe('the corpus: unrelated letters from different offices', () => {
  test('produce no cross-letter findings when linted together', async () => {
    const dirs = readdirSync(SHARED, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(SHARED, d.name));
    assert.ok(dirs.length >= 2, 'the vendored corpus folders');
    const { data } = await json(['--workspace', ...dirs.map((d) => `${d}/*.txt`)]);
    assert.ok(data.length >= 40, `${data.length} letters`);
    assert.deepEqual(crossLetter(data), []);
  });
});
