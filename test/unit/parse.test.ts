import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import { parseReply, replyParse } from '../../server/src/parse';
import type { ReplyRoot, Section } from '../../server/src/parse/types';
import { SEED, read } from '../helpers';

const seed = read(SEED);

function outline(sections: Section[]): string[] {
  return sections.map((s) => `${s.depth}:${s.heading.marker.raw}${s.heading.heading}`);
}

test('the seed (one scraped line) is split into the parts of a letter', () => {
  const { tree } = parseReply(seed);
  const p = tree.data.parts;
  assert.equal(tree.data.scraped, true);
  assert.equal(p.title?.value, '厦门市工业和信息化局关于市十六届人大二次会议第20230019号建议办理情况答复的函');
  assert.equal(p.docNumber?.raw, '厦工信函[2023]25号');
  assert.equal(p.docNumber?.position.start.offset, 43);
  assert.equal(p.headerDates[0]?.raw, '2023-4-10');
  assert.equal(p.salutation?.value, '郭海峰代表:');
  assert.equal(p.acknowledgement?.number?.value, '20230019');
  assert.equal(p.acknowledgement?.title?.title, '关于构建产业链成长良好生态、助推先进制造业倍增发展的建议');
  assert.deepEqual(
    p.cohandlers?.units.map((u) => u.name),
    ['市发改委', '市科技局', '市人社局', '市市场监管局', '市台港澳事务办'],
  );
  assert.equal(p.closing.length, 1);
  assert.deepEqual(
    p.fields.map((f) => `${f.kind}:${f.fieldValue}`),
    ['signer:周桂良', 'contact:邱忠强', 'phone:2896599'],
  );
  assert.equal(p.issuer?.value, '厦门市工业和信息化局');
  assert.equal(p.issueDate?.raw, '2023年4月10日');
  assert.equal(p.issueDate?.position.start.offset, 7000);
  assert.equal(p.boilerplate[0]?.value, '|');
  assert.equal(p.boilerplate[0]?.position.start.offset, 7011);
});

test('the seed outline: 三 top-level sections, 二 has （一）…（六）, （三） has 1.…3.', () => {
  const { tree } = parseReply(seed);
  const top = tree.children.filter((c): c is Section => c.type === 'section');
  assert.deepEqual(outline(top), ['1:一、办理工作背景', '1:二、措施与成效', '1:三、下一步工作措施']);
  const second = top[1].children.filter((c): c is Section => c.type === 'section');
  assert.deepEqual(
    second.map((s) => s.heading.marker.ordinal),
    [1, 2, 3, 4, 5, 6],
  );
  assert.ok(second.every((s) => s.depth === 2 && s.heading.marker.raw.startsWith('(')));
  const third = second[2].children.filter((c): c is Section => c.type === 'section');
  assert.deepEqual(outline(third), ['3:1.提升企业创新能力', '3:2.建设科技创新载体', '3:3.完善布局新型基础设施']);
});

test('citations, cited 文号 and inline enumerations of the seed', () => {
  const { tree } = parseReply(seed);
  const p = tree.data.parts;
  assert.deepEqual(
    p.docNumbers.map((d) => d.raw),
    ['厦工信函[2023]25号', '厦府规〔2022〕2号', '厦府规〔2023〕4号', '厦工信规〔2023〕1号'],
  );
  const cited = p.citations.filter((c) => c.docNumber).map((c) => c.docNumber!.raw);
  assert.deepEqual(cited, ['厦府规〔2022〕2号', '厦府规〔2023〕4号', '厦工信规〔2023〕1号']);
  assert.equal(p.citations.find((c) => c.position.start.offset === 178)?.title, '厦门市先进制造业倍增计划实施方案(2022-2026年)');
  const runs = p.enumItems.map((e) => e.ordinal).join('');
  assert.equal(runs, '1234567' + '1234' + '123' + '12' + '12' + '1234');
});

test('every node position lies inside the text and blocks are ordered', () => {
  const { tree } = parseReply(seed);
  let last = -1;
  for (const b of tree.data.blocks) {
    const s = b.position.start.offset!;
    const e = b.position.end.offset!;
    assert.ok(s >= 0 && s <= e && e <= seed.length);
    assert.ok(s > last);
    assert.equal(seed.slice(s, e), b.value);
    last = s;
  }
});

test('decimals and 1.2017年 markers: only real markers become sections', () => {
  const text = ['一、总体情况', '1.2017年以来，我市共投入资金25.87亿元。', '25.87%的企业参与。', '2.下一步打算。'].join('\n');
  const { tree } = parseReply(text);
  assert.deepEqual(
    tree.data.parts.sections.map((s) => s.heading.marker.raw),
    ['一、', '1.', '2.'],
  );
});

test('Markdown: front matter, headings and directives', () => {
  const md = ['---', '建议编号: 20230019', '---', '', '# 关于第20230019号建议的答复', '', '郭海峰代表：', '', '<!-- replylint-disable fullwidth-punct -->', '', '## 一、总体情况', ''].join('\n');
  const { tree } = parseReply(md, { format: 'md' });
  assert.equal(tree.data.meta['建议编号'], 20230019);
  assert.equal(tree.data.parts.title?.value, '关于第20230019号建议的答复');
  assert.equal(tree.data.parts.salutation?.value, '郭海峰代表：');
  assert.deepEqual(
    tree.data.directives.map((d) => [d.kind, d.rules]),
    [['disable', ['fullwidth-punct']]],
  );
  assert.equal(tree.data.parts.sections[0]?.heading.heading, '总体情况');
});

test('replyParse is a unified parser plugin', () => {
  const tree = unified().use(replyParse).parse('郭海峰代表：\n来信收悉。') as unknown as ReplyRoot;
  assert.equal(tree.type, 'root');
  assert.equal(tree.data.parts.salutation?.value, '郭海峰代表：');
});
