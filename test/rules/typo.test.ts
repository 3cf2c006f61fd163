/**
 * Typo rules (RULEBOOK §8a, T01–T03): a correct letter in test/fixtures/typo/ and one variation
 * per failure kind, each fix applied and compared; the seed's typo findings at the RULEBOOK §8b
 * offsets and nothing else; the real mistakes of 005 and 015.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CORPUS, FIXTURES, SEED, corpusFiles, lintText, read } from '../helpers';
import { fixAll } from '../../server/src/engine/lint';
import { applyFixes } from '../../server/src/engine/fixes';
import { rules } from '../../server/src/rules';
import { LEXICON } from '../../server/src/lexicon/curated';
import { MISSPELLINGS } from '../../server/src/lexicon/misspellings';
import type { ReplyMessage } from '../../server/src/engine/messages';
import type { LintConfig } from '../../server/src/engine/lint';

const DIR = join(FIXTURES, 'typo');
const CORRECT = read(join(DIR, 'correct.txt'));
const TYPO = new Set(rules.filter((r) => r.category === 'typo').map((r) => r.id));

function typo(text: string, config: LintConfig = {}): ReplyMessage[] {
  return lintText(text, config).messages.filter((m) => TYPO.has(m.ruleId));
}
function vary(from: string, to: string, base = CORRECT): string {
  assert.equal(base.split(from).length, 2, `“${from}” occurs once in the fixture`);
  return base.replace(from, to);
}
function only(text: string, ruleId: string, config: LintConfig = {}): ReplyMessage[] {
  const found = typo(text, config);
  assert.ok(found.length > 0, `no ${ruleId} finding`);
  assert.deepEqual([...new Set(found.map((m) => m.ruleId))], [ruleId], JSON.stringify(found.map((m) => [m.ruleId, m.text.zh])));
  return found;
}
function fixed(text: string, config: LintConfig = {}): string {
  return fixAll(text, typo(text, config)).output;
}
function at(text: string, m: ReplyMessage): string {
  return text.slice(m.range[0], m.range[1]);
}

test('typo rules are registered in RULEBOOK order', () => {
  assert.deepEqual(
    rules.filter((r) => r.category === 'typo').map((r) => r.code),
    ['T01', 'T02', 'T03', 'T04', 'T05'],
  );
});

test('the correct letter has no typo finding', () => {
  assert.deepEqual(
    typo(CORRECT).map((m) => [m.ruleId, m.text.zh]),
    [],
  );
});

// T01
test('T01: 特骋 and 奥利匹克 are fixed safely', () => {
  const t = vary('奥林匹克', '奥利匹克', vary('台湾特聘专家', '台湾特骋专家'));
  const ms = only(t, 'typo-lexicon');
  assert.deepEqual(
    ms.map((m) => at(t, m)),
    ['特骋', '奥利匹克'],
  );
  assert.ok(ms.every((m) => m.severity === 'warning' && m.fix));
  assert.equal(fixed(t), CORRECT);
});

test('T01: 做为 is a suggestion only (多做为民实事 is correct Chinese)', () => {
  const t = vary('企业作为试点', '企业做为试点');
  const ms = only(t, 'typo-lexicon');
  assert.equal(ms[0].fix, undefined);
  assert.equal(fixed(t), t);
  assert.equal(applyFixes(t, [ms[0].suggestions![0]]).output, CORRECT);
});

test('T01: 其它 is info only', () => {
  const t = vary('开展奥林匹克标志', '开展其它奥林匹克标志');
  const ms = only(t, 'typo-lexicon');
  assert.equal(ms[0].severity, 'info');
  assert.equal(ms[0].fix, undefined);
  assert.equal(applyFixes(t, [ms[0].suggestions![0]]).output, vary('开展奥林匹克标志', '开展其他奥林匹克标志'));
});

test('T01: every built-in entry (the curated list and the published misspellings) is found and fixed or suggested', () => {
  for (const [wrong, e] of Object.entries({ ...MISSPELLINGS, ...LEXICON })) {
    const t = vary('开展奥林匹克标志', `开展${wrong}奥林匹克标志`);
    const ms = only(t, 'typo-lexicon');
    assert.equal(ms.length, 1, wrong);
    const want = vary('开展奥林匹克标志', `开展${e.right}奥林匹克标志`);
    if (e.kind === 'safe') assert.equal(fixed(t), want, wrong);
    else assert.equal(applyFixes(t, [ms[0].suggestions![0]]).output, want, wrong);
    assert.notEqual(wrong, e.right);
  }
});

test('T01: user words (literal, not patterns), the safe switch and ignore', () => {
  const t = vary('我局共开展', '我局共开.展');
  const words = { '开.展': '开展' };
  const ms = typo(t, { rules: { 'typo-lexicon': ['warning', { words }] } });
  assert.deepEqual(
    ms.map((m) => at(t, m)),
    ['开.展'],
  );
  assert.equal(ms[0].fix, undefined);
  assert.equal(fixAll(t, typo(t, { rules: { 'typo-lexicon': ['warning', { words, safe: true }] } })).output, CORRECT);
  // A regex-looking word matches only itself.
  assert.deepEqual(typo(CORRECT, { rules: { 'typo-lexicon': ['warning', { words: { '开.': 'x' } }] } }), []);
  const ignored = vary('企业作为试点', '企业做为试点');
  assert.deepEqual(typo(ignored, { rules: { 'typo-lexicon': ['warning', { ignore: ['做为'] }] } }), []);
});

// T02
test('T02: 截止 + time → 截至 (safe fix)', () => {
  for (const time of ['2022年', '目前', '今年6月', '年底', '2023年1月']) {
    const t = vary('截至2023年1月，', `截止${time}，`);
    const ms = only(t, 'jiezhi-vs-jiezhi');
    assert.equal(ms[0].severity, 'warning');
    assert.equal(at(t, ms[0]), '截止');
    assert.equal(fixed(t), vary('截至2023年1月，', `截至${time}，`), time);
  }
});

test('T02: 截止日期, …日截止 and 报名截止 + date are correct; 截止到 is info', () => {
  assert.deepEqual(typo(CORRECT), []); // has 截止日期 and 5月31日截止受理
  const sign = vary('申报截止日期为每年6月30日', '报名截止2023年6月30日');
  assert.deepEqual(typo(sign), []);
  const dao = vary('截至2023年1月，', '截止到2023年1月，');
  const ms = only(dao, 'jiezhi-vs-jiezhi');
  assert.equal(ms[0].severity, 'info');
  assert.equal(fixed(dao), dao);
  assert.equal(applyFixes(dao, [ms[0].suggestions![0]]).output, CORRECT);
});

// T03
test('T03: a word typed twice in a row (关于关于, 水利水利)', () => {
  const t = vary('《关于加强台湾人才引进', '《关于关于加强台湾人才引进');
  const ms = only(t, 'duplicated-word');
  assert.equal(ms[0].severity, 'info');
  assert.equal(ms[0].fix, undefined);
  assert.match(ms[0].text.zh, /“关于关于”中“关于”重复/);
  const w = vary('人才服务的若干措施', '人才服务服务的若干措施');
  assert.equal(only(w, 'duplicated-word').length, 1);
});

test('T03: a clause-initial word repeated a few characters later', () => {
  const t = vary('三是调解劳动人事争议案件120件', '三是，调解劳动人事争议调解案件120件');
  const ms = only(t, 'duplicated-word');
  assert.equal(at(t, ms[0]), '调解劳动人事争议调解');
  assert.match(ms[0].text.zh, /调解劳动人事争议案件/);
});

test('T03: a short object between the repeats is a compound, not a slip', () => {
  const t = vary('三是调解劳动人事争议案件120件', '三是，建设项目建设进度加快');
  assert.deepEqual(typo(t), []);
});

test('T03: a stray 在 after an enumerator', () => {
  const t = vary('一是出台《', '一是在出台《');
  const ms = only(t, 'duplicated-word');
  assert.equal(at(t, ms[0]), '在');
  assert.match(ms[0].text.zh, /应为“一是出台”/);
});

test('T03: reduplication, 一X一X, 或不, parallel frames and 在…过程中 are correct', () => {
  // The fixture holds 研究研究, 一项一项, 定期或不定期, 一手抓…一手抓, 二是在政策制定过程中, 高技能人才占技能劳动者.
  assert.deepEqual(typo(CORRECT), []);
  for (const ok of ['看看', '常常', '人人', '天天', '层层', '步步', '个个', '处处', '时时', '事事', '年年', '家家户户', '大大', '讨论讨论', '雪白雪白', '一步一步']) {
    const t = vary('我们将研究研究具体办法', `我们将${ok}具体办法`);
    assert.deepEqual(typo(t), [], ok);
  }
});

// The seed (RULEBOOK §8b)
test('seed: T01 6200/6221/4693/6016, T02 1637, T03 4933/4619, and nothing else', () => {
  const seed = read(SEED);
  const ms = typo(seed);
  const inside = (m: ReplyMessage, start: number, quoted: string) => m.range[0] >= start && m.range[1] <= start + quoted.length && seed.startsWith(quoted, start);
  const want: Array<[string, number, string]> = [
    ['jiezhi-vs-jiezhi', 1637, '截止2022年'],
    ['duplicated-word', 4619, '一是在出台'],
    ['typo-lexicon', 4693, '奥利匹克标志'],
    ['duplicated-word', 4933, '调解知识产权纠纷调解案件'],
    ['typo-lexicon', 6016, '做为试点'],
    ['typo-lexicon', 6200, '台湾特骋专家'],
    ['typo-lexicon', 6221, '台湾特骋专才'],
  ];
  assert.equal(ms.length, want.length, JSON.stringify(ms.map((m) => [m.range, m.ruleId])));
  want.forEach(([id, start, quoted], i) => {
    assert.equal(ms[i].ruleId, id);
    assert.ok(inside(ms[i], start, quoted), `${id} at ${start}: ${JSON.stringify(ms[i].range)}`);
  });
  assert.equal(ms[3].range[0], 4933);
  const out = fixAll(seed, ms).output;
  assert.ok(out.includes('截至2022年') && out.includes('奥林匹克标志') && out.includes('台湾特聘专家') && out.includes('台湾特聘专才'));
  assert.ok(out.includes('做为试点'), '做为 is only suggested');
});

test('corpus: 005 关于关于 and 充分发持, 008 您们, 015 水利水利, nothing on the other letters', () => {
  const want: Record<string, string[]> = {
    '005.txt': ['duplicated-word 关于', 'typo-lexicon 充分发持'],
    '008.txt': ['typo-lexicon 您们'], // “感谢您们” (the corpus index notes it)
    '015.txt': ['duplicated-word 水利'],
  };
  for (const f of corpusFiles()) {
    const t = read(join(CORPUS, f));
    assert.deepEqual(
      typo(t).map((m) => `${m.ruleId} ${at(t, m)}`),
      want[f] ?? [],
      f,
    );
  }
});
