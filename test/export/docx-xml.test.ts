// The exported .docx read as XML: page, fonts, sizes, spacing and places of the GB/T 9704
// layout, and the text of the letter unchanged. No LibreOffice needed (see office.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportLetter, GB9704, layoutFor, resolveLayout } from '../../server/src/export';
import { signaturePlace } from '../../server/src/export/docx-writer';
import { titleLines, charWidth } from '../../server/src/export/title-lines';
import { attr, bodyParagraphs, child, children, docxLetterText, docxParts, read, xml } from './helpers';

const SEED = read('test/fixtures/export/seed-split.reply.txt');
const SEED_PATH = 'test/fixtures/export/seed-split.reply.txt';

async function seedDocx(profile?: string) {
  const r = await exportLetter({ text: SEED, path: SEED_PATH }, profile ? { profile } : {}, profile && !['generic'].includes(profile) ? { layoutProfile: profile } : {});
  assert.ok(r.bytes, `exported (errors: ${r.errors.map((m) => m.ruleId).join(', ')})`);
  return { r, parts: docxParts(r.bytes!) };
}

const fontsOf = (run: ReturnType<typeof children>[number]) => {
  const rPr = child(run, 'rPr');
  const f = child(rPr, 'rFonts');
  return { eastAsia: attr(f, 'eastAsia'), ascii: attr(f, 'ascii'), size: Number(attr(child(rPr, 'sz'))), bold: !!child(rPr, 'b'), spacing: attr(child(rPr, 'spacing')) };
};

test('page: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm (right 26 mm, bottom 35 mm)', async () => {
  const { parts } = await seedDocx();
  const sect = child(child(xml(parts['word/document.xml']).documentElement!, 'body'), 'sectPr');
  const twips = (mm: number) => Math.round((mm / 25.4) * 1440);
  assert.equal(Number(attr(child(sect, 'pgSz'), 'w')), twips(210));
  assert.equal(Number(attr(child(sect, 'pgSz'), 'h')), twips(297));
  const mar = child(sect, 'pgMar');
  assert.equal(Number(attr(mar, 'top')), twips(37));
  assert.equal(Number(attr(mar, 'left')), twips(28));
  assert.equal(Number(attr(mar, 'right')), twips(26));
  assert.equal(Number(attr(mar, 'bottom')), twips(35));
});

test('every paragraph: exact 28.95 pt line pitch, 22 lines to the 225 mm block; body runs tightened to 28 characters a line', async () => {
  const { parts } = await seedDocx();
  const paras = bodyParagraphs(parts['word/document.xml']);
  assert.ok(paras.length > 40);
  for (const { p } of paras) {
    const spacing = child(child(p, 'pPr'), 'spacing');
    assert.equal(attr(spacing, 'line'), '579');
    assert.equal(attr(spacing, 'lineRule'), 'exact');
  }
  // The line pitch the export writes (twentieths of a point) against the 225 mm type area.
  const linePitch = Number(attr(child(child(paras[0].p, 'pPr'), 'spacing'), 'line')) / 20;
  const area = (225 / 25.4) * 72;
  assert.ok(22 * linePitch <= area && 23 * linePitch > area, `22 lines of ${linePitch} pt fit in ${area.toFixed(1)} pt, 23 do not`);
  // 3号 16 pt tightened by 0.25 pt: 28 × 15.75 pt = 441 pt ≤ 442.2 pt (156 mm) < 29 × 15.75 pt.
  const body = paras.find((x) => x.text.startsWith('《关于构建产业链'))!;
  const f = fontsOf(body.runs[0]);
  assert.equal(f.spacing, '-5');
  const pitch = 16 + Number(f.spacing) / 20;
  assert.ok(28 * pitch <= (156 / 25.4) * 72 && 29 * pitch > (156 / 25.4) * 72);
});

test('fonts: title 2号 方正小标宋简体 centred; body 3号 仿宋_GB2312; 一、 黑体; （一） 楷体_GB2312; 1. 仿宋; w:eastAsia on every run', async () => {
  const { parts } = await seedDocx();
  const paras = bodyParagraphs(parts['word/document.xml']);
  const title = paras[0];
  assert.equal(title.text, '厦门市工业和信息化局\n关于市十六届人大二次会议\n第20230019号建议办理情况答复的函');
  assert.equal(attr(child(child(title.p, 'pPr'), 'jc')), 'center');
  for (const r of title.runs) assert.deepEqual({ ...fontsOf(r), spacing: undefined }, { eastAsia: '方正小标宋简体', ascii: 'Times New Roman', size: 44, bold: false, spacing: undefined });
  const byStart = (s: string) => paras.find((x) => x.text.startsWith(s))!;
  const h1 = byStart('一、办理工作背景');
  assert.equal(fontsOf(h1.runs[0]).eastAsia, '黑体');
  assert.equal(fontsOf(h1.runs[0]).size, 32);
  const h2 = byStart('（一）制定《重点产业发展行动方案》');
  assert.equal(fontsOf(h2.runs[0]).eastAsia, '楷体_GB2312');
  // A run-in heading: the heading (to its full stop) in the heading's font, the rest in the body's.
  const h3 = byStart('1.提升企业创新能力。');
  assert.equal(h3.runs.length, 2);
  assert.equal(h3.runs[0].textContent, '1.提升企业创新能力。');
  assert.equal(fontsOf(h3.runs[0]).eastAsia, '仿宋_GB2312');
  const runIn = byStart('（一）加快科技创新载体建设。');
  assert.equal(runIn.runs[0].textContent, '（一）加快科技创新载体建设。');
  assert.equal(fontsOf(runIn.runs[0]).eastAsia, '楷体_GB2312');
  assert.equal(fontsOf(runIn.runs[1]).eastAsia, '仿宋_GB2312');
  for (const { runs } of paras) for (const r of runs) assert.ok(fontsOf(r).eastAsia, 'w:eastAsia set');
  // Document defaults: 仿宋_GB2312 3号, automatic CJK/Latin spacing off.
  const styles = parts['word/styles.xml'];
  assert.match(styles, /<w:rPrDefault><w:rPr><w:rFonts[^>]*w:eastAsia="仿宋_GB2312"[^>]*\/><w:sz w:val="32"\/>/);
  assert.match(styles, /<w:rPrDefault><w:rPr>.*<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>/);
  assert.match(styles, /<w:pPrDefault><w:pPr><w:autoSpaceDE w:val="0"\/><w:autoSpaceDN w:val="0"\/><w:spacing [^>]*w:line="579" w:lineRule="exact"\/>/);
});

test('fallback fonts: the font table names each East-Asian font with its fallbacks (w:altName) and charset GB2312', async () => {
  const { parts } = await seedDocx();
  const fonts = children(xml(parts['word/fontTable.xml']).documentElement!, 'font');
  const byName = new Map(fonts.map((f) => [attr(f, 'name'), f]));
  assert.equal(attr(child(byName.get('仿宋_GB2312'), 'altName')), '仿宋,FangSong,STFangsong');
  assert.equal(attr(child(byName.get('楷体_GB2312'), 'altName')), '楷体,KaiTi,STKaiti');
  assert.equal(attr(child(byName.get('方正小标宋简体'), 'charset')), '86');
  // A profile's list replaces the default one.
  const custom = resolveLayout({ fonts: { body: { eastAsia: ['仿宋', 'FangSong'] } } });
  assert.deepEqual(custom.fonts.body.value.eastAsia, ['仿宋', 'FangSong']);
  assert.equal(custom.fonts.body.value.sizePt, 16, 'the rest of the font spec is kept');
  assert.match(custom.fonts.body.clause, /5\.2\.3.*profile/);
});

test('paragraphs indented two characters; salutation flush left; date right-indented four characters; issuer centred on it', async () => {
  const { parts } = await seedDocx();
  const paras = bodyParagraphs(parts['word/document.xml']);
  const ind = (s: string) => child(child((paras.find((x) => x.text === s) ?? paras.find((x) => x.text.startsWith(s)))!.p, 'pPr'), 'ind');
  const ch = (n: number) => Math.round(n * (((156 / 25.4) * 72) / 28) * 20); // n characters of the grid, in twips
  assert.equal(Number(attr(ind('《关于构建产业链'), 'firstLine')), ch(2));
  assert.equal(Number(attr(ind('二、措施与成效'), 'firstLine')), ch(2));
  assert.equal(attr(ind('郭海峰代表：'), 'firstLine'), undefined);
  assert.equal(Number(attr(ind('2023年4月10日'), 'right')), ch(4));
  const issuerRight = Number(attr(ind('厦门市工业和信息化局'), 'right'));
  // 厦门市工业和信息化局 (10) centred on 2023年4月10日 (3 + 7 half-width = 6.5).
  assert.equal(issuerRight, ch(4 + (6.5 - 10) / 2));
  assert.deepEqual(signaturePlace(20, 6.5, 4), { issuerRight: 0, dateRight: 4 + 2.75 }, 'a long issuer pushes both left');
});

test('page numbers: 4号 宋体 “— N —”, odd pages right and even pages left, one character in; odd and even footers on', async () => {
  const { parts } = await seedDocx();
  assert.match(parts['word/settings.xml'], /<w:evenAndOddHeaders\/>/);
  const doc = parts['word/document.xml'];
  const rels = parts['word/_rels/document.xml.rels'];
  const footer = (type: string) => {
    const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"`).exec(doc)![1];
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
    return xml(parts[`word/${target}`]).documentElement!;
  };
  for (const [type, side] of [
    ['default', 'right'],
    ['even', 'left'],
  ] as const) {
    const p = children(footer(type), 'p')[0];
    const pPr = child(p, 'pPr');
    assert.equal(attr(child(pPr, 'jc')), side);
    assert.equal(Number(attr(child(pPr, 'ind'), side)), 14 * 20, 'one 4号 character in');
    const runs = children(p, 'r');
    const text = runs.map((r) => child(r, 't')?.textContent ?? (child(r, 'instrText') ? `{${child(r, 'instrText')!.textContent}}` : '')).join('');
    assert.equal(text, '— {PAGE} —');
    for (const r of runs) assert.deepEqual([fontsOf(r).eastAsia, fontsOf(r).ascii, fontsOf(r).size], ['宋体', '宋体', 28]);
  }
  // The number line's top 7 mm under the block: footer distance = 35 − 7 − 14 pt.
  const footerTw = Number(/w:footer="(\d+)"/.exec(doc)![1]);
  assert.ok(Math.abs(footerTw - Math.round(((35 - 7) / 25.4) * 1440 - 14 * 20)) <= 1);
});

test('numbering exported as typed text (no Word numbering), the letter’s text unchanged, page residue left out', async () => {
  const { parts, r } = await seedDocx();
  assert.doesNotMatch(parts['word/document.xml'], /<w:numPr>/);
  const exported = docxLetterText(r.bytes!).replace(/\s+/g, '');
  assert.equal(exported, SEED.replace(/\s+/g, ''));
});

test('版记: 抄送 between a thick rule above and below, 4号, one character in on both sides', async () => {
  const text = SEED.replace('2023年4月10日\n', '2023年4月10日\n抄送：市人大常委会代表工作委员会，市政府督查室。\n');
  const r = await exportLetter({ text, path: 'cc.reply.txt' }, {});
  assert.ok(r.bytes);
  const paras = bodyParagraphs(docxParts(r.bytes!)['word/document.xml']);
  const cc = paras[paras.length - 1];
  assert.equal(cc.text, '抄送：市人大常委会代表工作委员会，市政府督查室。');
  const pPr = child(cc.p, 'pPr');
  const bdr = child(pPr, 'pBdr');
  for (const side of ['top', 'bottom']) {
    assert.equal(attr(child(bdr, side)), 'single');
    assert.equal(Number(attr(child(bdr, side), 'sz')), Math.round((0.35 / 25.4) * 72 * 8), '0.35 mm');
  }
  assert.equal(fontsOf(cc.runs[0]).size, 28);
  const ind = child(pPr, 'ind');
  assert.equal(Number(attr(ind, 'right')), 280);
  assert.equal(Number(attr(ind, 'left')) - Number(attr(ind, 'hanging')), 280, 'first line one character in');
  assert.equal(Number(attr(ind, 'hanging')), 3 * 280, 'wrapped lines under the first name after 抄送：');
  assert.equal(Number(attr(child(pPr, 'spacing'), 'before')), 579, 'a blank line below the body');
});

test('版记 with a 印发 line: kept in its order, a thin rule between, kept together on one page', async () => {
  const text = SEED.replace('2023年4月10日\n', '2023年4月10日\n抄送：市人大常委会代表工作委员会。\n厦门市工业和信息化局办公室 2023年4月10日印发\n');
  const r = await exportLetter({ text, path: 'cc.reply.txt' }, {}, { force: true });
  const paras = bodyParagraphs(docxParts(r.bytes!)['word/document.xml']);
  const [cc, printed] = paras.slice(-2);
  assert.deepEqual([cc.text, printed.text], ['抄送：市人大常委会代表工作委员会。', '厦门市工业和信息化局办公室 2023年4月10日印发']);
  const sz = (p: typeof cc, side: string) => Number(attr(child(child(child(p.p, 'pPr'), 'pBdr'), side), 'sz'));
  assert.equal(sz(cc, 'top'), Math.round((0.35 / 25.4) * 72 * 8));
  assert.equal(sz(printed, 'top'), Math.round((0.25 / 25.4) * 72 * 8));
  assert.equal(sz(printed, 'bottom'), Math.round((0.35 / 25.4) * 72 * 8));
  assert.ok(child(child(cc.p, 'pPr'), 'keepNext'), 'kept with the next line');
});

test('profiles override layout numbers and say so: 28 pt fixed, 文件格式 文号 centred', async () => {
  const fixed = layoutFor(['generic', 'fixed-28pt']);
  assert.equal(fixed.linePitchPt.value, 28);
  assert.match(fixed.linePitchPt.clause, /5\.2\.4.*profile/);
  assert.equal(GB9704.linePitchPt.value, 28.95, 'the base data is not changed');
  const { parts } = await seedDocx('fixed-28pt');
  assert.equal(attr(child(child(bodyParagraphs(parts['word/document.xml'])[3].p, 'pPr'), 'spacing'), 'line'), '560');
  const doc = await seedDocx('document-format');
  const num = bodyParagraphs(doc.parts['word/document.xml']).find((x) => x.text === '厦工信函〔2023〕25号')!;
  assert.equal(attr(child(child(num.p, 'pPr'), 'jc')), 'center');
});

test('every layout number names its GB/T 9704 clause', () => {
  const walk = (o: unknown, path: string): void => {
    if (o && typeof o === 'object' && 'value' in o && 'clause' in o) {
      assert.match(String((o as { clause: string }).clause), /^\d+(\.\d+)*\s/, path);
      return;
    }
    if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
    else assert.fail(`${path} has no clause`);
  };
  walk(GB9704, 'GB9704');
});

test('title lines: fewest lines that fit, broken between phrases, never inside a number', () => {
  assert.deepEqual(titleLines('厦门市工业和信息化局关于市十六届人大二次会议第20230019号建议办理情况答复的函', 20), ['厦门市工业和信息化局', '关于市十六届人大二次会议', '第20230019号建议办理情况答复的函']);
  assert.deepEqual(titleLines('关于市政协十四届二次会议第1234号提案办理情况的答复', 20), ['关于市政协十四届二次会议', '第1234号提案办理情况的答复']);
  assert.deepEqual(titleLines('关于支持科技型中小企业发展的建议的答复', 20), ['关于支持科技型中小企业发展的建议的答复']);
  for (const line of titleLines('厦门市科学技术局关于市十六届人大二次会议第20230102号建议办理情况答复的函', 20)) assert.ok(charWidth(line) <= 20);
  assert.equal(charWidth('2023年4月10日'), 6.5);
});

test('a Markdown letter: heading hashes, emphasis and front matter are not printed', async () => {
  const md = [
    '---',
    'number: 20230102',
    '---',
    '',
    '# 厦门市科学技术局关于市十六届人大二次会议第20230102号建议办理情况答复的函',
    '',
    '厦科函〔2023〕13号',
    '',
    '张华代表：',
    '',
    '您提出的《关于支持科技型中小企业发展的建议》（第20230102号）收悉。现将办理情况答复如下：',
    '',
    '## 一、基本情况',
    '',
    '我市已出台《厦门市科技型中小企业培育办法》（厦科规〔2021〕3号），**支持**科技型中小企业发展。',
    '',
    '感谢您对我们工作的关心和支持，敬请继续提出宝贵意见。',
    '',
    '厦门市科学技术局',
    '',
    '2023年5月9日',
    '',
  ].join('\n');
  const r = await exportLetter({ text: md, path: 'letter.reply.md' }, {}, { force: true });
  const paras = bodyParagraphs(docxParts(r.bytes!)['word/document.xml'])
    .map((x) => x.text)
    .filter((t) => t);
  assert.equal(paras[0].replace(/\n/g, ''), '厦门市科学技术局关于市十六届人大二次会议第20230102号建议办理情况答复的函');
  assert.ok(paras.includes('一、基本情况'));
  assert.ok(paras.includes('我市已出台《厦门市科技型中小企业培育办法》（厦科规〔2021〕3号），支持科技型中小企业发展。'), paras.join('\n'));
  assert.ok(!paras.some((p) => /[#*]|number:|---/.test(p)), paras.join('\n'));
});

test('an organ line above the title (发文机关标志) is centred in the title’s face', async () => {
  const r = await exportLetter({ text: '厦门市工业和信息化局\n' + SEED, path: 'head.reply.txt' }, {}, { force: true });
  assert.equal(r.elements[0].role, 'letterhead');
  const first = bodyParagraphs(docxParts(r.bytes!)['word/document.xml'])[0];
  assert.equal(first.text, '厦门市工业和信息化局');
  assert.equal(attr(child(child(first.p, 'pPr'), 'jc')), 'center');
  assert.equal(fontsOf(first.runs[0]).eastAsia, '方正小标宋简体');
});

test('附件说明 a line below the body, two characters in, further items under the first; 附注 two characters in under the date', async () => {
  const text = SEED.replace('敬请继续提出宝贵意见。\n', '敬请继续提出宝贵意见。\n附件：1.重点产业发展行动方案\n2.主导产业工作方案\n').replace('2023年4月10日\n', '2023年4月10日\n（此件主动公开）\n');
  const r = await exportLetter({ text, path: 'attachments.reply.txt' }, {}, { force: true });
  assert.deepEqual(
    r.elements.slice(-8).map((e) => e.role),
    ['attachment', 'attachment', 'footerField', 'footerField', 'footerField', 'issuer', 'date', 'note'],
  );
  const paras = bodyParagraphs(docxParts(r.bytes!)['word/document.xml']);
  const pPr = (s: string) => child(paras.find((x) => x.text === s)!.p, 'pPr');
  const ch = (n: number) => Math.round(n * (((156 / 25.4) * 72) / 28) * 20);
  const first = pPr('附件：1.重点产业发展行动方案');
  assert.equal(Number(attr(child(first, 'ind'), 'firstLine')), ch(2));
  assert.equal(Number(attr(child(first, 'spacing'), 'before')), 579, 'a blank line above');
  const second = pPr('2.主导产业工作方案');
  assert.equal(Number(attr(child(second, 'ind'), 'left')), ch(5), 'under 1., after 附件：');
  assert.equal(Number(attr(child(second, 'spacing'), 'before')), 0);
  assert.equal(Number(attr(child(pPr('领导署名：周桂良'), 'spacing'), 'before')), 579, 'the signature block a line below the 附件说明');
  assert.equal(Number(attr(child(pPr('（此件主动公开）'), 'ind'), 'firstLine')), ch(2));
  assert.equal(paras[paras.length - 1].text, '（此件主动公开）');
});

test('control characters in a letter (form feeds from a scraped page) are left out, so Word can open the file; the export reads back as the letter', async () => {
  const r = await exportLetter({ text: SEED.replace('郭海峰代表：', '郭海峰代表：\u000c\u0001'), path: 'controls.reply.txt' }, {}, { force: true });
  assert.ok(r.bytes);
  const doc = docxParts(r.bytes!)['word/document.xml'];
  assert.doesNotMatch(doc, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  assert.ok(bodyParagraphs(doc).some((x) => x.text === '郭海峰代表：'));
});
