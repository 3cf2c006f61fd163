import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, INTERNAL_RULE_ID } from '../../server/src/engine/lint';
import { rules } from '../../server/src/rules';
import { defineRule } from '../../server/src/rules/rule';
import { SEED, read } from '../helpers';

test('a rule that throws is reported once and the other rules still run', () => {
  const broken = defineRule({
    id: 'test-broken-rule',
    code: 'X00',
    category: 'typo',
    severity: 'warning',
    fixable: false,
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
    assert.ok(
      messages.some((m) => m.ruleId === 'doc-number-brackets'),
      'other rules still report',
    );
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

test('worst cases of the regular expressions rules and parsers use (long runs in the places they read)', () => {
  // Each input puts a 60,000-character run where one rule or parser step looks at the end of a
  // string or splits a list; a pattern like /[。，]+$/ or /(x*?)\s*-->$/ would retry from every
  // character of the run (quadratic: seconds to minutes).
  const N = 60000;
  const head = '关于答复\n张三代表：\n';
  const cases: Array<[string, string, 'txt' | 'md']> = [
    ['attachment name ending in a run of marks', head + '正文。\n附件：' + '。'.repeat(N) + '说明\n', 'txt'],
    ['attachment name followed by spaces', head + '正文。\n附件：1.说明' + ' '.repeat(N) + '。x\n', 'txt'],
    ['unterminated replylint directive with spaces', '<!-- replylint-disable' + ' '.repeat(N) + 'x\n\n正文。\n', 'md'],
    ['replylint directive with a long rule list', '<!-- replylint-disable ' + 'a, '.repeat(N / 3) + ' -->\n\n正文。\n', 'md'],
    ['title made of marks', '关于' + '。'.repeat(N) + '的答复\n张三代表：\n你提出的建议收悉，现答复如下：\n一、正文。\n', 'txt'],
    ['title of spaces', '关于答复' + ' '.repeat(N) + '的\n张三代表：\n正文。\n', 'txt'],
    ['title of quotes', '关于' + '“'.repeat(N) + '的答复\n张三代表：\n正文。\n', 'txt'],
    ['transition followed by spaces', head + '你提出的建议收悉，现答复如下' + ' '.repeat(N) + '。\n一、正文。\n', 'txt'],
    ['long acknowledgement', head + '你提出的' + '字'.repeat(N) + '收悉，现答复如下：\n一、正文。\n', 'txt'],
    ['phone of dashes', head + '正文。\n联系电话：' + '1-'.repeat(N / 2) + '\n', 'txt'],
    ['phone then spaces', head + '正文。\n联系电话：1' + ' '.repeat(N) + 'x\n', 'txt'],
    ['cc of spaces', head + '正文。\n抄送：' + ' '.repeat(N) + '市政府\n', 'txt'],
    ['cc list', head + '正文。\n抄送：' + '市政府、'.repeat(N / 4) + '\n', 'txt'],
    ['category mark then spaces', 'A' + ' '.repeat(N) + '类x\n关于答复\n张三代表：\n正文。\n', 'txt'],
    ['salutation of 等', '关于答复\n' + '等'.repeat(N) + '代表：\n正文。\n', 'txt'],
    ['salutation list', '关于答复\n' + '张三、'.repeat(N / 3) + '代表：\n正文。\n', 'txt'],
    ['citation 关于印发…', head + '根据《' + '关于印发'.repeat(N / 4) + '》，正文。\n', 'txt'],
    ['many citations', head + '根据' + '《关于印发的通知》'.repeat(N / 9) + '，正文。\n', 'txt'],
    ['cited 文号 with a long serial', head + '根据厦府〔2022〕' + '0'.repeat(N) + 'x号，正文。\n', 'txt'],
    ['date-like run', head + '正文。\n' + '2022年1月'.repeat(N / 7) + '\n', 'txt'],
    ['field labels', head + '正文。\n' + '联系人：'.repeat(N / 4) + '\n', 'txt'],
    ['percent and plus', head + '增长' + '1+'.repeat(N / 2) + '%。\n', 'txt'],
    ['ten-thousand sign', head + '投入' + '1w'.repeat(N / 2) + '元。\n', 'txt'],
    ['repeated words', head + '正文' + '加强'.repeat(N / 2) + '。\n', 'txt'],
    ['markers without text', head + '（一）'.repeat(N / 3) + '\n', 'txt'],
  ];
  for (const [name, text, format] of cases) {
    const t = performance.now();
    lint({ text, format }, { today: new Date('2026-11-27T00:00:00Z'), profile: 'xiamen' });
    const ms = performance.now() - t;
    assert.ok(ms < 5000, `${name} (${text.length} characters): ${ms.toFixed(0)} ms`);
  }
});

test('user-supplied glossary entries are matched as literal strings in linear time', () => {
  // A glossary whose canonical name and variant alternate through a long block: every variant
  // occurrence is checked against the canonical ones with one moving pointer.
  const text = '关于答复\n张三代表：\n' + '甲乙'.repeat(30000) + '。\n';
  const t = performance.now();
  const { messages } = lint({ text }, { rules: { 'term-consistency': ['warning', { glossary: { 甲: ['乙', '.*'] } }] } });
  assert.ok(performance.now() - t < 5000);
  assert.equal(messages.filter((m) => m.ruleId === 'term-consistency').length, 30000);
  // '.*' is a literal string, not a pattern: it matches nothing here.
  assert.ok(!messages.some((m) => m.ruleId === 'term-consistency' && m.range[1] - m.range[0] === 2));
});
