import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, INTERNAL_RULE_ID } from '../../server/src/engine/lint';
import { rules } from '../../server/src/rules';
import { defineRule } from '../../server/src/rules/rule';
import { SEED, read } from '../helpers';

test('a rule that throws is reported once and the other rules still run', () => {
  const broken = defineRule({
    id: 'test-broken-rule', code: 'X00', category: 'typo', severity: 'warning', fixable: false,
    docs: { zh: '测试', en: 'test' },
    check() {
      throw new Error('boom');
    },
  });
  rules.push(broken);
  try {
    const { messages } = lint({ text: read(SEED) });
    const internal = messages.filter((m) => m.ruleId === INTERNAL_RULE_ID && m.text.en.includes('test-broken-rule'));
    assert.equal(internal.length, 1);
    assert.match(internal[0].text.en, /test-broken-rule.*boom/);
    assert.ok(messages.some((m) => m.ruleId === 'doc-number-brackets'), 'other rules still report');
  } finally {
    rules.splice(rules.indexOf(broken), 1);
  }
});

test('messages carry rule id, source, doc url, both languages and a locale-specific reason', () => {
  const text = read(SEED);
  const zh = lint({ text }, { locale: 'zh' }).messages.find((m) => m.ruleId === 'doc-number-brackets')!;
  const en = lint({ text }, { locale: 'en' }).messages.find((m) => m.ruleId === 'doc-number-brackets')!;
  assert.equal(zh.source, 'replylint');
  assert.match(zh.url ?? '', /doc-number-brackets\.md$/);
  assert.equal(zh.reason, zh.text.zh);
  assert.equal(en.reason, en.text.en);
  assert.deepEqual(zh.range, [43, 56]);
  assert.equal(zh.fatal, true);
});

test('config turns rules off, changes severity and --rule runs only the named rules', () => {
  const text = read(SEED);
  const off = lint({ text }, { rules: { 'doc-number-brackets': 'off' } }).messages;
  assert.ok(!off.some((m) => m.ruleId === 'doc-number-brackets'));
  const warn = lint({ text }, { rules: { 'doc-number-brackets': 'warning' } }).messages;
  assert.equal(warn.find((m) => m.ruleId === 'doc-number-brackets')?.severity, 'warning');
  const only = lint({ text }, { only: ['doc-number-brackets'] }).messages;
  assert.deepEqual([...new Set(only.map((m) => m.ruleId))], ['doc-number-brackets']);
});

test('Markdown directives silence rules: disable/enable and disable-next-line', () => {
  const md = [
    '郭海峰代表：',
    '<!-- replylint-disable-next-line doc-number-brackets -->',
    '厦工信函[2023]25号',
    '<!-- replylint-disable doc-number-brackets -->',
    '厦工信函[2023]26号',
    '<!-- replylint-enable doc-number-brackets -->',
    '厦工信函[2023]27号',
  ].join('\n');
  // Only the letter's own header number is checked by doc-number-brackets; test the directive
  // filter itself with every rule's findings on those lines.
  const all = lint({ text: md, format: 'md' }, { rules: { 'doc-number-brackets': 'error' } }).messages;
  const lines = (id: string) => all.filter((m) => m.ruleId === id).map((m) => m.line);
  for (const id of new Set(all.map((m) => m.ruleId))) {
    if (id !== 'doc-number-brackets') continue;
    assert.ok(!lines(id).includes(3) && !lines(id).includes(5), `${id} silenced on lines 3 and 5`);
  }
});

test('no superlinear blow-up on long runs of the characters rules look for', () => {
  // A guard against catastrophic backtracking, not a performance goal (see npm run bench):
  // each input is 60,000+ characters; an exponential regex would not finish at all.
  const runs = ['《', '》', '一、', '（一）', '(', ')', '1.', '第一，', '一是', '2022', '2022-', '截止', '〔2023〕', '：', ',', ' ', '联系人：', '代表：', '感谢', '\n', '《a', '“', '0'];
  for (const r of runs) {
    const text = r.repeat(Math.ceil(60000 / r.length));
    const t = performance.now();
    lint({ text });
    const ms = performance.now() - t;
    assert.ok(ms < 5000, `${JSON.stringify(r)} × ${text.length / r.length}: ${ms.toFixed(0)} ms`);
  }
});
