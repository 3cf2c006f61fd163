/**
 * Letter kinds and the formula lexicon (#12), on letters made for these tests from the grammar of
 * replies (not copies of corpus sentences): each kind with what it requires, each class of
 * formula read where it stands, and the rules that ask the kind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReply } from '../../server/src/parse';
import { FORMULAS, formulaRegex } from '../../server/src/parse/formulas';
import { lintText, rulesAt } from '../helpers';

/** A reply built from parts, one per line. */
function letter(p: { title?: string; salutation?: string; opening?: string; body?: string[]; closing?: string[]; footer?: string[] }): string {
  return (
    [
      p.title ?? '某市住房和城乡建设局关于市十五届人大三次会议第1024号建议办理情况答复的函',
      p.salutation ?? '李四代表：',
      p.opening ?? '《关于推进老旧小区加装电梯的建议》（第1024号）收悉。现答复如下：',
      ...(p.body ?? ['一、关于加装电梯补助', '我局已会同市财政局出台补助政策，每台补助20万元。']),
      ...(p.closing ?? ['感谢您对我们工作的关心和支持。']),
      ...(p.footer ?? ['某市住房和城乡建设局', '2024年5月20日']),
    ].join('\n') + '\n'
  );
}
const kindOf = (text: string) => parseReply(text).tree.data.parts.kind;
const ids = (text: string) => lintText(text).messages.map((m) => m.ruleId);

test('every formula example is matched by its own pattern', () => {
  for (const f of FORMULAS) assert.match(f.example, new RegExp(f.pattern), `${f.kind}: ${f.pattern}`);
});

test('kinds: a deputy’s suggestion, a member’s proposal, a co-handler opinion, a 复函 to an organ', () => {
  assert.equal(kindOf(letter({})).name, 'suggestion-reply');
  const proposal = letter({ title: '某市住房和城乡建设局关于市政协十三届三次会议第88号提案的答复', salutation: '王五委员：', opening: '《关于推进老旧小区加装电梯的提案》（第88号）收悉。现答复如下：' });
  assert.equal(kindOf(proposal).name, 'proposal-reply');
  assert.equal(kindOf(proposal).evidence, 'title');
  const cohandler = letter({
    title: '某市财政局关于市十五届人大三次会议第1024号建议的协办意见',
    salutation: '市住房和城乡建设局：',
    opening: '现将我局协办意见函告如下：',
    closing: [],
    footer: ['某市财政局', '2024年5月10日'],
  });
  const k = kindOf(cohandler);
  assert.equal(k.name, 'cohandler-opinion');
  assert.deepEqual(k.requires, { acknowledgement: false, number: false, transition: false, closing: false });
  const organ = letter({
    title: '某市住房和城乡建设局关于加装电梯有关问题的复函',
    salutation: '某区人民政府：',
    opening: '你单位《关于加装电梯有关问题的请示》收悉。经研究，现函复如下：',
    closing: ['特此函复。'],
  });
  assert.equal(kindOf(organ).name, 'organ-reply');
  // An organ whose name holds 代表 or 委员 is still an organ; its 复函 needs no suggestion number.
  const committee = letter({
    title: '某区人民政府办公室关于区人大常委会转交代表建议办理情况的复函',
    salutation: '区人大常委会代表工作委员会：',
    opening: '你委《关于转交代表建议的函》收悉。经研究，现将有关情况函复如下：',
    body: ['区政府已将12件建议全部交由有关部门办理。'],
    closing: ['特此函复。'],
    footer: ['某区人民政府办公室', '2024年6月3日'],
  });
  assert.equal(kindOf(committee).name, 'organ-reply');
  assert.deepEqual(
    lintText(committee).messages.map((m) => m.ruleId),
    [],
  );
});

test('a CPPCC proposal entitled “…的建议” is a proposal (the salutation decides when the title does not)', () => {
  const t = letter({ title: '关于加强垃圾分类工作的建议的答复', salutation: '王五委员：', opening: '您提出的《关于加强垃圾分类工作的建议》收悉。现答复如下：' });
  assert.equal(kindOf(t).name, 'proposal-reply');
  assert.equal(kindOf(t).evidence, 'salutation');
});

test('a co-handler opinion is not asked for 收悉, the suggestion number, the transition’s colon or a closing', () => {
  const t = letter({
    title: '某市财政局关于市十五届人大三次会议第1024号建议的协办意见',
    salutation: '市住房和城乡建设局：',
    opening: '李四代表提出的《关于推进老旧小区加装电梯的建议》收悉，现提出如下协办意见，供你单位答复代表时参考。',
    closing: [],
    footer: ['某市财政局', '2024年5月10日'],
  });
  const found = ids(t);
  for (const r of ['ack-sentence', 'answer-transition', 'closing-thanks']) assert.ok(!found.includes(r), `${r}: ${found}`);
});

test('closings other than thanks end the letter: 特此函告, 以上答复…, thanks then a hope sentence', () => {
  for (const closing of [['特此函告。'], ['特此答复。'], ['以上答复，如有不妥，请批评指正。'], ['感谢您对住房工作的关注。', '希望您今后继续关心和支持我们的工作！']]) {
    assert.deepEqual(rulesAt(lintText(letter({ closing })).messages, 'closing-thanks'), [], closing.join(''));
  }
  // …and a letter without any closing is still reported.
  assert.equal(rulesAt(lintText(letter({ closing: [] })).messages, 'closing-thanks').length, 1);
});

test('a page that starts at the acknowledgement: no title-form or ack findings on that sentence; missing title and salutation are hints', () => {
  const t =
    ['您提出的关于推进老旧小区加装电梯的建议收悉，现答复如下：', '我局已会同市财政局出台补助政策，每台补助20万元。', '感谢您对我们工作的关心和支持。', '某市住房和城乡建设局', '2024年5月20日'].join('\n') + '\n';
  assert.equal(kindOf(t).startsMidLetter, true);
  const ms = lintText(t).messages;
  for (const r of ['title-form', 'title-no-trailing-punct', 'ack-sentence']) assert.deepEqual(rulesAt(ms, r), [], r);
  assert.deepEqual(
    rulesAt(ms, 'title-required').map((m) => m.severity),
    ['info'],
  );
  assert.deepEqual(
    rulesAt(ms, 'salutation-form').map((m) => m.severity),
    ['info'],
  );
});

test('footer blocks after the date belong to the letter: 承办负责人, 承办人及联系电话, 分管单位 and an appended 附：', () => {
  const t = letter({
    footer: [
      '某市住房和城乡建设局',
      '2024年5月20日',
      '承办负责人：赵六',
      '承办人及联系电话：钱七，0592-7654321',
      '分管单位：房产处',
      '附：建议原文',
      '关于推进老旧小区加装电梯的建议',
      '98年以来建成的多层住宅大多没有电梯。',
    ],
  });
  const parts = parseReply(t).tree.data.parts;
  assert.deepEqual(parts.boilerplate, []);
  assert.equal(parts.appendix.length, 3);
  assert.ok(parts.fields.some((f) => f.label === '承办负责人'));
  const ms = lintText(t).messages;
  assert.deepEqual(rulesAt(ms, 'trailing-boilerplate'), []);
  // The appended text is still read: an abbreviated year there is reported.
  assert.deepEqual(
    rulesAt(ms, 'year-not-abbreviated').map((m) => t.slice(m.range[0], m.range[1])),
    ['98年'],
  );
});

test('an acknowledgement that names the suggestion without 《》 and without 收悉 is reported (S01)', () => {
  const t = letter({ opening: '您提出的关于推进老旧小区加装电梯的建议，现答复如下：' });
  const ms = rulesAt(lintText(t).messages, 'ack-sentence');
  assert.equal(ms.length, 1);
  assert.match(ms[0].text.zh, /缺少“收悉”/);
  // 交由我局办理 says how it came: not reported.
  const handed = letter({ opening: '您提出的关于推进老旧小区加装电梯的建议已交由我局办理，现答复如下：' });
  assert.deepEqual(rulesAt(lintText(handed).messages, 'ack-sentence'), []);
});

test('代表 addressing the author of a 提案 (H14), read from the title or the acknowledgement', () => {
  const t = letter({ title: '某市住房和城乡建设局关于第88号提案的答复', salutation: '王五代表：', opening: '您提出的《关于推进老旧小区加装电梯的提案》（第88号）收悉。现答复如下：' });
  const ms = rulesAt(lintText(t).messages, 'salutation-form');
  assert.equal(ms.length, 1);
  assert.match(ms[0].text.zh, /政协提案.*应为“委员”/);
});

test('a body whose first heading is （一） lacks the 一、 level (N07)', () => {
  const t = letter({ body: ['（一）关于加装电梯补助', '我局已出台补助政策。', '（二）关于审批流程', '我局已简化审批流程。'] });
  assert.equal(rulesAt(lintText(t).messages, 'numbering-hierarchy').length, 1);
});

test('a title printed on two lines and joined with a space after the organ is no stray space', () => {
  const t = letter({ title: '某市住房和城乡建设局 关于市十五届人大三次会议第1024号建议办理情况答复的函' });
  const ms = lintText(t).messages;
  assert.deepEqual([...rulesAt(ms, 'stray-space-cjk'), ...rulesAt(ms, 'title-form')], []);
});

test('a complete letter ending on a garbled contact line is judged: no issuer, no date', () => {
  const t = letter({ closing: [], footer: ['联系人李 电话0592-5555'] });
  const found = ids(t);
  assert.ok(found.includes('issue-date-required') && found.includes('issuer-signature-matches'), found.join(' '));
});

test('formula regexes are anchored only when asked', () => {
  assert.ok(formulaRegex(['closing-formal'], 'start').test('特此函复。'));
  assert.ok(!formulaRegex(['closing-formal'], 'start').test('现特此函复。'));
});
