/** Date and number rules (RULEBOOK §6): fixtures, fixes, seed defects and false-positive guards. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { FIXTURES, SEED, lintText, read, rulesAt, corpusFiles, CORPUS } from '../helpers';
import { fixAll } from '../../server/src/engine/lint';
import { rules } from '../../server/src/rules';

const DATE_RULES = rules.filter((r) => r.category === 'date').map((r) => r.id);
const dir = join(FIXTURES, 'date');
const only = (text: string) => lintText(text, { only: DATE_RULES }).messages;
const ids = (text: string) => only(text).map((m) => m.ruleId);

/** A finding of `rule` overlapping the text `quoted` found at (or after) `near`. */
function hasAt(messages: ReturnType<typeof only>, text: string, rule: string, quoted: string, near = 0) {
  const at = text.indexOf(quoted, near);
  assert.ok(at >= 0, `fixture text ${quoted}`);
  const hit = rulesAt(messages, rule).find((m) => m.range[0] < at + quoted.length && m.range[1] > at);
  assert.ok(hit, `${rule} at ${quoted} (${at})`);
  return hit!;
}

test('date rules are registered in RULEBOOK order', () => {
  assert.deepEqual(
    rules.filter((r) => r.category === 'date').map((r) => r.code),
    ['D01', 'D02', 'D03', 'D04', 'D05', 'D06', 'D07', 'D08', 'D09', 'D10', 'D11', 'D12'],
  );
});

test('a clean letter has no date findings (guards: 25.87%, 232.29亿元, 4.4万人次, 2022年12月27日, 7-digit and dashed phones)', () => {
  assert.deepEqual(
    only(read(join(dir, 'good.txt'))).map((m) => `${m.ruleId} ${m.text.zh}`),
    [],
  );
});

test('each failure kind is reported with its severity', () => {
  const text = read(join(dir, 'bad.txt'));
  const ms = only(text);
  assert.equal(hasAt(ms, text, 'date-format-cn', '2023-4-10').severity, 'warning');
  assert.equal(hasAt(ms, text, 'date-format-cn', '2023.4.10').severity, 'error');
  hasAt(ms, text, 'date-no-leading-zero', '04月');
  hasAt(ms, text, 'date-no-leading-zero', '05日');
  hasAt(ms, text, 'year-not-abbreviated', '23年底');
  assert.equal(hasAt(ms, text, 'range-connector', '2022-2026').severity, 'warning');
  hasAt(ms, text, 'range-connector', '4-6%');
  hasAt(ms, text, 'range-unit-repeat', '4-6%');
  hasAt(ms, text, 'year-missing-nian', '2022家4家');
  hasAt(ms, text, 'year-missing-nian', '2021金砖');
  hasAt(ms, text, 'percent-arabic', '百分之二十');
  hasAt(ms, text, 'numeral-style-consistency', '5方面');
  hasAt(ms, text, 'money-unit-missing', '20万');
  hasAt(ms, text, 'informal-symbols', '3000+');
  hasAt(ms, text, 'chinese-zero-char', '二OO九');
  hasAt(ms, text, 'contact-phone-format', '２８９６５９９');
});

test('fixAll applies the safe date fixes', () => {
  const text = read(join(dir, 'bad.txt'));
  const { output } = fixAll(text, only(text));
  assert.equal(output, read(join(dir, 'bad.fixed.txt')));
  // Nothing fixable is left.
  assert.deepEqual(
    only(output)
      .filter((m) => m.fix)
      .map((m) => m.ruleId),
    [],
  );
});

test('suggestions: year, 年, 元, range unit', () => {
  const text = read(join(dir, 'bad.txt'));
  const ms = only(text);
  const sug = (rule: string, quoted: string) => hasAt(ms, text, rule, quoted).suggestions![0];
  assert.equal(sug('year-not-abbreviated', '23年底').text, '2023年');
  assert.equal(sug('year-missing-nian', '2022家4家').text, '年');
  assert.equal(sug('money-unit-missing', '20万').text, '元');
  assert.equal(sug('range-unit-repeat', '4-6%').text, '%');
  assert.equal(sug('percent-arabic', '百分之二十').text, '20%');
});

test('D01: compact and Chinese-numeral dates of issue; the header date is H15s', () => {
  const compact = ids('张三代表：\n您的建议收悉。现答复如下：\n正文。\n某某局\n20241018\n');
  assert.ok(compact.includes('date-format-cn'));
  const cn = lintText('张三代表：\n您的建议收悉。现答复如下：\n正文。\n某某局\n二〇二三年四月十日\n', { only: ['date-format-cn'] }).messages;
  assert.equal(cn.length, 1);
  assert.equal(cn[0].suggestions?.[0].text, '2023年4月10日');
  const seed = read(SEED);
  assert.equal(rulesAt(only(seed), 'date-format-cn').length, 0, 'the seed header date 2023-4-10 is reported by H15 only');
});

test('D03: durations are not years', () => {
  assert.deepEqual(
    ids('张三代表：\n连续5年给予支持，近10年来，建设期10-15年，实施3年。\n').filter((x) => x === 'year-not-abbreviated'),
    [],
  );
  assert.ok(ids('张三代表：\n计划于22-26年底完成，’23年开始。\n').filter((x) => x === 'year-not-abbreviated').length === 2);
});

test('D04: phone numbers, ISO dates, standard numbers and house numbers are not ranges', () => {
  const text = '张三代表：\n电话0887-8626537，0876—7122073，日期2023-04-10，依据GB/T 9704-2012，地址88-2号，第20230019号。\n';
  assert.deepEqual(
    ids(text).filter((x) => x === 'range-connector' || x === 'range-unit-repeat'),
    [],
  );
  // The ISO date is tolerated in notes only; in body prose D01 asks for 年月日.
  assert.deepEqual(ids(text), ['date-format-cn']);
  const inTitle = only('张三代表：\n《厦门市先进制造业倍增计划实施方案(2022-2026年)》印发。\n');
  const d04 = rulesAt(inTitle, 'range-connector');
  assert.equal(d04.length, 1);
  assert.equal(d04[0].severity, 'info');
  assert.equal(d04[0].fix, undefined);
  assert.equal(d04[0].suggestions?.[0].text, '—');
});

test('D06: counts, suggestion numbers and years with 年/届/级 are left alone', () => {
  assert.deepEqual(
    ids('张三代表：\n共认定1208家、1515名，已汇聚3000+家，第20230019号，20230019，2022年认定，2021届，2020级学生，共服务主体1990家，2035年远景目标。\n').filter((x) => x === 'year-missing-nian'),
    [],
  );
});

test('D12: valid phone formats pass; placeholders and wrong lengths do not', () => {
  for (const v of ['2896599', '56155520', '18855455006', '0887-8626537', '0876—7122073', '0592-2896599、13800000000', '12345']) {
    assert.deepEqual(
      ids(`张三代表：\n正文。\n联系电话：${v}\n`).filter((x) => x === 'contact-phone-format'),
      [],
      v,
    );
  }
  for (const v of ['2896XXX', '289659', '138000000001']) {
    assert.equal(ids(`张三代表：\n正文。\n联系电话：${v}\n`).filter((x) => x === 'contact-phone-format').length, 1, v);
  }
  const withOption = lintText('张三代表：\n正文。\n联系电话：2896599\n', { only: ['contact-phone-format'], rules: { 'contact-phone-format': ['warning', { requireAreaCode: true }] } }).messages;
  assert.equal(withOption.length, 1);
});

test('seed defects at the RULEBOOK §8b offsets', () => {
  const seed = read(SEED);
  const ms = only(seed);
  const at = (rule: string, offset: number, quoted: string) => {
    assert.equal(seed.slice(offset, offset + quoted.length), quoted, `seed text at ${offset}`);
    const hit = rulesAt(ms, rule).find((m) => m.range[0] < offset + quoted.length && m.range[1] > offset);
    assert.ok(hit, `${rule} at ${offset}`);
    return hit!;
  };
  assert.equal(at('range-connector', 195, '(2022-2026年)').severity, 'info');
  assert.equal(at('range-connector', 752, '(2022-2026年)').severity, 'info');
  at('year-missing-nian', 1670, '其中2022家4家');
  at('year-missing-nian', 1697, '其中2022家24家');
  at('year-missing-nian', 5129, '2021金砖创新基地');
  at('money-unit-missing', 6206, '每年给予20万');
  at('money-unit-missing', 6227, '每年给予最高12万');
  at('informal-symbols', 4489, '3000+的供应商');
  at('numeral-style-consistency', 925, '等5方面');
  // Guards: 1307's (2023—2026年) is correct, and no other date finding in the seed.
  assert.equal(rulesAt(ms, 'range-connector').length, 2);
  assert.equal(ms.length, 9, ms.map((m) => `${m.range[0]} ${m.ruleId}`).join('\n'));
});

test('fix-all on the seed leaves no fixable date finding', () => {
  const seed = read(SEED);
  const all = lintText(seed).messages;
  const { output } = fixAll(seed, all);
  assert.deepEqual(
    only(output)
      .filter((m) => m.fix)
      .map((m) => m.ruleId),
    [],
  );
});

test('no date rule throws on any corpus letter', () => {
  for (const f of corpusFiles()) {
    const ms = lintText(read(join(CORPUS, f)), { only: DATE_RULES }).messages;
    assert.deepEqual(
      ms.filter((m) => m.ruleId === 'internal-error'),
      [],
      f,
    );
  }
});

test('D03: two-digit years in context (clause start + comma, after a time cue), not durations', () => {
  const hits = (t: string) => lintText(t, { only: ['year-not-abbreviated'] }).messages.map((m) => t.slice(m.range[0], m.range[1]));
  assert.deepEqual(hits('总体情况。22年，全市技术合同成交额增长。'), ['22年']);
  assert.deepEqual(hits('截止22年，共认定企业14家。'), ['22年']);
  assert.deepEqual(hits('我局已将该路段纳入23年大中修项目。'), ['23年']);
  assert.deepEqual(hits('我们计划在10年内完成，近10年来投入加大，连续10年增长，于10年以上的企业。'), []);
});
