import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CORPUS, FIXTURES, SEED, corpusFiles, lintText, read, rulesAt } from '../helpers';
import { fixAll } from '../../server/src/engine/lint';
import { applyFixes } from '../../server/src/engine/fixes';
import { parseReply } from '../../server/src/parse';
import { renumberDocument, renumberLevelAt } from '../../server/src/engine/renumber';
import { rules } from '../../server/src/rules';
import type { ReplyMessage } from '../../server/src/engine/messages';

const DIR = join(FIXTURES, 'numbering');
const fx = (name: string) => read(join(DIR, name));
const GOOD = fx('good.txt');
const NUMBERING = new Set(rules.filter((r) => r.category === 'numbering').map((r) => r.id));

function numbering(text: string, config = {}): ReplyMessage[] {
  return lintText(text, config).messages.filter((m) => NUMBERING.has(m.ruleId));
}
function found(text: string, m: ReplyMessage): string {
  return text.slice(m.range[0], m.range[1]);
}
/** Applies the first suggestion of each message (the editor's quick fix). */
function applySuggestions(text: string, messages: ReplyMessage[], which = 0): string {
  const fixes = messages.map((m) => m.suggestions?.[which] ?? m.suggestions?.[0]).filter((s) => s !== undefined);
  return applyFixes(text, fixes as never).output;
}

test('registered in RULEBOOK order N01…N11', () => {
  const list = rules.filter((r) => r.category === 'numbering');
  assert.deepEqual(
    list.map((r) => r.code),
    ['N01', 'N02', 'N03', 'N04', 'N05', 'N06', 'N07', 'N08', 'N09', 'N10', 'N11'],
  );
  assert.deepEqual(
    list.map((r) => r.id),
    [
      'heading-l1-marker',
      'heading-l2-marker',
      'heading-l3-marker',
      'heading-l4-marker',
      'marker-no-trailing-punct',
      'numbering-sequence',
      'numbering-hierarchy',
      'inline-enum-sequence',
      'inline-enum-punct',
      'numbering-max-depth',
      'marker-style-consistency',
    ],
  );
});

test('a correct letter with four levels and inline runs has no numbering finding', () => {
  assert.deepEqual(numbering(GOOD), []);
  assert.deepEqual(
    lintText(GOOD).messages.filter((m) => m.fix),
    [],
  );
});

test('N01: 一. 二， 三： → 一、 (safe fix)', () => {
  const text = fx('l1-wrong.txt');
  const ms = numbering(text);
  assert.deepEqual(
    ms.map((m) => [m.ruleId, found(text, m)]),
    [
      ['heading-l1-marker', '一.'],
      ['heading-l1-marker', '二，'],
      ['heading-l1-marker', '三：'],
    ],
  );
  assert.equal(ms[0].text.zh, '一级标题序号“一.”用错标点“.”，应为“一、”');
  assert.equal(fixAll(text, lintText(text).messages).output, GOOD);
});

test('N02: (一) and mixed （二) → （一）（二） when the letter is not aggregated', () => {
  const text = fx('l2-wrong.txt');
  const ms = numbering(text);
  assert.deepEqual(
    ms.map((m) => [m.ruleId, found(text, m)]),
    [
      ['heading-l2-marker', '(一)'],
      ['heading-l2-marker', '（二)'],
    ],
  );
  // fullwidth-punct leaves the marker brackets to N02.
  assert.deepEqual(rulesAt(lintText(text).messages, 'fullwidth-punct'), []);
  assert.equal(fixAll(text, lintText(text).messages).output, GOOD);
});

test('N02 stays silent about width when fullwidth-punct aggregates (the seed), but not about a mixed pair', () => {
  const seed = read(SEED);
  assert.deepEqual(rulesAt(lintText(seed).messages, 'heading-l2-marker'), []);
  const mixed = seed.replace('(二)完善政策举措', '（二)完善政策举措');
  const ms = rulesAt(lintText(mixed).messages, 'heading-l2-marker');
  assert.equal(ms.length, 1);
  assert.equal(found(mixed, ms[0]), '（二)');
});

test('N03: 1、 → 1. (safe fix); 1. 1． and "1. " are accepted; the dot option', () => {
  const text = fx('l3-wrong.txt');
  const ms = numbering(text);
  assert.deepEqual(
    ms.map((m) => [m.ruleId, found(text, m)]),
    [
      ['heading-l3-marker', '1、'],
      ['heading-l3-marker', '2、'],
    ],
  );
  assert.equal(fixAll(text, lintText(text).messages).output, GOOD);
  const fw = GOOD.replace('1.提升', '1．提升').replace('2.建设', '2．建设');
  assert.deepEqual(numbering(fw), []);
  assert.deepEqual(numbering(GOOD.replace('1.提升', '1. 提升').replace('2.建设', '2. 建设')), []);
  const strict = numbering(fw, { rules: { 'heading-l3-marker': ['error', { dot: 'halfwidth' }] } });
  assert.deepEqual(
    strict.map((m) => found(fw, m)),
    ['1．', '2．'],
  );
  assert.equal(fixAll(fw, lintText(fw, { rules: { 'heading-l3-marker': ['error', { dot: 'halfwidth' }] } }).messages).output, GOOD);
});

test('N03: 1， and 1： are wrong marks for 1. (safe fix); 1，000 and 8:00 are numbers, not markers', () => {
  const text = GOOD.replace('1.提升', '1，提升').replace('2.建设', '2：建设');
  const ms = numbering(text);
  assert.deepEqual(
    ms.map((m) => [m.ruleId, found(text, m), m.text.zh]),
    [
      ['heading-l3-marker', '1，', '三级标题序号“1，”用错标点“，”，应为“1.”'],
      ['heading-l3-marker', '2：', '三级标题序号“2：”用错标点“：”，应为“2.”'],
    ],
  );
  assert.equal(fixAll(text, lintText(text).messages).output, GOOD);
  const nums = GOOD.replace('我市高度重视', '1，000家企业参与。\n8:00开始办公。\n我市高度重视');
  const sections = parseReply(nums).tree.data.parts.sections.map((x) => x.heading.marker.raw);
  assert.deepEqual(
    sections,
    parseReply(GOOD).tree.data.parts.sections.map((x) => x.heading.marker.raw),
  );
});

test('N02: 一） with no opening bracket gets suggestions （一） or 一、', () => {
  const text = GOOD.replace('（一）完善', '一）完善');
  const ms = rulesAt(lintText(text).messages, 'heading-l2-marker');
  assert.equal(ms.length, 1);
  assert.equal(ms[0].text.zh, '序号“一）”缺少左括号，应为“（一）”或“一、”');
  assert.equal(ms[0].fix, undefined);
  assert.equal(applySuggestions(text, ms), GOOD);
  assert.deepEqual(rulesAt(lintText(text).messages, 'numbering-sequence'), []);
});

test('N03 does not take decimals or 1.2017年 for markers', () => {
  const text = GOOD.replace('我市高度重视', '25.87%的企业已完成改造。\n1.2017年以来，我市高度重视');
  const ms = numbering(text);
  assert.deepEqual(
    ms.filter((m) => m.ruleId === 'heading-l3-marker'),
    [],
  );
});

test('N04: (1) and mixed (2） → （1）（2）; 1) gets suggestions; ⑴ is accepted unless configured', () => {
  const text = fx('l4-wrong.txt');
  const ms = numbering(text);
  assert.deepEqual(
    ms.map((m) => [m.ruleId, found(text, m)]),
    [
      ['heading-l4-marker', '(1)'],
      ['heading-l4-marker', '(2）'],
    ],
  );
  assert.equal(fixAll(text, lintText(text).messages).output, GOOD);
  const half = GOOD.replace('（1）培育', '1)培育').replace('（2）培育', '2)培育');
  const hm = rulesAt(lintText(half).messages, 'heading-l4-marker');
  assert.equal(hm.length, 2);
  assert.equal(hm[0].fix, undefined);
  assert.deepEqual(
    hm[0].suggestions?.map((s) => s.text),
    ['（1）', '1.'],
  );
  const circled = GOOD.replace('（1）培育', '⑴培育').replace('（2）培育', '⑵培育');
  assert.deepEqual(numbering(circled), []);
  const strict = lintText(circled, { rules: { 'heading-l4-marker': ['error', { allowCircled: false }] } });
  assert.equal(rulesAt(strict.messages, 'heading-l4-marker').length, 2);
  assert.equal(fixAll(circled, strict.messages).output, GOOD);
});

test('N05: （一）、 1.、 （2）. 一、、 → the stray mark is deleted', () => {
  const text = fx('trailing.txt');
  const ms = numbering(text);
  assert.deepEqual(
    ms.map((m) => [m.ruleId, found(text, m)]),
    [
      ['marker-no-trailing-punct', '一、、'],
      ['marker-no-trailing-punct', '（一）、'],
      ['marker-no-trailing-punct', '1.、'],
      ['marker-no-trailing-punct', '（2）.'],
    ],
  );
  assert.equal(ms[1].text.zh, '序号“（一）、”后多了标点“、”，应为“（一）”');
  assert.equal(fixAll(text, lintText(text).messages).output, GOOD);
});

test('N06: a gap or a repeat at each of the four levels; the suggestions renumber', () => {
  const text = fx('sequence.txt');
  const ms = numbering(text);
  assert.deepEqual(
    ms.map((m) => [m.ruleId, found(text, m), m.text.zh]),
    [
      ['numbering-sequence', '（三）', '编号“（三）”不连续，应为“（二）”'],
      ['numbering-sequence', '（3）', '编号“（3）”不连续，应为“（2）”'],
      ['numbering-sequence', '1.', '编号“1.”重复，应为“2.”'],
      ['numbering-sequence', '四、', '编号“四、”不连续，应为“三、”'],
    ],
  );
  assert.ok(ms.every((m) => m.fix === undefined && m.severity === 'error'));
  assert.equal(applySuggestions(text, ms), GOOD);
});

test('N06: one slip is one finding; numbering restarts under each parent', () => {
  const text = GOOD.replace('（二）加速', '（二）加速科技成果。\n（三）加强人才\n（五）完善').replace('（五）完善科技成果转移转化', '（五）完善科技成果转移转化');
  const ms = rulesAt(lintText(text).messages, 'numbering-sequence');
  assert.deepEqual(
    ms.map((m) => found(text, m)),
    ['（五）'],
  );
  // The "renumber the following" suggestion rewrites only numerals.
  const shifted = GOOD.replace('三、下一步工作措施', '四、下一步工作措施');
  assert.deepEqual(
    rulesAt(lintText(shifted).messages, 'numbering-sequence').map((m) => found(shifted, m)),
    ['四、'],
  );
});

test('N06: a Markdown ordered list written 1. 1. 1. is numbered by the renderer; 1. 2. 2. is still a repeat', () => {
  const md = GOOD.replace('我市高度重视先进制造业发展，先进制造业增加值占比达25.87%。', '1. 我市高度重视先进制造业发展。\n1. 增加值占比达25.87%。');
  assert.deepEqual(rulesAt(lintText(md, {}, 'letter.md').messages, 'numbering-sequence'), []);
  assert.equal(rulesAt(lintText(md).messages, 'numbering-sequence').length, 1);
  const md2 = md.replace('1. 我市', '1. 我市').replace('1. 增加值', '2. 增加值').replace('25.87%。', '25.87%。\n2. 其他。');
  assert.equal(rulesAt(lintText(md2, {}, 'letter.md').messages, 'numbering-sequence').length, 1);
});

test('N06: a letter whose top level is 1. counts 1. 2. 3. (real letter 018)', () => {
  const ms = numbering(read(join(CORPUS, '018.txt')));
  assert.deepEqual(ms, []);
});

test('N07: 一、 directly followed by 1. is a warning; a letter numbered only 1. 2. 3. is not', () => {
  const text = fx('hierarchy.txt');
  const ms = rulesAt(lintText(text).messages, 'numbering-hierarchy');
  assert.equal(ms.length, 1);
  assert.equal(ms[0].severity, 'warning');
  assert.equal(found(text, ms[0]), '1.');
  assert.equal(ms[0].text.zh, '一级标题“二、”下直接使用三级序号“1.”，跳过了“（一）”这一层级');
  const flat = GOOD.replace(/^[一二三]、.*\n/gm, '').replace(/^（[一二]）.*\n/gm, '');
  assert.deepEqual(rulesAt(lintText(flat).messages, 'numbering-hierarchy'), []);
  // A body that starts at （一） lacks its first level 一、 (#12): one finding, on the first （一）.
  const fromL2 = GOOD.replace(/^[一二三]、.*\n/gm, '');
  const l2 = rulesAt(lintText(fromL2).messages, 'numbering-hierarchy');
  assert.equal(l2.length, 1);
  assert.equal(found(fromL2, l2[0]), '（一）');
  assert.equal(l2[0].text.zh, '正文序号从二级序号“（一）”开始，缺少一级序号；第一层应为“一、”');
});

test('N08: gaps in 一是 and 第一 runs; 一是…一是 and 三是…三是 repeats; suggestions fix them', () => {
  const text = fx('inline-sequence.txt');
  const ms = numbering(text);
  assert.deepEqual(
    ms.map((m) => [m.ruleId, found(text, m), m.text.zh]),
    [
      ['inline-enum-sequence', '四是', '列举序号“四是”不连续，应为“三是”'],
      ['inline-enum-sequence', '第三', '列举序号“第三”不连续，应为“第二”'],
    ],
  );
  assert.equal(applySuggestions(text, ms), GOOD);
  const rep = fx('inline-repeat.txt');
  const rm = numbering(rep);
  assert.deepEqual(
    rm.map((m) => [found(rep, m), m.text.zh]),
    [
      ['一是', '列举序号“一是”重复，应为“二是”'],
      ['三是', '列举序号“三是”重复，应为“四是”'],
    ],
  );
  assert.equal(applySuggestions(rep, rm), GOOD.replace('三是加强要素保障。', '三是加强要素保障。四是加快要素保障。'));
});

test('N08: runs continue across paragraphs, reset at each heading, restart at a new 一是', () => {
  // 二是 under the next heading starts a fresh count there.
  const text = GOOD.replace('（二）提升产业基础能力', '（二）提升产业基础能力\n二是补强产业链。');
  const ms = rulesAt(lintText(text).messages, 'inline-enum-sequence');
  assert.deepEqual(
    ms.map((m) => m.text.zh),
    ['列举序号“二是”不连续，应为“一是”'],
  );
  // Two runs in one paragraph (real letter 004), and 一是…五是 then 一是…六是 (007).
  for (const name of ['004.txt', '007.txt', '011.txt', '012.txt', '005.txt']) {
    assert.deepEqual(rulesAt(lintText(read(join(CORPUS, name))).messages, 'inline-enum-sequence'), [], name);
  }
  // An enumerator that is not at a clause start (我局一是…) is not taken for a gap.
  const subj = GOOD.replace('一是完善配套政策，出台倍增计划。二是', '我局一是完善配套政策，出台倍增计划。二是');
  assert.deepEqual(rulesAt(lintText(subj).messages, 'inline-enum-sequence'), []);
  // …and renumbering keeps the 二是 that follows it.
  assert.deepEqual(renumberDocument(subj, parseReply(subj).tree), []);
});

test('N09: 第一、 第二： 一是、 are fixed; 第二、三季度 is prose', () => {
  const text = fx('inline-punct.txt');
  const ms = numbering(text);
  assert.deepEqual(
    ms.map((m) => [m.ruleId, found(text, m), m.text.zh]),
    [
      ['inline-enum-punct', '一是、', '列举序号“一是、”后不加标点，应为“一是”'],
      ['inline-enum-punct', '第一、', '序次语“第一、”后应用逗号，应为“第一，”'],
      ['inline-enum-punct', '第二：', '序次语“第二：”后应用逗号，应为“第二，”'],
    ],
  );
  assert.equal(fixAll(text, lintText(text).messages).output, GOOD.replace('我市高度重视', '第二、三季度，我市高度重视'));
  const shou = GOOD.replace('我市高度重视', '首先、我市高度重视');
  assert.deepEqual(
    numbering(shou).map((m) => found(shou, m)),
    ['首先、'],
  );
});

test('N10: a fifth level (①) is an info hint, once per run', () => {
  const text = fx('depth.txt');
  const ms = numbering(text);
  assert.deepEqual(
    ms.map((m) => [m.ruleId, m.severity, found(text, m)]),
    [['numbering-max-depth', 'info', '①']],
  );
});

test('N11: mixed 1. / 1． and mixed heading endings are info hints', () => {
  const text = fx('style.txt');
  const ms = numbering(text);
  assert.deepEqual(
    ms.map((m) => [m.ruleId, m.severity, found(text, m)]),
    [
      ['marker-style-consistency', 'info', '2．'],
      ['marker-style-consistency', 'info', '（一）加快科技创新载体建设'],
    ],
  );
});

test('the seed: every sequence is consecutive (no N06/N08); its mixed level-2 headings are one N11 hint', () => {
  const seed = read(SEED);
  const ms = numbering(seed);
  assert.deepEqual(
    ms.filter((m) => m.ruleId === 'numbering-sequence' || m.ruleId === 'inline-enum-sequence'),
    [],
  );
  assert.deepEqual(
    ms.map((m) => m.ruleId),
    ['marker-style-consistency'],
  );
  assert.equal(ms[0].severity, 'info');
});

test('renumberLevelAt: an inserted section or item gets consecutive numerals; nothing else changes', () => {
  const text = fx('renumber.txt');
  const tree = parseReply(text).tree;
  const at = text.indexOf('（二）新增');
  const edits = renumberLevelAt(text, tree, at + 1);
  const out = applyFixes(text, edits).output;
  const want = GOOD.replace('（二）提升产业基础能力', '（二）新增一项工作\n（三）提升产业基础能力')
    .replace('二是优化营商环境。', '二是新增举措。三是优化营商环境。')
    .replace('三是加强要素保障。', '三是加强要素保障。');
  // Only the level of the cursor changed: the inline run is untouched.
  assert.equal(out, text.replace('（二）提升产业基础能力', '（三）提升产业基础能力'));
  for (const e of edits) assert.match(text.slice(e.range[0], e.range[1]), /^[一二三四五六七八九十0-9]+$/);
  const item = text.indexOf('二是优化');
  const inline = applyFixes(text, renumberLevelAt(text, tree, item)).output;
  assert.equal(inline, text.replace('二是优化营商环境。\n三是加强', '三是优化营商环境。\n四是加强'));
  const all = applyFixes(text, renumberDocument(text, tree)).output;
  assert.equal(all, want.replace('三是优化营商环境。\n三是加强', '三是优化营商环境。\n四是加强'));
  assert.deepEqual(renumberDocument(GOOD, parseReply(GOOD).tree), []);
});

test('renumberDocument fixes every N06 and N08 finding of the fixtures', () => {
  for (const name of ['sequence.txt', 'inline-sequence.txt']) {
    const text = fx(name);
    assert.equal(applyFixes(text, renumberDocument(text, parseReply(text).tree)).output, GOOD, name);
  }
});

test('real letters: no numbering rule throws, and no error or warning is raised (their numbering is correct)', () => {
  for (const name of corpusFiles()) {
    const { messages } = lintText(read(join(CORPUS, name)));
    assert.deepEqual(
      messages.filter((m) => m.ruleId === 'internal-error'),
      [],
      name,
    );
    assert.deepEqual(
      messages.filter((m) => NUMBERING.has(m.ruleId) && m.severity !== 'info').map((m) => m.text.zh),
      [],
      name,
    );
  }
});
