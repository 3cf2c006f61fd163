/** T04 yi-ji-confusion, T05 addressee-pronoun-consistency and duplicated-word (5), on letters made for the tests. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText, rulesAt } from '../helpers';
import { fixAll } from '../../server/src/engine/lint';

const letter = (salutation: string, body: string) => `某市体育局关于市十五届人大三次会议第105号建议办理情况答复的函
${salutation}
《关于在社区安装健身器材的建议》（第105号）收悉。现答复如下：
${body}
某市体育局
2024年5月20日
`;

test('T04: 己 for 已 before 过, 经, 到位…; 自己, 严于律己 left alone; the fix writes 已', () => {
  const t = letter('李四代表：', '时间己过两年，资金己到位，项目己经完成。我们自己经过研究，严于律己。感谢您对我们工作的关心和支持。');
  const ms = rulesAt(lintText(t).messages, 'yi-ji-confusion');
  assert.deepEqual(ms.map((m) => t.slice(m.range[0], m.range[1] + 1)), ['己过', '己到', '己经']);
  const fixed = fixAll(t, lintText(t).messages).output;
  assert.ok(fixed.includes('时间已过两年，资金已到位，项目已经完成。我们自己经过研究，严于律己。'));
});

test('T05: one addressee called 你们 and 您 → a hint at the minority form; one form throughout is clean', () => {
  const mixed = letter('李四代表：', '你们提出的建议很有价值，我局高度重视。感谢您对我们工作的关心和支持。');
  const ms = rulesAt(lintText(mixed).messages, 'addressee-pronoun-consistency');
  assert.equal(ms.length, 1);
  assert.equal(ms[0].severity, 'info');
  const clean = letter('李四代表：', '您提出的建议很有价值，我局高度重视。感谢您对我们工作的关心和支持。');
  assert.deepEqual(rulesAt(lintText(clean).messages, 'addressee-pronoun-consistency'), []);
  // Several addressees: 你们 is right, a 您 is the odd one.
  const several = letter('李四、王五代表：', '你们提出的建议很有价值。感谢您对我们工作的关心和支持。');
  const s = rulesAt(lintText(several).messages, 'addressee-pronoun-consistency');
  assert.equal(several.slice(s[0].range[0], s[0].range[1]), '您');
  assert.equal(s[0].suggestions?.[0].text, '你们');
});

test('duplicated-word (5): the title’s last word again after its closing quote', () => {
  const t = letter('李四代表：', '您提出的“关于加强菜市场管理的建议”建议已转我局办理。感谢您对我们工作的关心和支持。');
  const ms = rulesAt(lintText(t).messages, 'duplicated-word');
  assert.equal(ms.length, 1);
  assert.equal(t.slice(ms[0].range[0], ms[0].range[1]), '建议');
});

test('duplicated-word (5): 关于《关于…》 — the first word of the title again before its opening mark', () => {
  const t = letter('李四代表：', '您提出的关于《关于加强菜市场管理的建议》已收悉。感谢您对我们工作的关心和支持。');
  const ms = rulesAt(lintText(t).messages, 'duplicated-word');
  assert.deepEqual(ms.map((m) => [m.range[0], t.slice(m.range[0], m.range[1])]), [[t.indexOf('关于《'), '关于']]);
});

test('H14: 尊敬 without 的 before the name is reported and fixed', () => {
  const t = letter('尊敬李四代表：', '感谢您对我们工作的关心和支持。');
  const ms = rulesAt(lintText(t).messages, 'salutation-form');
  assert.equal(ms.length, 1);
  assert.equal(fixAll(t, lintText(t).messages).output.split('\n')[1], '尊敬的李四代表：');
});

test('T05: 代表们 in the salutation means several addressees: 你们 is the form, a 您 the odd one', () => {
  const t = letter('各位代表们：', '你们提出的建议很有价值。感谢您对我们工作的关心和支持。');
  const ms = rulesAt(lintText(t).messages, 'addressee-pronoun-consistency');
  assert.equal(ms.length, 1);
  assert.equal(t.slice(ms[0].range[0], ms[0].range[1]), '您');
  assert.equal(ms[0].suggestions?.[0].text, '你们');
});
