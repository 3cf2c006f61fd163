/**
 * Reading Word letters (.docx made by the `docx` writer): reading order, one line per paragraph,
 * tables, split runs, Word's automatic numbering, and the same findings as the .txt letter.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Paragraph, TextRun } from 'docx';
import { adaptMessages, locate, locationText, openDocx } from '../../server/src/formats/docx';
import { formatNumber } from '../../server/src/formats/docx/numbering';
import { lintText } from '../helpers';
import { docxBytes, NUMBERED, numbered, runs, SEED_NUMBERING, seedParagraphs, seedWithWordNumbering, SKIPPED, skippedNumberLetter, table } from './make';

const lintDocxText = (bytes: Uint8Array) => {
  const letter = openDocx(bytes);
  return { letter, messages: adaptMessages(letter.map, lintText(letter.map.text).messages) };
};

test('the seed split at its sections reads back as one line per paragraph', async () => {
  const paras = seedParagraphs();
  const { map } = openDocx(await docxBytes(paras));
  assert.equal(map.text, paras.join('\n'));
  assert.equal(map.paragraphs.length, paras.length);
  const at = map.text.indexOf('截止2022年');
  const loc = locate(map, at);
  assert.equal(paras[loc.paragraph - 1].slice(loc.char - 1, loc.char + 3), '截止20');
  assert.equal(locationText(loc, 'zh'), `第${loc.paragraph}段第${loc.char}字`);
  assert.equal(locationText(loc, 'en'), `paragraph ${loc.paragraph}, char ${loc.char}`);
});

test('round trip: the .txt letter and the same letter as .docx give the same rule ids at the same positions', async () => {
  const paras = seedParagraphs();
  const txt = lintText(paras.join('\n')).messages.map((m) => `${m.ruleId} ${m.range[0]}-${m.range[1]}`);
  const docx = lintDocxText(await docxBytes(paras)).messages.map((m) => `${m.ruleId} ${m.range[0]}-${m.range[1]}`);
  assert.ok(txt.length > 20);
  assert.deepEqual(docx, txt);
});

test('a table header block is read row by row, cell by cell, each cell a line', async () => {
  const bytes = await docxBytes([
    table([
      ['签发人：周桂良', '类别：A'],
      ['文号：厦工信函〔2023〕25号', '公开属性：主动公开'],
    ]),
    '郭海峰代表：',
  ]);
  assert.equal(openDocx(bytes).map.text, '签发人：周桂良\n类别：A\n文号：厦工信函〔2023〕25号\n公开属性：主动公开\n郭海峰代表：');
});

test('〔2023〕 and 截止 split across differently formatted runs read as typed, and are linted so', async () => {
  const bytes = await docxBytes([runs('厦工信函', '〔', '2023', '〕', '25号'), runs('截止', '2022', '年，', '截', '止', '目前共认定14家。')]);
  const { letter, messages } = lintDocxText(bytes);
  assert.equal(letter.map.text, '厦工信函〔2023〕25号\n截止2022年，截止目前共认定14家。');
  const jiezhi = messages.filter((m) => m.ruleId === 'jiezhi-vs-jiezhi');
  assert.ok(jiezhi.length >= 1, 'jiezhi-vs-jiezhi on split runs');
  assert.ok(letter.map.segments.filter((s) => s.kind === 'text').length >= 10);
});

test('hyperlinks, fields and text boxes: display text read; deleted and hidden text left out', async () => {
  const { DeletedTextRun, ExternalHyperlink, InsertedTextRun, SimpleField, Textbox } = await import('docx');
  const change = { id: 1, author: '张三', date: '2023-04-10T00:00:00Z' };
  const bytes = await docxBytes([
    new Paragraph({ children: [new TextRun('见'), new ExternalHyperlink({ link: 'https://example.org', children: [new TextRun('《通知》')] }), new TextRun('。')] }),
    new Paragraph({ children: [new TextRun('可见'), new TextRun({ text: '隐藏', vanish: true }), new TextRun('文字')] }),
    new Paragraph({
      children: [new TextRun('已'), new DeletedTextRun({ ...change, text: '删去' }), new InsertedTextRun({ ...change, id: 2, text: '加入' }), new TextRun('第'), new SimpleField('PAGE', '3'), new TextRun('页')],
    }),
    new Textbox({ style: { width: '100pt', height: '30pt' }, children: [new Paragraph('文本框中的字')] }),
  ]);
  // The text box hangs on a paragraph of its own (empty): its line, then the box's text after it.
  assert.equal(openDocx(bytes).map.text, '见《通知》。\n可见文字\n已加入第3页\n\n文本框中的字');
});

test('Word automatic numbering is read as the numbers a reader sees', async () => {
  const bytes = await docxBytes(['郭海峰代表：', numbered('办理工作背景', 0), numbered('制定行动方案', 1), numbered('完善政策举措', 1), numbered('措施与成效', 0), numbered('提升产业基础', 1)], NUMBERED);
  const { map } = openDocx(bytes);
  assert.equal(map.text, '郭海峰代表：\n一、办理工作背景\n（一）制定行动方案\n（二）完善政策举措\n二、措施与成效\n（一）提升产业基础');
  assert.equal(map.paragraphs[1].number, '一、');
  assert.equal(map.segments.find((s) => s.paragraph === 2)?.kind, 'number');
});

test('a Word-numbered letter with a skipped number is reported with the displayed numbers, as automatic, without a text fix', async () => {
  const bytes = await docxBytes(skippedNumberLetter(), SKIPPED);
  const { letter, messages } = lintDocxText(bytes);
  assert.match(letter.map.text, /\n一、办理工作背景\n我局高度重视。\n三、措施与成效\n/);
  const seq = messages.find((m) => m.ruleId === 'numbering-sequence');
  assert.ok(seq, 'numbering-sequence on 三、');
  assert.match(seq.text.zh, /三/);
  assert.match(seq.text.zh, /Word 自动编号/);
  assert.match(seq.text.en, /automatic numbering/);
  assert.equal(seq.fix, undefined);
  assert.equal(seq.suggestions, undefined);
  assert.equal(locate(letter.map, seq.range[0]).paragraph, 5);
});

test('number formats Word uses in Chinese letters', () => {
  assert.equal(formatNumber(1, 'chineseCounting'), '一');
  assert.equal(formatNumber(12, 'chineseCountingThousand'), '十二');
  assert.equal(formatNumber(21, 'chineseCounting'), '二十一');
  assert.equal(formatNumber(3, 'decimalEnclosedCircle'), '③');
  assert.equal(formatNumber(2, 'ideographTraditional'), '乙');
  assert.equal(formatNumber(7, 'decimalFullWidth'), '７');
  assert.equal(formatNumber(4, 'upperRoman'), 'IV');
  assert.equal(formatNumber(28, 'lowerLetter'), 'bb');
  assert.equal(formatNumber(5, 'decimal'), '5');
});

test('the committed Word fixture of the VS Code tests reads as the seed (test/docx/write-fixtures.ts)', async () => {
  const { readFileSync } = await import('node:fs');
  const { E2E_SEED_DOCX } = await import('./write-fixtures');
  assert.equal(openDocx(readFileSync(E2E_SEED_DOCX)).map.text, seedParagraphs().join('\n'));
});

test('round trip on the vendored corpus letters: each line a paragraph, the same text and the same findings at the same offsets', async () => {
  const { readdirSync, readFileSync, existsSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { SHARED, corpusFiles } = await import('../helpers');
  const dirs = existsSync(SHARED)
    ? readdirSync(SHARED)
        .map((d) => join(SHARED, d))
        .filter((d) => statSync(d).isDirectory() && corpusFiles(d).length > 0)
    : [];
  let letters = 0;
  for (const dir of dirs) {
    for (const f of corpusFiles(dir)) {
      // Line ends as paragraphs; a letter's text is what it would be typed into Word.
      const text = readFileSync(join(dir, f), 'utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n')
        .replace(/\n+$/, '');
      const paras = text.split('\n');
      const { map } = openDocx(await docxBytes(paras));
      assert.equal(map.text, text, `${f}: text`);
      const key = (ms: { ruleId: string; range: [number, number] }[]) => ms.map((m) => `${m.ruleId} ${m.range[0]}-${m.range[1]}`);
      assert.deepEqual(key(lintDocxText(await docxBytes(paras)).messages), key(lintText(text).messages), `${dir}/${f}`);
      letters++;
    }
  }
  assert.ok(letters >= 20 || dirs.length === 0, `${letters} letters`);
});

test('the seed with its headings as Word automatic numbering reads as typed and gets the same findings; fixes stay out of the numbers', async () => {
  const paras = seedParagraphs();
  const { letter, messages } = lintDocxText(await docxBytes(seedWithWordNumbering(), SEED_NUMBERING));
  assert.equal(letter.map.text, paras.join('\n'));
  assert.equal(letter.map.paragraphs.filter((p) => p.number).length, 28);
  const txt = lintText(paras.join('\n')).messages;
  assert.deepEqual(
    messages.map((m) => `${m.ruleId} ${m.range[0]}`),
    txt.map((m) => `${m.ruleId} ${m.range[0]}`),
  );
  // The half-width brackets of (一) are inside automatic numbers: the aggregated fix leaves them, and says so.
  const p01 = messages.find((m) => m.ruleId === 'fullwidth-punct')!;
  const p01txt = txt.find((m) => m.ruleId === 'fullwidth-punct')!;
  const bracketed = letter.map.paragraphs.filter((p) => p.number?.startsWith('('));
  assert.equal(bracketed.length, 10);
  assert.equal(p01.fix!.edits!.length, p01txt.fix!.edits!.length - 2 * bracketed.length);
  assert.match(p01.text.zh, /自动编号里的标点/);
  for (const p of bracketed) assert.ok(!p01.fix!.edits!.some((e) => e.range[0] >= p.start && e.range[0] < p.start + p.number!.length));
});

test('spaces at the ends of a w:t without xml:space="preserve" are not read (Word and LibreOffice do not show them)', async () => {
  const { strFromU8, strToU8, unzipSync, zipSync } = await import('fflate');
  const files = unzipSync(new Uint8Array(await docxBytes(['厦工信函[2023]25号'])));
  const xml = strFromU8(files['word/document.xml']);
  files['word/document.xml'] = strToU8(xml.replace(/<w:t xml:space="preserve">厦工信函\[2023\]25号<\/w:t>/, '<w:t>  厦工信函[2023]25号 </w:t><w:t xml:space="preserve"> 号 </w:t>'));
  const bytes = zipSync(files);
  assert.equal(openDocx(bytes).map.text, '厦工信函[2023]25号 号 ');
  // Fixes land at the right characters of the trimmed node.
  const { fixDocx } = await import('../../server/src/formats/docx');
  const fixed = fixDocx(bytes, (t) => lintText(t).messages);
  assert.ok(fixed.map.text.startsWith('厦工信函〔2023〕25号'), fixed.map.text);
});
