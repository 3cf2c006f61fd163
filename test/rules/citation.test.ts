/**
 * Citation rules (RULEBOOK §5, C01–C08): a correct letter in test/fixtures/citation/ and one
 * variation per failure kind, each fix applied and compared; the seed's citation findings at
 * the RULEBOOK §8b offsets and nothing else; the corpus guards.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CORPUS, FIXTURES, SEED, corpusFiles, lintText, read } from '../helpers';
import { fixAll } from '../../server/src/engine/lint';
import { applyFixes } from '../../server/src/engine/fixes';
import { rules } from '../../server/src/rules';
import type { ReplyMessage } from '../../server/src/engine/messages';
import type { LintConfig } from '../../server/src/engine/lint';

const DIR = join(FIXTURES, 'citation');
const CORRECT = read(join(DIR, 'correct.txt'));
const CITATION = new Set(rules.filter((r) => r.category === 'citation').map((r) => r.id));

function citation(text: string, config: LintConfig = {}): ReplyMessage[] {
  return lintText(text, config).messages.filter((m) => CITATION.has(m.ruleId));
}
function vary(from: string, to: string, base = CORRECT): string {
  assert.equal(base.split(from).length, 2, `“${from}” occurs once in the fixture`);
  return base.replace(from, to);
}
function only(text: string, ruleId: string, config: LintConfig = {}): ReplyMessage[] {
  const found = citation(text, config);
  assert.ok(found.length > 0, `no ${ruleId} finding`);
  assert.deepEqual([...new Set(found.map((m) => m.ruleId))], [ruleId], JSON.stringify(found.map((m) => [m.ruleId, m.text.zh])));
  return found;
}
function fixed(text: string, config: LintConfig = {}): string {
  return fixAll(text, citation(text, config)).output;
}
function at(text: string, m: ReplyMessage): string {
  return text.slice(m.range[0], m.range[1]);
}

test('citation rules are registered in RULEBOOK order', () => {
  assert.deepEqual(rules.filter((r) => r.category === 'citation').map((r) => r.code), ['C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'C07', 'C08']);
  for (const r of rules.filter((x) => x.category === 'citation')) {
    assert.ok(r.docs.zh && r.docs.en && r.source && r.examples, `${r.id} has docs, source and examples`);
  }
});

test('the correct letter has no citation finding', () => {
  assert.deepEqual(citation(CORRECT).map((m) => [m.ruleId, m.text.zh]), []);
});

// C01
test('C01: an unclosed 《, a stray 》 and a 〈 outside a title', () => {
  let t = vary('发布《厦门经济特区数据条例》《', '发布《厦门经济特区数据条例《');
  let ms = only(t, 'cite-title-balanced');
  assert.equal(ms.length, 1);
  assert.equal(ms[0].severity, 'error');
  assert.match(ms[0].text.zh, /没有配对的“》”/);
  t = vary('搭好“海创会”项目', '搭好海创会》项目');
  ms = only(t, 'cite-title-balanced');
  assert.equal(at(t, ms[0]), '》');
  assert.match(ms[0].text.zh, /没有配对的“《”/);
  t = vary('搭好“海创会”项目', '搭好〈海创会〉项目');
  ms = only(t, 'cite-title-balanced');
  assert.deepEqual(ms.map((m) => at(t, m)), ['〈', '〉']);
  assert.equal(ms[0].fix, undefined);
});

test('C01: a run of unmatched marks in one sentence is one finding', () => {
  const t = vary('发布《厦门经济特区数据条例》《', '发布《《厦门经济特区数据条例《');
  assert.equal(only(t, 'cite-title-balanced').length, 1);
});

test('C01: a 〈 that brackets a 文号 year is not a title mark', () => {
  const t = vary('（厦府规〔2022〕2号）', '（厦府规〈2022〉2号）');
  assert.deepEqual(citation(t).map((m) => m.ruleId), ['cite-docnum-format']);
});

// C02
test('C02: a nested 《》 becomes 〈〉 (safe fix)', () => {
  const t = vary('《关于转发〈关于加强知识产权保护的意见〉的通知》', '《关于转发《关于加强知识产权保护的意见》的通知》');
  const ms = only(t, 'cite-nested-title-marks');
  assert.equal(ms.length, 1);
  assert.equal(at(t, ms[0]), '《关于加强知识产权保护的意见》');
  assert.equal(fixed(t), CORRECT);
});

test('C02: ASCII <> inside a title becomes 〈〉 (safe fix)', () => {
  const t = vary('《关于转发〈关于加强知识产权保护的意见〉的通知》', '《关于转发<关于加强知识产权保护的意见>的通知》');
  only(t, 'cite-nested-title-marks');
  assert.equal(fixed(t), CORRECT);
});

test('C02: the third level goes back to 《》', () => {
  const ok = vary('《关于转发〈关于加强知识产权保护的意见〉的通知》', '《关于转发〈关于印发《知识产权保护规划》的通知〉的通知》');
  assert.deepEqual(citation(ok), []);
  const bad = vary('《关于转发〈关于加强知识产权保护的意见〉的通知》', '《关于转发〈关于印发〈知识产权保护规划〉的通知〉的通知》');
  const ms = only(bad, 'cite-nested-title-marks');
  assert.equal(at(bad, ms[0]), '〈知识产权保护规划〉');
  assert.equal(fixed(bad), ok);
});

test('C02: a quoted document name after 转发 is a suggestion; ordinary quotes are left alone', () => {
  const t = vary('《关于转发〈关于加强知识产权保护的意见〉的通知》', '《关于转发“关于加强知识产权保护的意见”的通知》');
  const ms = only(t, 'cite-nested-title-marks');
  assert.equal(ms[0].fix, undefined);
  assert.equal(applyFixes(t, [ms[0].suggestions![0]]).output, CORRECT);
  const quotes = vary('发布《厦门经济特区数据条例》', '发布《关于把“个体摊档夜市”纳入繁荣“夜经济”元素的提案》');
  assert.deepEqual(citation(quotes), []);
});

// C03
test('C03: each malformed cited 文号 is one finding with its fix', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['厦府规[2022]2号', '厦府规〔2022〕2号', /六角括号/],
    ['厦府规〔2022〕02号', '厦府规〔2022〕2号', /不编虚位/],
    ['厦府规〔2022〕第2号', '厦府规〔2022〕2号', /不加“第”/],
    ['厦府规〔2022〕2', '厦府规〔2022〕2号', /缺少“号”/],
  ];
  for (const [bad, good, message] of cases) {
    const t = vary(`（${good}）`, `（${bad}）`);
    const ms = only(t, 'cite-docnum-format');
    assert.equal(ms.length, 1, bad);
    assert.equal(ms[0].severity, 'error');
    assert.match(ms[0].text.zh, message);
    assert.equal(at(t, ms[0]), bad);
    assert.equal(fixed(t), CORRECT, bad);
  }
});

test('C03: a two-digit year is reported without a fix; the header 文号 is H06–H10’s', () => {
  const t = vary('（厦府规〔2022〕2号）', '（厦府规〔22〕2号）');
  const ms = only(t, 'cite-docnum-format');
  assert.match(ms[0].text.zh, /写全四位/);
  assert.equal(ms[0].fix, undefined);
  const own = vary('厦工信函〔2023〕25号', '厦工信函[2023]25号');
  assert.deepEqual(citation(own), []);
});

test('C03: two problems in one number are two findings, both fixed', () => {
  const t = vary('（厦府规〔2022〕2号）', '（厦府规[2022]第02号）');
  const ms = only(t, 'cite-docnum-format');
  assert.equal(ms.length, 3);
  assert.equal(fixed(t), CORRECT);
});

// C04
test('C04: ASCII brackets around a cited 文号 (letter not aggregated) → full width', () => {
  const t = vary('（厦府规〔2022〕2号）', '(厦府规〔2022〕2号)');
  const ms = only(t, 'cite-docnum-parenthesized');
  assert.equal(ms.length, 1);
  assert.equal(ms[0].severity, 'warning');
  assert.equal(at(t, ms[0]), '(厦府规〔2022〕2号)');
  assert.equal(fixed(t), CORRECT);
  // Only the half-width one of a mixed pair is changed.
  const mixed = vary('（厦府规〔2022〕2号）', '（厦府规〔2022〕2号)');
  assert.equal(fixed(mixed), CORRECT);
});

test('C04: in an aggregated (scraped) letter the width is fullwidth-punct’s', () => {
  const t = vary('（厦府规〔2022〕2号）', '(厦府规〔2022〕2号)');
  assert.deepEqual(citation(t, { aggregateThreshold: 1 }), []);
  const seed = read(SEED);
  assert.deepEqual(citation(seed).filter((m) => m.ruleId === 'cite-docnum-parenthesized'), []);
});

test('C04: 〔…〕 or 【…】 around a cited number → （…） in both modes', () => {
  for (const [o, c] of [['〔', '〕'], ['【', '】'], ['[', ']']]) {
    const t = vary('（厦府规〔2022〕2号）', `${o}厦府规〔2022〕2号${c}`);
    const ms = only(t, 'cite-docnum-parenthesized');
    assert.match(ms[0].text.zh, /应使用圆括号/);
    assert.equal(fixed(t), CORRECT, o);
    assert.equal(citation(t, { aggregateThreshold: 1 }).length, 1);
  }
});

test('C04: a number without its own year brackets gets a suggestion', () => {
  const t = vary('（厦府规〔2022〕2号）', '〔厦府规2022-2号〕');
  const ms = only(t, 'cite-docnum-parenthesized');
  assert.equal(ms[0].fix, undefined);
  assert.equal(applyFixes(t, [ms[0].suggestions![0]]).output, CORRECT);
});

test('C04: a comma instead of brackets is a suggestion; a number that starts a new phrase is left alone', () => {
  const t = vary('（厦工信规〔2023〕1号）。', '，厦工信规〔2023〕1号。');
  const ms = only(t, 'cite-docnum-parenthesized');
  assert.equal(ms[0].fix, undefined);
  assert.equal(applyFixes(t, [ms[0].suggestions![0]]).output, CORRECT);
  const other = vary('（厦工信规〔2023〕1号）。', '，厦工信规〔2023〕1号文件同时废止。');
  assert.deepEqual(citation(other), []);
});

// C05
test('C05: a title variant of an earlier citation is a warning on the later one, with a suggestion', () => {
  const t = vary('一是完善《厦门市先进制造业倍增计划实施方案（2022—2026年）》', '一是完善《厦门市关于先进制造业倍增计划的实施方案（2022—2026年）》');
  const ms = only(t, 'cite-same-doc-different-title');
  assert.equal(ms.length, 1);
  assert.equal(ms[0].severity, 'warning');
  assert.ok(at(t, ms[0]).startsWith('《厦门市关于先进制造业'));
  assert.equal(applyFixes(t, [ms[0].suggestions![0]]).output, CORRECT);
});

test('C05: the same 文号 after two different titles is an error', () => {
  const t = vary('《进一步促进首台（套）重大技术装备示范应用的若干措施》（厦工信规〔2023〕1号）', '《关于促进首台套装备推广的若干措施》（厦府规〔2022〕2号）');
  const ms = only(t, 'cite-same-doc-different-title');
  assert.equal(ms.length, 1);
  assert.equal(ms[0].severity, 'error');
  assert.match(ms[0].text.zh, /同一文号“厦府规〔2022〕2号”/);
});

test('C05: width and dash differences alone are not a second title', () => {
  const t = vary('一是完善《厦门市先进制造业倍增计划实施方案（2022—2026年）》', '一是完善《厦门市先进制造业倍增计划实施方案(2022-2026年)》');
  assert.deepEqual(citation(t).filter((m) => m.ruleId === 'cite-same-doc-different-title'), []);
});

test('C05: different documents are not paired', () => {
  const pairs: Array<[string, string]> = [
    // different year ranges
    ['《厦门市先进制造业倍增计划实施方案（2022—2026年）》', '《厦门市先进制造业倍增计划实施方案（2023—2026年）》'],
    // national document and the city's own
    ['《关于促进先进制造业发展的意见》', '《厦门市关于促进先进制造业发展的意见》'],
    // different 文号
    ['《先进制造业倍增计划实施方案》（厦府规〔2021〕5号）', '《关于先进制造业倍增计划的实施方案》（厦府规〔2021〕6号）'],
    // different provinces
    ['《河北省大运河文化遗产保护利用条例》', '《山东省大运河文化遗产保护利用条例》'],
  ];
  for (const [a, b] of pairs) {
    const t = vary('发布《厦门经济特区数据条例》《厦门市促进科技成果转移转化若干规定》', `发布${a}，又发布${b}`);
    assert.deepEqual(citation(t).filter((m) => m.ruleId === 'cite-same-doc-different-title').map((m) => m.text.zh), [], `${a} / ${b}`);
  }
});

test('C05: 007’s five 大运河 titles are five documents; the acknowledgement title is not a policy', () => {
  const t = read(join(CORPUS, '007.txt'));
  assert.deepEqual(citation(t).filter((m) => m.ruleId === 'cite-same-doc-different-title'), []);
  const ack = vary('发布《厦门经济特区数据条例》', '发布《构建产业链成长良好生态助推先进制造业倍增发展》');
  assert.deepEqual(citation(ack).filter((m) => m.ruleId === 'cite-same-doc-different-title'), []);
});

// C06
test('C06: 《A》、《B》 loses the 、 (safe fix); 《A》（文号）、《B》 keeps it', () => {
  const t = vary('《厦门经济特区数据条例》《厦门市促进', '《厦门经济特区数据条例》、《厦门市促进');
  const ms = only(t, 'cite-no-dunhao-between-titles');
  assert.equal(ms[0].severity, 'info');
  assert.equal(at(t, ms[0]), '、');
  assert.equal(fixed(t), CORRECT);
  // The fixture itself has 《…》（厦府规〔2022〕2号）、《…》: no finding (see the correct letter).
  assert.match(CORRECT, /2号）、《/);
});

test('C06: something else between the titles keeps the 、', () => {
  const t = vary('《厦门经济特区数据条例》《厦门市促进', '《厦门经济特区数据条例》（试行）、《厦门市促进');
  assert.deepEqual(citation(t), []);
});

// C07
test('C07: 书名号 around a meeting, an activity or a company name is info, with suggestions', () => {
  for (const name of ['海创会', '厦门市专精特新中小企业', '中国国际投资贸易洽谈会', '厦门科学城（北京）创新成果培育基地', '全国创新创业大赛']) {
    const t = vary('搭好“海创会”项目', `搭好《${name}》项目`);
    const ms = only(t, 'cite-title-not-for-non-works');
    assert.equal(ms[0].severity, 'info', name);
    assert.equal(ms[0].fix, undefined);
    assert.equal(applyFixes(t, [ms[0].suggestions![0]]).output, vary('搭好“海创会”项目', `搭好“${name}”项目`));
  }
});

test('C07: document titles are never flagged', () => {
  for (const name of ['厦门市制造业创新中心建设管理办法', '厦门市技术创新基金（软件企业）办事指南', '关于召开全市工作会议的通知', '创新中心建设三年行动方案', '厦门市台湾同胞申请保障性商品房规程', '大会发言材料汇编']) {
    const t = vary('搭好“海创会”项目', `搭好《${name}》项目`);
    assert.deepEqual(citation(t), [], name);
  }
});

// C08
test('C08: a quoted slogan followed by a differing noun (info, suggestion)', () => {
  const t = vary('围绕“4+4+6”现代产业体系', '围绕“4+4+6”现代化产业体系');
  const ms = only(t, 'term-consistency');
  assert.equal(ms.length, 1);
  assert.equal(ms[0].severity, 'info');
  assert.equal(at(t, ms[0]), '“4+4+6”现代化产业体系');
  assert.equal(applyFixes(t, [ms[0].suggestions![0]]).output, CORRECT);
});

test('C08: an agency without its level prefix (info, suggestion)', () => {
  const t = vary('市市场监管局围绕', '市场监管局围绕');
  const ms = only(t, 'term-consistency');
  assert.equal(at(t, ms[0]), '市场监管局');
  assert.equal(applyFixes(t, [ms[0].suggestions![0]]).output, CORRECT);
  // another level's agency is another agency
  const district = vary('市市场监管局围绕', '区市场监管局围绕');
  assert.deepEqual(citation(district), []);
  const nation = vary('市市场监管局围绕', '国家市场监管局围绕');
  assert.deepEqual(citation(nation), []);
});

test('C08: phrases that merely continue differently are not variants', () => {
  for (const [a, b] of [['“4+4+6”现代产业体系', '“4+4+6”现代产业体系建设'], ['“4+4+6”现代产业体系', '“4+4+6”产业的体系']]) {
    const t = vary('围绕“4+4+6”现代产业体系', `围绕${b}`, vary('构建“4+4+6”现代产业体系', `构建${a}`));
    assert.deepEqual(citation(t), [], b);
  }
});

test('C08: the glossary option maps variants to the canonical name', () => {
  const t = vary('搭好“海创会”项目', '搭好“海峡两岸人才交流合作大会”项目');
  const config: LintConfig = { rules: { 'term-consistency': ['info', { glossary: { 海创会: ['海峡两岸人才交流合作大会'] } }] } };
  const ms = citation(t, config);
  assert.deepEqual(ms.map((m) => m.ruleId), ['term-consistency']);
  assert.equal(applyFixes(t, [ms[0].suggestions![0]]).output, CORRECT);
  // the canonical name itself is not a variant of itself
  const c2: LintConfig = { rules: { 'term-consistency': ['info', { glossary: { 市市场监管局: ['市场监管局'] } }] } };
  assert.deepEqual(citation(CORRECT, c2), []);
});

// The seed (RULEBOOK §8b)
test('seed: C05 178 vs 732, C08 446/6820 and 146/1270 vs 4580, and nothing else', () => {
  const seed = read(SEED);
  const ms = citation(seed);
  const lines = ms.map((m) => `${m.range[0]} ${m.ruleId}`);
  assert.deepEqual(lines, ['732 cite-same-doc-different-title', '4580 term-consistency', '6820 term-consistency']);
  const c05 = ms[0];
  assert.equal(c05.severity, 'warning');
  assert.ok(c05.text.zh.includes('《厦门市先进制造业倍增计划实施方案(2022-2026年)》'), 'names the earlier variant (offset 178)');
  assert.equal(seed.slice(178, 179), '《');
  assert.equal(c05.suggestions![0].text, '厦门市先进制造业倍增计划实施方案(2022-2026年)');
  const slogan = ms[2];
  assert.ok(slogan.text.zh.includes('“4+4+6”现代产业体系'), 'names the term at 446');
  assert.equal(seed.indexOf('“4+4+6”现代产业体系'), 446);
  const agency = ms[1];
  assert.ok(agency.text.zh.includes('“市市场监管局”'));
  assert.deepEqual([seed.indexOf('市市场监管局'), seed.indexOf('市市场监管局', 147)], [146, 1270]);
});

test('seed: the well-formed cited numbers are not flagged', () => {
  const seed = read(SEED);
  for (const n of ['厦府规〔2022〕2号', '厦府规〔2023〕4号', '厦工信规〔2023〕1号']) {
    const o = seed.indexOf(n);
    assert.ok(o > 0);
    assert.deepEqual(lintText(seed).messages.filter((m) => m.range[0] < o + n.length && o < m.range[1] && m.range[1] - m.range[0] < 200).map((m) => m.ruleId).filter((id) => CITATION.has(id)), [], n);
  }
});

test('corpus: no C01–C05, C07 or C08 finding on the real letters (C06 only in 007)', () => {
  for (const f of corpusFiles()) {
    const ms = citation(read(join(CORPUS, f)));
    if (f === '007.txt') assert.deepEqual([...new Set(ms.map((m) => m.ruleId))], ['cite-no-dunhao-between-titles']);
    else assert.deepEqual(ms.map((m) => [m.ruleId, m.text.zh]), [], f);
  }
});

test('C07: a government body in 书名号 (《市科技局》) is not a work; document titles naming bodies are', () => {
  const text = '郭海峰代表：\n《关于加强监管的建议》（第1号）收悉。现综合市发改委、《市科技局》、市人社局意见，答复如下：\n一、根据《厦门市人民政府办公厅关于印发实施方案的通知》要求，落实《市科技局关于促进成果转化的若干措施》。';
  const found = lintText(text, { only: ['cite-title-not-for-non-works'] }).messages.map((m) => text.slice(m.range[0], m.range[1]));
  assert.deepEqual(found, ['《市科技局》']);
});
