/**
 * Header rules (RULEBOOK §2, H01–H15, and front-matter-valid M01): a correct letter in
 * test/fixtures/header/ and one variation per failure kind (rule-tester cases,
 * test/harness/rule-tester.ts), each fix applied and compared; the seed's header findings at the
 * RULEBOOK §8b offsets and nothing else.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { FIXTURES, SEED, lintText, read, rulesAt } from '../helpers';
import { fixAll } from '../../server/src/engine/lint';
import { applyFixes } from '../../server/src/engine/fixes';
import { ruleById, rules } from '../../server/src/rules';
import { ruleTester } from '../harness/rule-tester';
import type { ReplyMessage } from '../../server/src/engine/messages';
import type { LintConfig } from '../../server/src/engine/lint';

const CORRECT = read(join(FIXTURES, 'header', 'correct.txt'));
const CORRECT_MD = read(join(FIXTURES, 'header', 'correct.md'));
const HEADER = new Set(rules.filter((r) => r.category === 'header').map((r) => r.id));
const TITLE = '厦门市工业和信息化局关于市十六届人大二次会议第20230019号建议办理情况答复的函';

function header(text: string, config: LintConfig = {}, path = 'letter.txt'): ReplyMessage[] {
  return lintText(text, config, path).messages.filter((m) => HEADER.has(m.ruleId));
}

/** The letter with `from` replaced by `to` (which must occur exactly once). */
function vary(from: string, to: string, base = CORRECT): string {
  assert.equal(base.split(from).length, 2, `“${from}” occurs once in the fixture`);
  return base.replace(from, to);
}

function only(text: string, ruleId: string, config: LintConfig = {}, path?: string): ReplyMessage {
  const found = header(text, config, path);
  assert.deepEqual(
    found.map((m) => m.ruleId),
    [ruleId],
    JSON.stringify(found.map((m) => [m.ruleId, m.text.zh])),
  );
  return found[0];
}

const rule = (id: string) => ruleById(id)!;
/** Linted with the whole family on: only the case's own rule may report. */
const quiet = [...HEADER];

function fixed(text: string, config: LintConfig = {}): string {
  return fixAll(
    text,
    lintText(text, config).messages.filter((m) => HEADER.has(m.ruleId)),
  ).output;
}

function suggest(text: string, m: ReplyMessage, i = 0): string {
  assert.ok(m.suggestions && m.suggestions[i], 'has the suggestion');
  return applyFixes(text, [m.suggestions[i]]).output;
}

test('header rules are registered in RULEBOOK order', () => {
  const codes = rules.filter((r) => r.category === 'header').map((r) => r.code);
  assert.deepEqual(codes, ['H01', 'H02', 'H03', 'H04', 'H05', 'H06', 'H07', 'H08', 'H09', 'H10', 'H11', 'H12', 'H13', 'H14', 'H15', 'M01']);
});

test('the correct letter has no header finding, under every profile', () => {
  for (const profile of ['generic', 'national-npc', 'fujian', 'xiamen']) {
    assert.deepEqual(header(CORRECT, { profile }), [], profile);
    assert.deepEqual(header(CORRECT_MD, { profile }, 'letter.md'), [], profile + ' md');
  }
});

// ---- H01 title-required --------------------------------------------------------------------

test('H01: a missing title is an error when the profile requires one', () => {
  const text = vary(TITLE + '\n', '');
  const m = only(text, 'title-required');
  assert.equal(m.severity, 'error');
  assert.equal(m.range[0], 0);
  const relaxed = { profile: { ...resolve('generic'), require: { ...resolve('generic').require, title: false } } };
  assert.deepEqual(header(text, relaxed), []);
});

test('H01: a title without the organ is a hint, unless a letterhead names the organ', () => {
  const text = vary(TITLE, '关于市十六届人大二次会议第20230019号建议办理情况答复的函');
  const m = only(text, 'title-required');
  assert.equal(m.severity, 'info');
  assert.equal(text.slice(m.range[0], m.range[1]), '关于');
  assert.deepEqual(header(vary('A类\n', 'A类\n厦门市工业和信息化局\n', text)), []);
  assert.deepEqual(header(text, { rules: { 'title-required': ['error', { organ: false }] } }), []);
});

// ---- H02 title-form ------------------------------------------------------------------------

ruleTester(rule('title-form'), {
  valid: [
    '黔东南州人民政府关于贵州省人大十三届四次会议第560号建议的会办意见',
    '马关县交通运输局关于马关县第十八届人大一次会议第105号建议的答复函',
    '台儿庄区城乡水务局关于对区政协十届一次会议第76号提案的答复',
    '盐边县教育和体育局对县政协十五届五次会议第31号提案答复的函',
    '厦门市工业和信息化局对《加大对青云镇工业园区基础配套设施建设扶持力度的建议》的答复',
    '厦门市工业和信息化局关于加强垃圾分类工作的建议的答复',
    '农业农村部关于政协第十三届全国委员会第五次会议第02704号(农业水利类225号)提案答复摘要',
    '厦门市工业和信息化局对河北省第十三届人民代表大会第五次会议第1218号建议的复函',
    '厦门市工业和信息化局关于省政协十二届一次会议第123号提案的答复',
  ].map((t) => ({ name: `the real title variant ${t}`, text: vary(TITLE, t) })),
  invalid: [
    {
      name: '回复 is not a document type; the suggestion writes 答复',
      text: vary(TITLE, '厦门市工业和信息化局关于第20230019号建议的回复'),
      quiet,
      messages: [{ severity: 'warning', at: '回复' }],
      suggestionOutput: vary(TITLE, '厦门市工业和信息化局关于第20230019号建议的答复'),
    },
    { name: 'a title with no document type', text: vary(TITLE, '厦门市工业和信息化局关于市十六届人大二次会议第20230019号建议办理情况'), quiet, messages: [{ zh: /未以文种结尾/ }] },
    { name: 'a title with no number', text: vary(TITLE, '厦门市工业和信息化局关于郭海峰代表建议的答复'), quiet, messages: [{ zh: /未写明建议编号/ }] },
  ],
});

test('H02: a title wrapped onto two lines is one title', () => {
  const text = vary(TITLE, '厦门市工业和信息化局关于市十六届人大二次会议\n第20230019号建议办理情况答复的函');
  assert.deepEqual(header(text), []);
  const m = only(vary('（第20230019号）收悉', '（第20230091号）收悉', text), 'title-number-matches-ack');
  assert.match(m.text.zh, /标题中的“第20230019号”/);
});

test('H02: a stray space inside a scraped title (stray-space-cjk has it otherwise)', () => {
  const seed = read(SEED);
  const text = seed.replace('人大二次会议', '人大 二次会议');
  const found = header(text).filter((x) => x.ruleId === 'title-form');
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'info');
  assert.equal(suggest(text, found[0]), seed);
  const plain = vary(TITLE, '厦门市工业和信息化局关于市十六届人大二次会议 第20230019号建议办理情况答复的函');
  assert.deepEqual(header(plain), []);
  assert.equal(rulesAt(lintText(plain).messages, 'stray-space-cjk').length, 1);
});

// ---- H03 title-no-trailing-punct -----------------------------------------------------------

ruleTester(rule('title-no-trailing-punct'), {
  invalid: ['。', '；', '：'].map((mark) => ({
    name: `a final ${mark} after the title is removed by the safe fix`,
    text: vary(TITLE, TITLE + mark),
    quiet,
    messages: [{ severity: 'warning' as const, at: mark }],
    output: CORRECT,
  })),
});

// ---- H04 title-number-matches-ack ----------------------------------------------------------

ruleTester(rule('title-number-matches-ack'), {
  valid: [
    { name: 'leading zeros are not a difference', text: vary('（第20230019号）收悉', '（第020230019号）收悉'), quiet },
    { name: 'the front matter’s number: 20230019', text: vary('建议编号: "20230019"', 'number: 20230019', CORRECT_MD), format: 'md', quiet },
  ],
  invalid: [
    { name: 'the acknowledgement number differs from the title number', text: vary('（第20230019号）收悉', '（第20230091号）收悉'), quiet, messages: [{ severity: 'error', at: '20230091' }], output: null },
    {
      name: 'the front matter number must match too',
      text: vary('建议编号: "20230019"', '建议编号: "20230020"', CORRECT_MD),
      format: 'md',
      quiet,
      messages: [{ zh: /标题中的编号“第20230019号”与元数据编号“20230020”不一致/ }, {}],
    },
  ],
});

// ---- H05 doc-number-required ---------------------------------------------------------------

ruleTester(rule('doc-number-required'), {
  valid: [{ name: 'no 发文字号, not required (generic)', text: vary('厦工信函〔2023〕25号\n', ''), quiet }],
  invalid: [{ name: 'no 发文字号 under xiamen', text: vary('厦工信函〔2023〕25号\n', ''), profile: 'xiamen', quiet, messages: [{ severity: 'error' }] }],
});

// ---- H06–H10: the header's 发文字号 ---------------------------------------------------------

ruleTester(rule('doc-number-brackets'), {
  invalid: [
    ['[', ']'],
    ['［', '］'],
    ['【', '】'],
    ['（', '）'],
    ['(', ')'],
    ['﹝', '﹞'],
    ['〈', '〉'],
  ].map(([o, c]) => ({
    name: `${o}2023${c} becomes 〔2023〕`,
    text: vary('厦工信函〔2023〕25号', `厦工信函${o}2023${c}25号`),
    quiet,
    messages: [{ severity: 'error' as const }],
    output: CORRECT,
  })),
});

ruleTester(rule('doc-number-year-full'), {
  invalid: ['23', '二〇二三', '二○二三'].map((y) => ({
    name: `〔${y}〕: the suggestion takes the century from the date`,
    text: vary('厦工信函〔2023〕25号', `厦工信函〔${y}〕25号`),
    quiet,
    messages: [{ severity: 'error' as const, zh: /应为“2023”/ }],
    output: null,
    suggestionOutput: CORRECT,
  })),
});

ruleTester(rule('doc-number-no-leading-zero'), {
  invalid: ['025', '0025'].map((n) => ({ name: `${n}号 → 25号`, text: vary('厦工信函〔2023〕25号', `厦工信函〔2023〕${n}号`), quiet, messages: [{ zh: /应为“25号”/ }], output: CORRECT })),
});

ruleTester(rule('doc-number-no-di'), {
  invalid: [{ name: 'no 第 before the serial number', text: vary('厦工信函〔2023〕25号', '厦工信函〔2023〕第25号'), quiet, messages: 1, output: CORRECT }],
});

ruleTester(rule('doc-number-hao-suffix'), {
  invalid: [{ name: '号 is appended', text: vary('厦工信函〔2023〕25号', '厦工信函〔2023〕25'), quiet, messages: 1, output: CORRECT }],
});

test('H06–H10 together: every safe fix applies at once', () => {
  const text = vary('厦工信函〔2023〕25号', '厦工信函[2023]第025');
  const ids = header(text)
    .map((m) => m.ruleId)
    .sort();
  assert.deepEqual(ids, ['doc-number-brackets', 'doc-number-hao-suffix', 'doc-number-no-di', 'doc-number-no-leading-zero']);
  assert.equal(fixed(text), CORRECT);
});

// ---- H11 doc-number-year-matches-date ------------------------------------------------------

ruleTester(rule('doc-number-year-matches-date'), {
  invalid: [
    { name: 'the 文号 year differs from the 成文日期 year', text: vary('厦工信函〔2023〕25号', '厦工信函〔2022〕25号'), quiet, messages: [{ severity: 'warning', zh: /“2022”与成文日期“2023年4月10日”/ }] },
  ],
});

// ---- H12 / H13 result category --------------------------------------------------------------

test('H12: a missing category mark under a profile that requires it (info when scraped)', () => {
  const text = vary('A类\n', '');
  assert.deepEqual(header(text), []);
  const m = only(text, 'result-category-present', { profile: 'xiamen' });
  assert.equal(m.severity, 'warning');
  const seed = lintText(read(SEED), { profile: 'xiamen' }).messages.filter((x) => x.ruleId === 'result-category-present');
  assert.deepEqual(
    seed.map((x) => x.severity),
    ['info'],
  );
  // A 类别 field after the body counts.
  assert.deepEqual(header(vary('联系人：', '办复类别：A\n联系人：', text), { profile: 'xiamen' }), []);
});

const abc = { ...resolve('generic'), categories: { A: '已解决或采纳', B: '列入计划拟解决或拟采纳', C: '留作参考' } };
const reference = vary('提供了很好的参考。', '提供了很好的参考，该建议留作参考。');
ruleTester(rule('result-category-valid'), {
  valid: [{ name: 'B with 留作参考', text: vary('A类\n', 'B类\n', reference), quiet }],
  invalid: [
    { name: 'a category outside the profile set', text: vary('A类\n', 'E类\n'), quiet, messages: [{ severity: 'error' }] },
    { name: 'D under a local A/B/C set', text: vary('A类\n', 'D类\n'), config: { profile: abc }, quiet, messages: [{ zh: /不在本地规定的类别（A\/B\/C）中/ }] },
    { name: 'against the metadata', text: vary('类别: A', '类别: B', CORRECT_MD), format: 'md', quiet, messages: [{ zh: /与元数据类别“B”不一致/ }] },
    { name: 'A with 留作参考', text: reference, quiet, messages: [{ severity: 'warning', at: '留作参考' }] },
  ],
});

// ---- H14 salutation-form ----------------------------------------------------------------------

ruleTester(rule('salutation-form'), {
  valid: [
    { name: '尊敬的 is accepted', text: vary('郭海峰代表：', '尊敬的郭海峰代表：'), quiet },
    { name: 'an organ as addressee (会办意见 to the 主办 unit)', text: vary('郭海峰代表：', '省教育厅：'), quiet },
    { name: 'a placeholder name', text: vary('郭海峰代表：', 'xxx代表：'), quiet },
    { name: 'spaces inside are stray-space-cjk’s', text: vary('郭海峰代表：', '郭海峰  代表：'), quiet },
    { name: 'several deputies in the metadata', text: vary('代表: 郭海峰', 'deputy: [郭海峰, 陈爱珍]', CORRECT_MD), format: 'md', quiet },
  ],
  invalid: [
    { name: 'a missing colon is an error; the safe fix adds “：”', text: vary('郭海峰代表：', '郭海峰代表'), quiet, messages: [{ severity: 'error' }], output: CORRECT },
    { name: 'no name', text: vary('郭海峰代表：', '代表：'), quiet, messages: [{ severity: 'warning', zh: /缺少姓名/ }] },
    { name: 'no 代表/委员', text: vary('郭海峰代表：', '郭海峰：'), quiet, messages: [{ severity: 'warning', zh: /缺少“代表”或“委员”/ }] },
    { name: '委员 in an NPC letter', text: vary('郭海峰代表：', '郭海峰委员：'), quiet, messages: [{ zh: /“委员”应为“代表”/ }] },
    { name: 'several names (joint suggestion) are a hint', text: vary('郭海峰代表：', '郭海峰、陈爱珍代表：'), quiet, messages: [{ severity: 'info' }] },
    { name: '姜欣（等10位）代表 is a hint', text: vary('郭海峰代表：', '姜欣（等10位）代表：'), quiet, messages: [{ severity: 'info' }] },
    { name: 'a missing salutation is an error', text: vary('郭海峰代表：\n', ''), quiet, messages: [{ severity: 'error' }] },
    { name: 'the metadata name must match', text: vary('代表: 郭海峰', '代表: 张三', CORRECT_MD), format: 'md', quiet, messages: [{ zh: /“郭海峰”与元数据中的“张三”不一致/ }] },
  ],
});

test('H14: an ASCII colon is reported here unless fullwidth-punct aggregates', () => {
  const text = vary('郭海峰代表：', '郭海峰代表:');
  const m = only(text, 'salutation-form');
  assert.equal(text.slice(m.range[0], m.range[1]), ':');
  assert.equal(fixed(text), CORRECT);
  // fullwidth-punct leaves the salutation colon to this rule.
  assert.deepEqual(
    lintText(text).messages.filter((x) => x.ruleId === 'fullwidth-punct'),
    [],
  );
  // Scraped seed: one aggregated fullwidth-punct finding covers 郭海峰代表:.
  assert.deepEqual(rulesAt(lintText(read(SEED)).messages, 'salutation-form'), []);
});

// ---- H15 header-stray-date ---------------------------------------------------------------------

test('H15: a bare date in the header; delete it or rewrite it as 年月日', () => {
  const text = vary('厦工信函〔2023〕25号\n', '厦工信函〔2023〕25号\n2023-4-10\n');
  const found = header(text).filter((m) => m.ruleId === 'header-stray-date');
  assert.equal(found.length, 1);
  const m = found[0];
  assert.equal(m.severity, 'warning');
  assert.equal(text.slice(m.range[0], m.range[1]), '2023-4-10');
  assert.equal(suggest(text, m, 0), CORRECT);
  assert.equal(suggest(text, m, 1), vary('厦工信函〔2023〕25号\n', '厦工信函〔2023〕25号\n2023年4月10日\n'));
  // A 年月日 date in the header is still misplaced: only the deletion is offered.
  const cn = header(vary('厦工信函〔2023〕25号\n', '厦工信函〔2023〕25号\n2023年4月10日\n')).filter((x) => x.ruleId === 'header-stray-date');
  assert.equal(cn[0].suggestions?.length, 1);
});

// ---- M01 front-matter-valid ---------------------------------------------------------------------

const badYaml = vary('类别: A', '类别: [A', CORRECT_MD);
ruleTester(rule('front-matter-valid'), {
  invalid: [{ name: 'front matter that is not valid YAML is an error, on the whole block', text: badYaml, format: 'md', quiet, messages: [{ severity: 'error', range: [0, badYaml.indexOf('\n---', 3) + 4] }] }],
});

// ---- the seed (RULEBOOK §8b) ----------------------------------------------------------------------

test('seed: H06 at 43 and H15 at 57, and no other header finding', () => {
  const text = read(SEED);
  const found = header(text);
  assert.deepEqual(
    found.map((m) => [m.ruleId, m.range[0], m.severity]),
    [
      ['doc-number-brackets', 43, 'error'],
      ['header-stray-date', 57, 'info'],
    ],
  );
  assert.equal(text.slice(43, 56), '厦工信函[2023]25号');
  const out = applyFixes(text, [found[0].fix!]).output;
  assert.equal(out.slice(43, 56), '厦工信函〔2023〕25号');
  const h15 = found[1];
  assert.equal(suggest(text, h15, 1).slice(57, 67), '2023年4月10日');
  assert.ok(suggest(text, h15, 0).startsWith(`${text.slice(0, 56)} 郭海峰代表:`));
});

function resolve(id: string) {
  return builtin[id];
}
import { builtinProfiles as builtin } from '../../server/src/profiles';
