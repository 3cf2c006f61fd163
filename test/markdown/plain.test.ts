/**
 * The plain-Markdown scan (server/src/parse/markdown-plain.ts) stands in for remark-parse only
 * where it gives the same view: the same masks, front matter, metadata and directives. Checked
 * against remark-parse on the real letters and fixtures (as they are and dressed in the Markdown
 * a writer adds), on every CommonMark spec example, and on generated texts built from the lines
 * that sit on the edge of the subset.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { markdownView, parsedView } from '../../server/src/parse/markdown';
import { plainMarkdown } from '../../server/src/parse/markdown-plain';
import { FIXTURES, ROOT, SEED, SHARED, read } from '../helpers';

function filesUnder(dir: string, exts: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, exts));
    else if (exts.test(name)) out.push(p);
  }
  return out;
}

/** The view both ways; `accepted` says whether the scan stood in. */
function compare(text: string, label: string): boolean {
  const accepted = plainMarkdown(text) !== undefined;
  if (accepted) assert.deepEqual(markdownView(text), parsedView(text), `${label}: ${JSON.stringify(text.slice(0, 200))}`);
  return accepted;
}

const letters = [SEED, ...filesUnder(SHARED, /\.txt$/), ...filesUnder(FIXTURES, /\.(txt|md)$/), ...filesUnder(join(ROOT, 'examples'), /\.(txt|md)$/)].map((f) => ({ file: f.slice(ROOT.length), text: read(f) }));

/** A letter as a writer keeps it in Markdown: front matter, # headings, a directive comment, CRLF, 1. lists. */
function dressed(text: string, variant: number): string {
  let lines = text.split(/\r?\n/);
  // Section markers become headings (一、 as ##, （一） as ###), with a closing run on some.
  lines = lines.map((l, i) => (/^[一二三四五六七八九十]+、/.test(l) ? `## ${l}${i % 2 ? ' ##' : ''}` : /^[（(][一二三四五六七八九十]+[）)]/.test(l) ? `### ${l}` : l));
  if (variant & 1) lines.splice(Math.min(2, lines.length), 0, '<!-- replylint-disable-next-line dup-punct, typo-lexicon -->');
  if (variant & 2) lines = ['---', 'role: cohandler', '建议编号: "20230019"', '---', '', ...lines];
  if (variant & 4) lines.unshift(`# ${lines.find((l) => l.trim()) ?? ''}`);
  // 1.提升… as a Markdown ordered list (1. 提升…).
  if (variant & 16) lines = lines.map((l) => l.replace(/^(\d{1,2})[.．、](?=\S)/, '$1. '));
  return lines.join(variant & 8 ? '\r\n' : '\n');
}

test('real letters and fixtures: the scan gives remark-parse’s view whenever it accepts a letter', () => {
  let accepted = 0;
  for (const { file, text } of letters) if (compare(text, file)) accepted++;
  // The bench letter (the seed in paragraphs) and most real letters are plain Markdown.
  assert.ok(compare(read(SEED).replace(/ (?=\S)/g, '\n'), 'seed in paragraphs'));
  assert.ok(accepted >= letters.length / 2, `only ${accepted} of ${letters.length} letters accepted`);
});

test('letters dressed in Markdown (front matter, headings, directives, CRLF, ordered lists) take the scan and match remark-parse', () => {
  let accepted = 0;
  let total = 0;
  for (const { file, text } of letters) {
    for (let v = 0; v < 32; v++) {
      total++;
      if (compare(dressed(text, v), `${file} variant ${v}`)) accepted++;
    }
  }
  assert.ok(accepted >= total / 2, `only ${accepted} of ${total} dressed letters accepted`);
  // The Markdown fixtures written with front matter and headings are read by the scan.
  for (const f of ['test/fixtures/cli/generic/letter.md', 'test/fixtures/header/correct.md', 'test/fixtures/lsp/letter.reply.md']) {
    assert.ok(plainMarkdown(read(join(ROOT, f))), f);
  }
});

test('CommonMark spec examples: the scan gives remark-parse’s view on every example it accepts', () => {
  const require = createRequire(import.meta.url);
  const spec = require('commonmark-spec') as { tests: Array<{ markdown: string; number: number; section: string }> };
  assert.ok(spec.tests.length > 600);
  let accepted = 0;
  for (const t of spec.tests) {
    const md = t.markdown.replace(/→/g, '\t');
    if (compare(md, `spec example ${t.number} (${t.section})`)) accepted++;
  }
  // Headings, paragraphs and comment examples are in the subset; most of the spec is not.
  assert.ok(accepted >= 40, `${accepted} examples accepted`);
});

// Lines on both sides of the subset's edge: what the scan must read exactly, and what it must
// hand to remark-parse (lists, quotes, code, setext underlines, definitions, inline syntax).
const lineKinds = [
  '厦门市工业和信息化局关于建议的答复',
  '一、办理工作背景',
  '1.提升企业创新能力。',
  '2023-4-10',
  '厦工信函[2023]25号',
  '（第20230019号）收悉。',
  '',
  '   ',
  '  ',
  '# 标题',
  '## 一、背景 ##',
  '###### 六级',
  '####### 七级',
  '#标题',
  '#',
  '# ###',
  '  ## 缩进 #',
  '# a #b',
  '# 尾随   ',
  '## 收尾 ##   ',
  '#\t标题',
  '---',
  '--- ',
  '***',
  '___',
  '- 项目',
  '-项目',
  '--',
  '+ 项',
  '+项',
  '* 项',
  '1. 项',
  '1) 项',
  '1234567890. 项',
  '12.项',
  '> 引用',
  '>引用',
  '===',
  '=等号',
  '~~~',
  '~波浪',
  '```',
  '    缩进代码',
  '\t制表',
  '     五格',
  '[a]: /url',
  '  [a]',
  '[2023]年',
  '见[a](b)',
  '![图](c)',
  '*强调*',
  '_下划线_',
  '`代码`',
  '<b>粗</b>',
  '<http://a.b>',
  'a\\b',
  '&amp;',
  '&#35;',
  'a  ',
  '<!-- replylint-disable dup-punct -->',
  '<!-- replylint-enable -->  ',
  '<!-- 注释 --> 后文',
  '<!-- 未闭合',
  ' <!-- 缩进 -->',
  '<!---->',
  '<!-->',
  '<!-- a --',
  '-->',
  '\ufeff文',
  '1. 提升企业创新能力',
  '2) 第二项',
  '10. 第十项',
  '1.  两格',
  '1.    四格',
  '1.     五格',
  '1. # 标题',
  '1. - 项',
  '1. 1. 项',
  '1. <!-- c -->',
  '1. > 引',
  '1.\t制表',
  ' 1. 缩进项',
  '   续行',
  '   # 项内标题',
  '   ===',
  '    ---',
  '   > 项内引用',
  '   - 项内列表',
];
const lineArb = fc.constantFrom(...lineKinds);
const docArb = fc.record({
  front: fc.constantFrom('', '---\n---\n', '---\na: 1\n---\n', '---\nrole: [\n---\n', '---\n---  \n', '---\n\n...\n---\nx\n', '---\na: 1\n', '---\r\n代表: 王明\r\n---\r\n'),
  lines: fc.array(lineArb, { maxLength: 14 }),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  end: fc.constantFrom('', '\n'),
});

test('generated texts: whenever the scan accepts, the view equals remark-parse’s', () => {
  let accepted = 0;
  fc.assert(
    fc.property(docArb, ({ front, lines, eol, end }) => {
      const text = front + lines.join(eol) + end;
      if (compare(text, 'generated')) accepted++;
    }),
    { numRuns: 4000, seed: 18 },
  );
  assert.ok(accepted >= 400, `${accepted} generated texts accepted`);
});
