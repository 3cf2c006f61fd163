/** Punctuation rules (RULEBOOK §7): fixtures, fixes, seed defects and false-positive guards. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CORPUS, FIXTURES, SEED, corpusFiles, lintText, read, rulesAt } from '../helpers';
import { fixAll } from '../../server/src/engine/lint';
import { rules } from '../../server/src/rules';

const PUNCT_RULES = rules.filter((r) => r.category === 'punctuation').map((r) => r.id);
const dir = join(FIXTURES, 'punctuation');
const only = (text: string, config = {}) => lintText(text, { only: PUNCT_RULES, ...config }).messages;
const ids = (text: string) => only(text).map((m) => m.ruleId);

function hasAt(messages: ReturnType<typeof only>, text: string, rule: string, quoted: string) {
  const at = text.indexOf(quoted);
  assert.ok(at >= 0, `fixture text ${quoted}`);
  const hit = rulesAt(messages, rule).find((m) => m.range[0] < at + quoted.length && m.range[1] > at);
  assert.ok(hit, `${rule} at ${quoted} (${at})`);
  return hit!;
}

test('punctuation rules are registered in RULEBOOK order', () => {
  assert.deepEqual(
    rules.filter((r) => r.category === 'punctuation').map((r) => r.code),
    ['P01', 'P02', 'P03', 'P04', 'P05', 'P06', 'P07', 'P08', 'P09', 'P10'],
  );
});

test('a clean letter has no punctuation findings (25.87%, 8:00, (MES) in full-width text, ——, 北京—上海, URL, 联 系 人)', () => {
  assert.deepEqual(
    only(read(join(dir, 'good.txt'))).map((m) => `${m.ruleId} ${m.text.zh}`),
    [],
  );
});

test('each failure kind is reported', () => {
  const text = read(join(dir, 'bad.txt'));
  const ms = only(text);
  const p03 = hasAt(ms, text, 'punct-before-closing-bracket', '，）');
  assert.deepEqual(p03.range, [text.indexOf('，）'), text.indexOf('，）') + 1]);
  hasAt(ms, text, 'missing-list-separator', '）314');
  hasAt(ms, text, 'dash-form', '-厦门');
  hasAt(ms, text, 'bracket-pairs', '北京)');
  hasAt(ms, text, 'duplicate-punct', '，，');
  hasAt(ms, text, 'duplicate-punct', '。。');
  hasAt(ms, text, 'ellipsis-with-deng', '……等');
  hasAt(ms, text, 'straight-quotes', '"好');
  hasAt(ms, text, 'dunhao-misuse', '、和');
  hasAt(ms, text, 'dunhao-misuse', '丶');
  hasAt(ms, text, 'dunhao-misuse', '此、');
  hasAt(ms, text, 'fullwidth-punct', ',谢谢');
  hasAt(ms, text, 'fullwidth-punct', '谢.');
  hasAt(ms, text, 'stray-space-cjk', '关心 和');
});

test('a doubled mark at the very end of the text is reported too (nothing after it is a closing bracket)', () => {
  for (const text of ['感谢您的支持。。', '感谢您的支持，，', '感谢您的支持。。\n']) {
    const d = only(text).filter((m) => m.ruleId === 'duplicate-punct');
    assert.deepEqual(
      d.map((m) => m.range),
      [[6, 8]],
      JSON.stringify(text),
    );
  }
  assert.deepEqual(
    ids('感谢您的支持。。）').filter((id) => id === 'duplicate-punct'),
    [],
  );
});

test('fixAll applies the safe punctuation fixes and leaves nothing fixable', () => {
  const text = read(join(dir, 'bad.txt'));
  const { output } = fixAll(text, only(text));
  assert.equal(output, read(join(dir, 'bad.fixed.txt')));
  assert.deepEqual(
    only(output)
      .filter((m) => m.fix)
      .map((m) => m.ruleId),
    [],
  );
});

test('P01: decimals, times, URLs, e-mails, Latin-only brackets and markers are exempt', () => {
  const text = '张三代表：\n技能劳动者占25.87%，计划投资232.29亿元，4.4万人次，上午8:00开始，系统（MES）建设，系统(MES)建设，见http://www.xm.gov.cn/a,b。邮箱abc@qq.com。\n1.提升能力。\n';
  assert.deepEqual(
    ids(text).filter((x) => x === 'fullwidth-punct'),
    [],
  );
});

test('P01: a scraped letter gets one aggregated finding; otherwise one per mark minus owned marks', () => {
  const many = '张三代表：\n' + '我们,支持'.repeat(12) + '。\n';
  const agg = rulesAt(only(many), 'fullwidth-punct');
  assert.equal(agg.length, 1);
  assert.equal(agg[0].fix?.edits?.length, 12);
  const few = '张三代表：\n支持(占40%,)并加强.\n';
  const ms = only(few);
  // The comma before ) is P03's (deleted), not converted.
  assert.deepEqual(
    rulesAt(ms, 'fullwidth-punct').map((m) => few[m.range[0]]),
    ['(', ')', '.'],
  );
  assert.equal(rulesAt(ms, 'punct-before-closing-bracket').length, 1);
  assert.equal(fixAll(few, ms).output, '张三代表：\n支持（占40%）并加强。\n');
});

test('P01: an ASCII full stop only after a Han character at a clause end', () => {
  const text = '张三代表：\n一.总体情况\n感谢支持.\n版本1.2发布，No.1企业。\n';
  const dots = rulesAt(only(text), 'fullwidth-punct').filter((m) => text[m.range[0]] === '.');
  assert.deepEqual(
    dots.map((m) => text.slice(m.range[0] - 2, m.range[0] + 1)),
    ['支持.'],
  );
});

test('P02: balanced pairs, enumerators and apostrophes are fine; unbalanced and nested are reported', () => {
  assert.deepEqual(
    ids('张三代表：\n一是1)加强管理；2)完善机制。Xi’an合作。“好”（甲）。\n').filter((x) => x === 'bracket-pairs'),
    [],
  );
  const un = only('张三代表：\n他说“好的。另有（说明。\n');
  assert.equal(rulesAt(un, 'bracket-pairs').length, 2);
  const nested = rulesAt(only('张三代表：\n依据（见通知（试行））执行。\n'), 'bracket-pairs');
  assert.equal(nested.length, 1);
  assert.equal(nested[0].severity, 'info');
});

test('P03: a full stop ends a sentence-internal bracket; ？ and a stand-alone bracket keep theirs', () => {
  const inner = only('张三代表：\n按规定（详见附件。）办理。\n');
  assert.equal(rulesAt(inner, 'punct-before-closing-bracket').length, 1);
  assert.deepEqual(
    ids('张三代表：\n已办理。（此件主动公开。）是否可行（可行吗？）。\n').filter((x) => x === 'punct-before-closing-bracket'),
    [],
  );
});

test('P04/P06/P10 guards: ？！, ……, ——, 北京—上海, 及时, phone dashes', () => {
  const text = '张三代表：\n真的吗？！等等……好。“飞地”——基地。北京—上海。发现问题、及时解决。电话0887-8626537。\n';
  assert.deepEqual(ids(text), []);
});

test('P09 is off for scraped letters and leaves field lines alone', () => {
  assert.deepEqual(
    ids('张三代表：\n正文。\n联 系 人：张 雷\n抄 报：市督查局 市政协提案委\n').filter((x) => x === 'stray-space-cjk'),
    [],
  );
  assert.equal(rulesAt(only(read(SEED)), 'stray-space-cjk').length, 0);
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
  const p03 = at('punct-before-closing-bracket', 1680, '占40%,)');
  assert.deepEqual(p03.range, [1684, 1685]);
  assert.equal(p03.severity, 'error');
  at('missing-list-separator', 1774, '(占全省总量50%)314家福建省');
  at('dash-form', 2080, '“创新飞地”-厦门科学城');
  const p01 = rulesAt(ms, 'fullwidth-punct');
  assert.equal(p01.length, 1, 'one aggregated finding in scraped mode');
  // Decimals are not among the converted marks.
  const edits = p01[0].fix!.edits!.map((e) => e.range[0]);
  for (const d of ['25.87%', '232.29亿元', '4.4万人次']) {
    const i = seed.indexOf(d);
    assert.ok(!edits.some((e) => e >= i && e < i + d.length), d);
  }
  assert.equal(ms.length, 4, ms.map((m) => `${m.range[0]} ${m.ruleId}`).join('\n'));
});

test('fix-all on the seed leaves no fixable punctuation finding, and P03 wins over P01', () => {
  const seed = read(SEED);
  const { output } = fixAll(seed, lintText(seed).messages);
  assert.ok(output.includes('占40%）'), 'the comma before ) is deleted, not converted');
  assert.deepEqual(
    only(output)
      .filter((m) => m.fix)
      .map((m) => `${m.ruleId} ${m.text.zh}`),
    [],
  );
});

test('no punctuation rule throws on any corpus letter', () => {
  for (const f of corpusFiles()) {
    const ms = lintText(read(join(CORPUS, f)), { only: PUNCT_RULES }).messages;
    assert.deepEqual(
      ms.filter((m) => m.ruleId === 'internal-error'),
      [],
      f,
    );
  }
});

test('P07: straight quotes around non-Chinese text inside Chinese prose are converted too; English prose is left alone', () => {
  const zh = '郭海峰代表：\n构建梯次发展的"4+4+6"现代产业体系。';
  const found = lintText(zh, { only: ['straight-quotes'] }).messages;
  assert.equal(found.length, 2);
  assert.equal(fixAll(zh, found).output, '郭海峰代表：\n构建梯次发展的“4+4+6”现代产业体系。');
  assert.deepEqual(lintText('He said "ok" and "fine".', { only: ['straight-quotes'] }).messages, []);
});
