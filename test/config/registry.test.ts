import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { lintText, read, FIXTURES, SEED, CORPUS, corpusFiles, ROOT } from '../helpers';
import { PolicyRegistry, parseCsv, buildRegistryDraft, addEntryToRegistryText, draftToCsv, draftToJson, normalizeDocNumber, normalizeTitle, editDistance, formatEntry } from '../../server/src/registry';
import { loadConfigForFile, lookupPolicy, parseRegistryText, registryEntries } from '../../server/src/config';
import { applyFixes } from '../../server/src/engine/fixes';

const REG = join(FIXTURES, 'registry');
const LETTER = read(join(REG, 'letter.txt'));
const REGISTRY_RULES = ['cite-unknown-policy', 'cite-policy-title-variant', 'cite-policy-docnum-mismatch', 'cite-repealed-policy'];

function registryFrom(file: string): PolicyRegistry {
  const r = parseRegistryText(read(file), file);
  assert.deepEqual(r.errors, []);
  return new PolicyRegistry(r.entries, [file]);
}

function findings(text: string, registry?: PolicyRegistry) {
  return lintText(text, { registry }).messages.filter((m) => REGISTRY_RULES.includes(m.ruleId));
}

test('CSV reader: RFC 4180 quoting, commas and line breaks inside quotes, BOM, CRLF', () => {
  const r = parseCsv('\ufeffa,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n\r\nlast,,\n');
  assert.deepEqual(r.errors, []);
  assert.deepEqual(
    r.rows.map((x) => x.fields),
    [
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\r\nlines'],
      ['last', '', ''],
    ],
  );
  assert.deepEqual(
    r.rows.map((x) => x.line),
    [1, 2, 5],
  );
  assert.deepEqual(
    parseCsv('a,"b').errors.map((e) => e.message),
    ['unterminated quoted field'],
  );
  assert.deepEqual(parseCsv('"a"b,c').rows[0].fields, ['ab', 'c']);
  assert.deepEqual(parseCsv('').rows, []);
  assert.deepEqual(parseCsv('x').rows[0].fields, ['x']);
});

test('registry CSV with Chinese headers and status words reads like the JSON file', () => {
  const csv = parseRegistryText(read(join(REG, 'policies.csv')), 'policies.csv');
  assert.deepEqual(csv.errors, []);
  assert.equal(csv.entries.length, 5);
  assert.equal(csv.entries[0].note, '含逗号, 引号"和\r\n换行的备注');
  assert.equal(csv.entries[0].date, '2022');
  assert.equal(csv.entries[3].status, 'repealed');
  assert.equal(csv.entries[4].date, '2021-03');
  assert.deepEqual(csv.entries[4].aliases, ['软件发展规划']);
  assert.equal(csv.entries[1].source?.line, 4, 'a quoted line break does not shift the row numbers after it');
  const bad = parseRegistryText(read(join(REG, 'bad.csv')), 'bad.csv');
  assert.deepEqual(
    bad.errors.map((e) => `${e.line}: ${e.message}`),
    ['2: row 2: docNumber has the wrong form (got "厦府规2022-2号")', '3: row 3: missing "title"', '4: row 4: status must be one of "in-force", "amended", "repealed" (got "gone")'],
  );
  const badJson = parseRegistryText(read(join(REG, 'bad.json')), 'bad.json');
  assert.deepEqual(
    badJson.errors.map((e) => `${e.line}:${e.column} ${e.message}`),
    ['4:16 policies[1].title has the wrong form (got "《带书名号》")', '5:5 policies[2] is missing "title"', '5:35 unknown key "stauts" in policies[2] (did you mean "status"?)'],
  );
});

test('normalisation: bracket width, dashes, 〔〕 look-alikes, leading zeros', () => {
  assert.equal(normalizeTitle('《实施方案(2022-2026年)》'), normalizeTitle('实施方案（2022—2026年）'));
  assert.equal(normalizeDocNumber('厦府规[2022]02号'), '厦府规〔2022〕2号');
  assert.equal(normalizeDocNumber('厦府规（2022）第2号'), '厦府规〔2022〕2号');
  assert.equal(editDistance('abcdef', 'abcxef', 2), 1);
  assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3);
});

for (const [label, file] of [
  ['JSON', 'policies.json'],
  ['CSV', 'policies.csv'],
] as const) {
  test(`registry rules on the fixture letter (${label} registry)`, () => {
    const registry = registryFrom(join(REG, file));
    const got = findings(LETTER, registry).map((m) => `${m.ruleId} ${LETTER.slice(m.range[0], m.range[1])}`);
    assert.deepEqual(got, [
      'cite-policy-title-variant 《厦门市关于先进制造业倍增计划的实施方案（2022—2026年）》',
      'cite-policy-docnum-mismatch 厦府规〔2023〕5号',
      'cite-policy-docnum-mismatch 厦府规〔2022〕2号',
      'cite-repealed-policy 《厦门市软件产业发展规划（2016—2020年）》',
      'cite-unknown-policy 《厦门市数据管理条例》',
    ]);
    const ms = findings(LETTER, registry);
    const [variant, wrongNo, wrongTitle, repealed, unknown] = ms;
    assert.equal(variant.severity, 'warning');
    assert.equal(variant.text.en, 'Title 《厦门市关于先进制造业倍增计划的实施方案（2022—2026年）》 differs from the registry; did you mean 《厦门市先进制造业倍增计划实施方案（2022—2026年）》?');
    assert.equal(applyFixes(LETTER, [variant.suggestions![0]]).output.includes('出台《厦门市先进制造业倍增计划实施方案（2022—2026年）》配套'), true);
    assert.equal(wrongNo.severity, 'error');
    assert.equal(wrongNo.suggestions![0].text, '厦府规〔2023〕4号');
    assert.match(wrongTitle.text.zh, /文号“厦府规〔2022〕2号”属于《厦门市人民政府关于加快推进软件和新兴数字产业发展若干措施的通知》/);
    assert.equal(repealed.severity, 'warning');
    assert.match(repealed.text.zh, /已废止，已由《厦门市软件和信息服务业发展规划（2021—2025年）》（厦工信规〔2021〕3号）替代/);
    assert.equal(unknown.severity, 'info');
    // Registry rules never put a fix into --fix (what is wrong is a judgement): suggestions only.
    for (const m of ms) assert.equal(m.fix, undefined);
  });
}

test('a 文号 that belongs to another registry policy: both corrections are offered', () => {
  const registry = registryFrom(join(REG, 'policies.json'));
  const text = '关于某事的答复\n　　出台《厦门市人民政府关于印发市场主体培育工程实施方案（2023—2026年）的通知》（厦府规〔2022〕2号）。\n';
  const [m] = findings(text, registry);
  assert.equal(m.ruleId, 'cite-policy-docnum-mismatch');
  assert.match(m.text.zh, /是《厦门市人民政府关于加快推进软件和新兴数字产业发展若干措施的通知》的文号/);
  assert.deepEqual(
    m.suggestions!.map((s) => s.text),
    ['厦府规〔2023〕4号', '厦门市人民政府关于加快推进软件和新兴数字产业发展若干措施的通知'],
  );
});

test('aliases, the issued document of a 印发 notice, and format-only differences are not findings', () => {
  const registry = registryFrom(join(REG, 'policies.json'));
  const text = '关于某事的答复\n　　依据《软件发展规划》和《市场主体培育工程实施方案(2023-2026年)》（厦府规[2023]04号），以及《厦门市先进制造业倍增计划实施方案(2022-2026年)》。\n';
  assert.deepEqual(
    findings(text, registry).map((m) => m.ruleId),
    [],
  );
});

test('different year ranges are different policies, not a title variant', () => {
  const registry = registryFrom(join(REG, 'policies.json'));
  const text = '关于某事的答复\n　　依据《厦门市先进制造业倍增计划实施方案（2027—2031年）》。\n';
  assert.deepEqual(
    findings(text, registry).map((m) => m.ruleId),
    ['cite-unknown-policy'],
  );
});

test('without a registry every registry rule is silent (the seed and the corpus)', () => {
  assert.deepEqual(findings(read(SEED)), []);
  for (const f of corpusFiles()) assert.deepEqual(findings(read(join(CORPUS, f))), [], f);
});

test('the seed with the example registry: only the known defect (#3, a second title for the 倍增计划)', () => {
  const r = loadConfigForFile(join(ROOT, 'examples/config/letter.txt'), { root: ROOT });
  const seed = read(SEED);
  const got = findings(seed, r.config.registry).map((m) => `${m.range[0]} ${m.ruleId}`);
  assert.deepEqual(got, ['732 cite-policy-title-variant']);
  const csv = registryFrom(join(ROOT, 'examples/registry/seed.policies.csv'));
  assert.deepEqual(
    findings(seed, csv).map((m) => `${m.range[0]} ${m.ruleId}`),
    got,
  );
});

test('the suggestion title is not a policy: the acknowledged 《建议》 is never checked', () => {
  const registry = new PolicyRegistry([{ title: '某某办法' }]);
  const text = '郭海峰代表：\n　　《关于构建产业链成长良好生态的建议》（第20230019号）收悉。现答复如下：\n　　一、依据《某某办法》。\n';
  assert.deepEqual(findings(text, registry), []);
});

test('editor helpers: lookupPolicy by title or 文号, registryEntries, formatEntry', () => {
  const r = loadConfigForFile(join(ROOT, 'test/fixtures/config/valid/letter.txt'), { root: join(ROOT, 'test/fixtures/config/valid') });
  assert.equal(registryEntries(r.config).length, 5);
  assert.equal(lookupPolicy(r.config, '厦府规（2023）4号')?.title, '厦门市人民政府关于印发市场主体培育工程实施方案（2023—2026年）的通知');
  assert.equal(lookupPolicy(r.config, '《软件发展规划》')?.docNumber, '厦工信规〔2021〕3号');
  assert.equal(lookupPolicy(r.config, '不存在的文件'), undefined);
  assert.equal(lookupPolicy({}, '软件发展规划'), undefined);
  const md = formatEntry(lookupPolicy(r.config, '厦门市软件产业发展规划（2016—2020年）')!);
  assert.match(md, /已废止/);
  assert.match(md, /替代文件：厦门市软件和信息服务业发展规划/);
});

test('registry draft from citations across files: titles, 文号, counts, places', () => {
  const files = [
    { path: 'seed.txt', text: read(SEED) },
    { path: 'fixture.txt', text: LETTER },
  ];
  const draft = buildRegistryDraft(files, registryFrom(join(REG, 'policies.json')));
  const soft = draft.find((d) => d.title.startsWith('厦门市人民政府关于加快推进软件'))!;
  assert.equal(soft.count, 2);
  assert.equal(soft.docNumber, '厦府规〔2022〕2号');
  assert.deepEqual(
    soft.citedIn.map((c) => c.file),
    ['seed.txt', 'fixture.txt'],
  );
  assert.equal(soft.known, true);
  const action = draft.find((d) => d.title === '重点产业发展行动方案')!;
  assert.equal(action.count, 3);
  assert.equal(action.known, false);
  assert.ok(!draft.some((d) => d.title.includes('建议')), 'acknowledged suggestion titles are left out');
  const market = draft.find((d) => d.title.includes('市场主体培育工程'))!;
  assert.deepEqual([market.docNumber, market.otherDocNumbers], ['厦府规〔2023〕4号', ['厦府规〔2023〕5号']]);
  // Both renderings are valid registry files.
  assert.deepEqual(parseRegistryText(draftToJson(draft), 'draft.json').errors, []);
  const csv = parseRegistryText(draftToCsv(draft), 'draft.csv');
  assert.deepEqual(csv.errors, []);
  assert.equal(csv.entries.length, draft.length);
  // The whole corpus at once stays quick and never throws.
  const all = corpusFiles().map((f) => ({ path: f, text: read(join(CORPUS, f)) }));
  const t0 = Date.now();
  assert.ok(buildRegistryDraft(all).length > 0);
  assert.ok(Date.now() - t0 < 5000);
});

test('"add this citation to the registry" keeps a JSON file’s comments and a CSV file’s columns', () => {
  const entry = { title: '厦门市数据管理条例', docNumber: '厦府规〔2024〕1号' };
  const json = addEntryToRegistryText(read(join(REG, 'policies.json')), 'policies.json', entry);
  assert.match(json, /\/\/ Fixture registry/);
  const j = parseRegistryText(json, 'policies.json');
  assert.deepEqual(j.errors, []);
  assert.equal(j.entries.length, 6);
  assert.equal(j.entries[5].docNumber, '厦府规〔2024〕1号');
  const csv = addEntryToRegistryText(read(join(REG, 'policies.csv')), 'policies.csv', { ...entry, note: 'a, b' });
  const c = parseRegistryText(csv, 'policies.csv');
  assert.deepEqual(c.errors, []);
  assert.equal(c.entries.length, 6);
  assert.equal(c.entries[5].note, 'a, b');
  assert.equal(parseRegistryText(addEntryToRegistryText('', 'new.csv', entry), 'new.csv').entries[0].title, entry.title);
  assert.equal(parseRegistryText(addEntryToRegistryText('', 'new.json', entry), 'new.json').entries[0].title, entry.title);
  // With the entry added, the letter's unknown policy is no longer reported.
  const registry = new PolicyRegistry(j.entries);
  assert.ok(!findings(LETTER, registry).some((m) => m.ruleId === 'cite-unknown-policy'));
});

test('fix: adding an entry to a CSV registry fills every column the reader knows (alias, 发布机关, url) and keeps the file’s ; delimiter', () => {
  // The editor had its own, shorter table of column names: these columns were left empty.
  const entry = { title: '厦门市数据管理条例', aliases: ['数据条例'], issuer: '厦门市人民政府', url: 'https://example.org/a', docNumber: '厦府规〔2024〕1号' };
  const text = '标题;alias;发布机关;链接;文号\r\n厦门市旧条例;旧条例;厦门市人民政府;;厦府规〔2020〕1号\r\n';
  const out = addEntryToRegistryText(text, 'policies.csv', entry);
  const c = parseRegistryText(out, 'policies.csv');
  assert.deepEqual(c.errors, []);
  assert.equal(c.entries.length, 2);
  assert.deepEqual(c.entries[1].aliases, ['数据条例']);
  assert.equal(c.entries[1].issuer, '厦门市人民政府');
  assert.equal(c.entries[1].url, 'https://example.org/a');
  assert.equal(c.entries[1].docNumber, '厦府规〔2024〕1号');
  assert.ok(out.startsWith(text), 'the existing rows are kept byte for byte');
});
