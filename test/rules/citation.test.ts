/**
 * Citation rules (RULEBOOK §5, C01–C08): a correct letter in test/fixtures/citation/ and one
 * variation per failure kind as rule-tester cases (test/harness/rule-tester.ts), each fix applied
 * and compared; the seed's citation findings at the RULEBOOK §8b offsets and nothing else; the
 * corpus guards.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CORPUS, FIXTURES, SEED, corpusFiles, lintText, read } from '../helpers';
import { ruleById, rules } from '../../server/src/rules';
import { ruleTester } from '../harness/rule-tester';
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

test('citation rules are registered in RULEBOOK order', () => {
  assert.deepEqual(
    rules.filter((r) => r.category === 'citation').map((r) => r.code),
    ['C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'C07', 'C08'],
  );
  for (const r of rules.filter((x) => x.category === 'citation')) {
    assert.ok(r.docs.zh && r.docs.en && r.source && r.examples, `${r.id} has docs, source and examples`);
  }
});

test('the correct letter has no citation finding', () => {
  assert.deepEqual(
    citation(CORRECT).map((m) => [m.ruleId, m.text.zh]),
    [],
  );
});

const rule = (id: string) => ruleById(id)!;
/** Linted with the whole family on: only the case's own rule may report. */
const quiet = [...CITATION];
/** A variation of the correct letter, named after what it changes. */
const varied = (from: string, to: string, base = CORRECT) => ({ name: `${from} → ${to}`, text: vary(from, to, base) });

// C01
ruleTester(rule('cite-title-balanced'), {
  invalid: [
    { ...varied('发布《厦门经济特区数据条例》《', '发布《厦门经济特区数据条例《'), quiet, messages: [{ severity: 'error', zh: /没有配对的“》”/ }] },
    { ...varied('搭好“海创会”项目', '搭好海创会》项目'), quiet, messages: [{ at: '》', zh: /没有配对的“《”/ }] },
    { ...varied('搭好“海创会”项目', '搭好〈海创会〉项目'), quiet, messages: [{ at: '〈' }, { at: '〉' }], output: null },
    { name: 'a run of unmatched marks in one sentence is one finding', text: vary('发布《厦门经济特区数据条例》《', '发布《《厦门经济特区数据条例《'), quiet, messages: 1 },
  ],
});

// C02
const thirdOk = vary('《关于转发〈关于加强知识产权保护的意见〉的通知》', '《关于转发〈关于印发《知识产权保护规划》的通知〉的通知》');
ruleTester(rule('cite-nested-title-marks'), {
  valid: [
    { name: 'the third level goes back to 《》', text: thirdOk, quiet },
    { name: 'ordinary quotes are left alone', text: vary('发布《厦门经济特区数据条例》', '发布《关于把“个体摊档夜市”纳入繁荣“夜经济”元素的提案》'), quiet },
  ],
  invalid: [
    { ...varied('《关于转发〈关于加强知识产权保护的意见〉的通知》', '《关于转发《关于加强知识产权保护的意见》的通知》'), quiet, messages: [{ at: '《关于加强知识产权保护的意见》' }], output: CORRECT },
    { ...varied('《关于转发〈关于加强知识产权保护的意见〉的通知》', '《关于转发<关于加强知识产权保护的意见>的通知》'), quiet, output: CORRECT },
    { ...varied('《关于转发〈关于加强知识产权保护的意见〉的通知》', '《关于转发〈关于印发〈知识产权保护规划〉的通知〉的通知》'), quiet, messages: [{ at: '〈知识产权保护规划〉' }], output: thirdOk },
    { ...varied('《关于转发〈关于加强知识产权保护的意见〉的通知》', '《关于转发“关于加强知识产权保护的意见”的通知》'), quiet, output: null, suggestionOutput: CORRECT },
  ],
});

// C03: each malformed cited 文号 is one finding with its fix; a two-digit year has none; the
// header 文号 is H06–H10's; two problems in one number are two findings, both fixed.
const docnums: Array<[string, string, RegExp]> = [
  ['厦府规[2022]2号', '厦府规〔2022〕2号', /六角括号/],
  ['厦府规〔2022〕02号', '厦府规〔2022〕2号', /不编虚位/],
  ['厦府规〔2022〕第2号', '厦府规〔2022〕2号', /不加“第”/],
  ['厦府规〔2022〕2', '厦府规〔2022〕2号', /缺少“号”/],
];
ruleTester(rule('cite-docnum-format'), {
  valid: [{ name: 'the header 文号 is not a citation', text: vary('厦工信函〔2023〕25号', '厦工信函[2023]25号'), quiet }],
  invalid: [
    ...docnums.map(([bad, good, zh]) => ({ ...varied(`（${good}）`, `（${bad}）`), quiet, messages: [{ severity: 'error' as const, zh, at: bad }], output: CORRECT })),
    { ...varied('（厦府规〔2022〕2号）', '（厦府规〔22〕2号）'), quiet, messages: [{ zh: /写全四位/ }], output: null },
    { ...varied('（厦府规〔2022〕2号）', '（厦府规[2022]第02号）'), quiet, messages: 3, output: CORRECT },
    // C01: a 〈 that brackets a 文号 year is not a title mark (only C03 reports it).
    { ...varied('（厦府规〔2022〕2号）', '（厦府规〈2022〉2号）'), quiet, messages: 1 },
  ],
});

// C04
ruleTester(rule('cite-docnum-parenthesized'), {
  valid: [
    { name: 'in an aggregated (scraped) letter the width is fullwidth-punct’s', text: vary('（厦府规〔2022〕2号）', '(厦府规〔2022〕2号)'), quiet, config: { aggregateThreshold: 1 } },
    { name: 'the seed (aggregated)', text: read(SEED) },
    { name: 'a number that starts a new phrase is left alone', text: vary('（厦工信规〔2023〕1号）。', '，厦工信规〔2023〕1号文件同时废止。'), quiet },
  ],
  invalid: [
    { ...varied('（厦府规〔2022〕2号）', '(厦府规〔2022〕2号)'), quiet, messages: [{ severity: 'warning', at: '(厦府规〔2022〕2号)' }], output: CORRECT },
    // Only the half-width one of a mixed pair is changed.
    { ...varied('（厦府规〔2022〕2号）', '（厦府规〔2022〕2号)'), output: CORRECT },
    ...[
      ['〔', '〕'],
      ['【', '】'],
      ['[', ']'],
    ].flatMap(([o, c]) => [
      { ...varied('（厦府规〔2022〕2号）', `${o}厦府规〔2022〕2号${c}`), quiet, messages: [{ zh: /应使用圆括号/ }], output: CORRECT },
      { ...varied('（厦府规〔2022〕2号）', `${o}厦府规〔2022〕2号${c}`), name: `${o}…${c} when aggregated too`, quiet, config: { aggregateThreshold: 1 }, messages: 1 },
    ]),
    { ...varied('（厦府规〔2022〕2号）', '〔厦府规2022-2号〕'), quiet, output: null, suggestionOutput: CORRECT },
    { ...varied('（厦工信规〔2023〕1号）。', '，厦工信规〔2023〕1号。'), quiet, output: null, suggestionOutput: CORRECT },
  ],
});

// C05
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
ruleTester(rule('cite-same-doc-different-title'), {
  valid: [
    { name: 'width and dash differences alone are not a second title', text: vary('一是完善《厦门市先进制造业倍增计划实施方案（2022—2026年）》', '一是完善《厦门市先进制造业倍增计划实施方案(2022-2026年)》') },
    ...pairs.map(([a, b]) => ({ name: `different documents: ${a} / ${b}`, text: vary('发布《厦门经济特区数据条例》《厦门市促进科技成果转移转化若干规定》', `发布${a}，又发布${b}`) })),
    { name: '007’s five 大运河 titles are five documents', text: read(join(CORPUS, '007.txt')) },
    { name: 'the acknowledgement title is not a policy', text: vary('发布《厦门经济特区数据条例》', '发布《构建产业链成长良好生态助推先进制造业倍增发展》') },
  ],
  invalid: [
    {
      ...varied('一是完善《厦门市先进制造业倍增计划实施方案（2022—2026年）》', '一是完善《厦门市关于先进制造业倍增计划的实施方案（2022—2026年）》'),
      quiet,
      messages: [{ severity: 'warning', at: '《厦门市关于先进制造业倍增计划的实施方案（2022—2026年）》' }],
      suggestionOutput: CORRECT,
    },
    {
      ...varied('《进一步促进首台（套）重大技术装备示范应用的若干措施》（厦工信规〔2023〕1号）', '《关于促进首台套装备推广的若干措施》（厦府规〔2022〕2号）'),
      quiet,
      messages: [{ severity: 'error', zh: /同一文号“厦府规〔2022〕2号”/ }],
    },
  ],
});

// C06: 《A》、《B》 loses the 、 (safe fix); 《A》（文号）、《B》 keeps it (the correct letter has one).
test('C06: the correct letter cites 《…》（文号）、《…》', () => assert.match(CORRECT, /2号）、《/));
ruleTester(rule('cite-no-dunhao-between-titles'), {
  valid: [{ name: 'something else between the titles keeps the 、', text: vary('《厦门经济特区数据条例》《厦门市促进', '《厦门经济特区数据条例》（试行）、《厦门市促进'), quiet }],
  invalid: [{ ...varied('《厦门经济特区数据条例》《厦门市促进', '《厦门经济特区数据条例》、《厦门市促进'), quiet, messages: [{ severity: 'info', at: '、' }], output: CORRECT }],
});

// C07: 书名号 around a meeting, an activity or a company name is info, with suggestions; document
// titles are never flagged; a government body in 书名号 is not a work, titles naming bodies are.
const bodyText =
  '郭海峰代表：\n《关于加强监管的建议》（第1号）收悉。现综合市发改委、《市科技局》、市人社局意见，答复如下：\n一、根据《厦门市人民政府办公厅关于印发实施方案的通知》要求，落实《市科技局关于促进成果转化的若干措施》。';
ruleTester(rule('cite-title-not-for-non-works'), {
  valid: ['厦门市制造业创新中心建设管理办法', '厦门市技术创新基金（软件企业）办事指南', '关于召开全市工作会议的通知', '创新中心建设三年行动方案', '厦门市台湾同胞申请保障性商品房规程', '大会发言材料汇编'].map(
    (name) => ({
      ...varied('搭好“海创会”项目', `搭好《${name}》项目`),
      quiet,
    }),
  ),
  invalid: [
    ...['海创会', '厦门市专精特新中小企业', '中国国际投资贸易洽谈会', '厦门科学城（北京）创新成果培育基地', '全国创新创业大赛'].map((name) => ({
      ...varied('搭好“海创会”项目', `搭好《${name}》项目`),
      quiet,
      messages: [{ severity: 'info' as const }],
      output: null,
      suggestionOutput: vary('搭好“海创会”项目', `搭好“${name}”项目`),
    })),
    { name: 'a government body in 书名号 (《市科技局》)', text: bodyText, messages: [{ at: '《市科技局》' }] },
  ],
});

// C08
const glossary = (g: Record<string, string[]>) => ({ glossary: g });
ruleTester(rule('term-consistency'), {
  valid: [
    { name: 'another level’s agency is another agency (区)', text: vary('市市场监管局围绕', '区市场监管局围绕'), quiet },
    { name: 'another level’s agency is another agency (国家)', text: vary('市市场监管局围绕', '国家市场监管局围绕'), quiet },
    ...[
      ['“4+4+6”现代产业体系', '“4+4+6”现代产业体系建设'],
      ['“4+4+6”现代产业体系', '“4+4+6”产业的体系'],
    ].map(([a, b]) => ({
      name: `phrases that merely continue differently: ${b}`,
      text: vary('围绕“4+4+6”现代产业体系', `围绕${b}`, vary('构建“4+4+6”现代产业体系', `构建${a}`)),
      quiet,
    })),
    { name: 'the canonical name itself is not a variant of itself', text: CORRECT, quiet, options: glossary({ 市市场监管局: ['市场监管局'] }) },
  ],
  invalid: [
    { ...varied('围绕“4+4+6”现代产业体系', '围绕“4+4+6”现代化产业体系'), quiet, messages: [{ severity: 'info', at: '“4+4+6”现代化产业体系' }], suggestionOutput: CORRECT },
    { ...varied('市市场监管局围绕', '市场监管局围绕'), quiet, messages: [{ at: '市场监管局' }], suggestionOutput: CORRECT },
    {
      ...varied('搭好“海创会”项目', '搭好“海峡两岸人才交流合作大会”项目'),
      name: 'the glossary option maps variants to the canonical name',
      quiet,
      options: glossary({ 海创会: ['海峡两岸人才交流合作大会'] }),
      messages: 1,
      suggestionOutput: CORRECT,
    },
  ],
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
    assert.deepEqual(
      lintText(seed)
        .messages.filter((m) => m.range[0] < o + n.length && o < m.range[1] && m.range[1] - m.range[0] < 200)
        .map((m) => m.ruleId)
        .filter((id) => CITATION.has(id)),
      [],
      n,
    );
  }
});

test('corpus: no C01–C05, C07 or C08 finding on the real letters (C06 only in 007)', () => {
  for (const f of corpusFiles()) {
    const ms = citation(read(join(CORPUS, f)));
    if (f === '007.txt') assert.deepEqual([...new Set(ms.map((m) => m.ruleId))], ['cite-no-dunhao-between-titles']);
    else
      assert.deepEqual(
        ms.map((m) => [m.ruleId, m.text.zh]),
        [],
        f,
      );
  }
});
