/**
 * The parts the parser reads once for every rule (parse/letter/): the salutation into its parts,
 * the title's 第N号 and organ, the printed result category — on letters made for these tests.
 * Every range is a UTF-16 [start, end) into the text; each is checked by slicing the text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReply } from '../../server/src/parse';
import type { Range } from '../../server/src/parse/types';
import { lintText, rulesAt } from '../helpers';

function letter(p: { head?: string[]; title?: string; salutation?: string; footer?: string[] } = {}): string {
  return (
    [
      ...(p.head ?? []),
      p.title ?? '某市住房和城乡建设局关于市十五届人大三次会议第１０２４号建议办理情况答复的函',
      p.salutation ?? '尊敬的李四、王五等代表您好：',
      '《关于推进老旧小区加装电梯的建议》（第1024号）收悉。现答复如下：',
      '一、关于加装电梯补助',
      '我局已出台补助政策。',
      '感谢您对我们工作的关心和支持。',
      ...(p.footer ?? ['某市住房和城乡建设局', '2024年5月20日']),
    ].join('\n') + '\n'
  );
}
const partsOf = (text: string) => parseReply(text).tree.data.parts;
const at = (text: string, r: Range | undefined) => (r ? text.slice(r[0], r[1]) : undefined);

test('the salutation is read into courtesy, names, title, greeting, colon and spaces', () => {
  const text = letter();
  const s = partsOf(text).salutation!;
  assert.equal(s.type, 'salutation');
  assert.equal(s.line, '尊敬的李四、王五等代表您好：');
  assert.equal(at(text, s.lineRange), s.line);
  assert.equal(at(text, s.courtesy), '尊敬的');
  assert.equal(s.name, '李四、王五等');
  assert.equal(at(text, s.nameRange), '李四、王五等');
  assert.deepEqual(s.names, ['李四', '王五']);
  assert.equal(s.more, true);
  assert.equal(s.title, '代表');
  assert.equal(at(text, s.titleRange), '代表');
  assert.equal(at(text, s.greeting), '您好');
  assert.equal(at(text, s.colon), '：');
  assert.deepEqual(s.spaces, []);
  const spaced = letter({ salutation: '李四  代表：' });
  const sp = partsOf(spaced).salutation!;
  assert.deepEqual(
    sp.spaces.map((r) => at(spaced, r)),
    ['  '],
  );
  assert.equal(sp.courtesy, undefined);
  assert.equal(sp.name, '李四');
});

test('a 们 after 代表 stands in the title range; an organ salutation has no title', () => {
  const organ = letter({ salutation: '市人大常委会代表工作委员会：' });
  const o = partsOf(organ).salutation!;
  assert.equal(o.title, undefined);
  assert.equal(o.name, '市人大常委会代表工作委员会');
  const many = letter({ salutation: '各位代表们：' });
  const m = partsOf(many).salutation!;
  assert.equal(m.title, '代表');
  assert.equal(at(many, m.titleRange), '代表们');
  assert.equal(m.name, '各位');
  assert.equal(m.more, false);
});

test('the title: its 第N号 (as written, full-width kept) and the organ it starts with', () => {
  const text = letter();
  const t = partsOf(text).title!;
  assert.equal(t.number?.value, '１０２４');
  assert.equal(at(text, t.number?.range), '１０２４');
  assert.equal(t.organ, '某市住房和城乡建设局');
  const plain = partsOf(letter({ title: '关于加装电梯建议的答复' })).title!;
  assert.equal(plain.number, undefined);
  assert.equal(plain.organ, undefined);
});

test('a title wrapped onto two lines is one node, and its number is read across the join', () => {
  const text = letter({ title: '某市住房和城乡建设局关于市十五届人大三次会议\n第1024号建议办理情况答复的函' });
  const t = partsOf(text).title!;
  assert.match(t.value, /^某市.*答复的函$/s);
  assert.equal(at(text, t.number?.range), '1024');
});

test('the printed category: a header mark, else a 类别 field; the letter ASCII upper case', () => {
  const marked = letter({ head: ['Ａ类'] });
  const c = partsOf(marked).printedCategory!;
  assert.equal(c.letter, 'A');
  assert.equal(at(marked, c.range), 'Ａ');
  assert.equal(c.raw, 'Ａ类');
  const field = letter({ footer: ['某市住房和城乡建设局', '2024年5月20日', '类别：b'] });
  const f = partsOf(field).printedCategory!;
  assert.equal(f.letter, 'B');
  assert.equal(at(field, f.range), 'b');
  assert.equal(f.raw, '类别：b');
  assert.equal(partsOf(letter()).printedCategory, undefined);
});

test('every part of the seed letter has offsets inside the text', async () => {
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(new URL('../../examples/seed.reply.txt', import.meta.url), 'utf8');
  const p = partsOf(text);
  for (const [name, v] of Object.entries(p)) {
    const nodes = (Array.isArray(v) ? v : [v]).filter((n) => n && typeof n === 'object' && 'position' in n);
    for (const n of nodes as Array<{ position: { start: { offset?: number }; end: { offset?: number } } }>) {
      const s = n.position.start.offset!;
      const e = n.position.end.offset!;
      assert.ok(0 <= s && s <= e && e <= text.length, name);
    }
  }
  assert.equal(at(text, p.salutation!.nameRange), '郭海峰');
  assert.equal(p.title!.number?.value, '20230019');
});

test('a Chinese-numeral 成文日期 is read into year, month and day when it is a real date', () => {
  const d = partsOf(letter({ footer: ['某市住房和城乡建设局', '二〇二四年五月二十日'] })).issueDate!;
  assert.deepEqual([d.form, d.year, d.month, d.day], ['cn-numerals', 2024, 5, 20]);
  const bad = partsOf(letter({ footer: ['某市住房和城乡建设局', '二〇二四年二月三十日'] })).issueDate!;
  assert.deepEqual([bad.form, bad.year, bad.month, bad.day], ['cn-numerals', NaN, NaN, NaN]);
});

test('fix: a Chinese-numeral 成文日期 is compared with the header date (issue-date-consistency skipped it before)', () => {
  const text = letter({ head: ['2024-5-18'], footer: ['某市住房和城乡建设局', '二〇二四年五月二十日'] });
  const found = rulesAt(lintText(text).messages, 'issue-date-consistency');
  assert.equal(found.length, 1);
  assert.match(found[0].text.zh, /版头日期“2024-5-18”与成文日期“二〇二四年五月二十日”不一致/);
  // …and D01 still offers the Arabic form as a suggestion, not a fix.
  const d01 = rulesAt(lintText(text).messages, 'date-format-cn').find((m) => m.text.zh.includes('二〇二四'));
  assert.equal(d01?.fix, undefined);
  assert.equal(d01?.suggestions?.[0].text, '2024年5月20日');
});

test('the stated 公开属性: the block, the value it names and its range', () => {
  const text = letter({ footer: ['某市住房和城乡建设局', '2024年5月20日', '（此件主动公开）'] });
  const [d] = partsOf(text).disclosures;
  assert.equal(d.block.type, 'note');
  assert.equal(d.value, '此件主动公开');
  assert.equal(at(text, d.valueRange), '此件主动公开');
  const odd = letter({ footer: ['某市住房和城乡建设局', '2024年5月20日', '（此件内部公开）'] });
  assert.equal(partsOf(odd).disclosures[0]?.value, '此件内部公开');
  assert.deepEqual(partsOf(letter()).disclosures, []);
});
