// The exported letters through a real LibreOffice (headless soffice → PDF) and poppler
// (pdfinfo, pdftotext -bbox): A4, the text block where GB/T 9704 puts it, 22 lines a page on a
// 28.95 pt pitch, 28 characters a line, the title above the salutation on page 1, — 1 — under
// the block. Then the export is linted back: the same text and no new findings.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDocx } from '../../server/src/formats/docx';
import { docxLetterText, exportFixed, findingCounts, pdfInfo, pdfLines, pdfWords, read, tmpDir, toPdf, writeTmp, type Line } from './helpers';
import type { ExportResult } from '../../server/src/export';

const PITCH_MM = (28.95 * 25.4) / 72;
const BLOCK = { left: 28, top: 37, right: 28 + 156, bottom: 37 + 225 };

const LETTERS = [
  // The seed after --fix, split at its sections (test/fixtures/export/README.md).
  { name: 'seed', path: 'test/fixtures/export/seed-split.reply.txt', force: false, copyTo: false },
  // Vendored corpus letters, fixed as a writer would (--fix) and exported even if a rule still finds an error:
  // the layout is what is under test here.
  { name: 'corpus-004', path: 'test/corpus/letters/corpus/004.txt', force: true, copyTo: false },
  { name: 'corpus-009', path: 'test/corpus/letters/corpus/009.txt', force: true, copyTo: false },
  { name: 'corpus-018', path: 'test/corpus/letters/corpus/018.txt', force: true, copyTo: false },
  // …and one with a 抄送 line (the 版记).
  { name: 'corpus2-026', path: 'test/corpus/letters/corpus2/026.txt', force: true, copyTo: true },
];

/** Lines printed inside the text block (the page number sits below it). */
const inBlock = (lines: Line[]) => lines.filter((l) => l.bottom > BLOCK.top && l.bottom <= BLOCK.bottom + 1);
const squeeze = (s: string) => s.replace(/\s+/g, '');
/** Marks that may hang at a line's end. */
const HANGS = /[，。、；：！？）》”’]$/;
/** A line of 3号 (16 pt) text: its glyph boxes are 16 pt × the font's 1.3 em high. */
const isBodySize = (l: Line) => l.words.every((w) => Math.abs(w.y1 - w.y0 - (16 * 1.3 * 25.4) / 72) < 0.3);

for (const letter of LETTERS) {
  describe(`export of ${letter.name} through LibreOffice`, () => {
    let result: ExportResult;
    let fixed: string;
    let pages: Line[][];
    let info: ReturnType<typeof pdfInfo>;

    before(async () => {
      const out = await exportFixed(read(letter.path), letter.path, {}, letter.force);
      fixed = out.fixed;
      result = out.result;
      assert.ok(result.bytes, `exported (errors: ${result.errors.map((m) => `${m.ruleId} ${m.reason}`).join('; ')})`);
      const dir = tmpDir(letter.name);
      const pdf = toPdf(writeTmp(dir, `${letter.name}.docx`, result.bytes!));
      info = pdfInfo(pdf);
      pages = pdfWords(pdf).map(pdfLines);
      writeFileSync(join(dir, 'lines.txt'), pages.map((p, i) => `--- page ${i + 1}\n` + p.map((l) => `${l.bottom.toFixed(1)} ${l.x0.toFixed(1)}–${l.x1.toFixed(1)} ${l.text}`).join('\n')).join('\n'));
    });

    test('A4 pages', () => {
      assert.ok(Math.abs(info.widthMm - 210) < 0.5 && Math.abs(info.heightMm - 297) < 0.5, `${info.widthMm} × ${info.heightMm} mm`);
      assert.equal(pages.length, info.pages);
    });

    test('the text block’s left and top edges within 1 mm of 28 mm and 37 mm on every page', () => {
      for (const [i, page] of pages.entries()) {
        const lines = inBlock(page);
        if (lines.length === 0) continue;
        const left = Math.min(...lines.map((l) => l.x0));
        // An exact-pitch line has its glyphs at the bottom of its box: the box's top is one pitch above their bottom.
        const top = lines[0].bottom - PITCH_MM;
        assert.ok(Math.abs(top - BLOCK.top) <= 1, `page ${i + 1}: top ${top.toFixed(2)} mm`);
        if (lines.some((l) => l.x0 < BLOCK.left + 2)) assert.ok(Math.abs(left - BLOCK.left) <= 1, `page ${i + 1}: left ${left.toFixed(2)} mm`);
        // A closing mark at the line's end may hang past the block (Word's and LibreOffice's default); nothing else may.
        for (const l of lines) assert.ok(l.x1 <= BLOCK.right + 0.5 + (HANGS.test(l.text) ? 156 / 28 : 0), `page ${i + 1}: “${l.text}” ends at ${l.x1.toFixed(1)} mm, past the block`);
      }
    });

    test('lines on a 28.95 pt pitch, at most 22 to a page; a full page has 22 and ends at the block’s bottom', () => {
      for (const [i, page] of pages.entries()) {
        const lines = inBlock(page);
        assert.ok(lines.length <= 22, `page ${i + 1}: ${lines.length} lines`);
        // Glyphs of one size share their place in the line (the 2号 title's sit lower): compare 3号 lines.
        const body = lines.filter((l) => isBodySize(l));
        for (const l of body) {
          const steps = (l.bottom - body[0].bottom) / PITCH_MM;
          assert.ok(Math.abs(steps - Math.round(steps)) < 0.05, `page ${i + 1}: “${l.text}” off the pitch (${steps.toFixed(2)})`);
        }
      }
      // Any page but the last whose lines fill it; the seed's page 2 is body text only.
      const full = pages
        .slice(0, -1)
        .map(inBlock)
        .filter((lines) => lines.length === 22);
      if (letter.name === 'seed') assert.equal(inBlock(pages[1]).length, 22, 'page 2 of the seed is full');
      for (const lines of full) assert.ok(Math.abs(lines[21].bottom - BLOCK.bottom) <= 1, `last line at ${lines[21].bottom.toFixed(2)} mm`);
    });

    test('28 characters to a full line of Chinese text', () => {
      // A wrapped line holds 28 characters, and a closing mark may hang past them. Lines with Latin
      // letters, digits or curly quotes (set in the Latin font, narrower) are not counted.
      const counts = pages
        .flatMap(inBlock)
        .filter((l) => !/[\x21-\x7e“”‘’]/.test(l.text))
        .map((l) => [...squeeze(l.text)].length - (l.x1 > BLOCK.right + 0.5 && HANGS.test(l.text) ? 1 : 0));
      assert.ok(counts.length > 0);
      assert.ok(Math.max(...counts) <= 28, `longest ${Math.max(...counts)}`);
      if (pages.length > 1) assert.equal(Math.max(...counts), 28);
    });

    test('page 1: the title above the salutation, — 1 — under the block on the right, one character in', () => {
      const page = pages[0];
      const title = result.elements.find((e) => e.role === 'title')!;
      const salutation = result.elements.find((e) => e.role === 'salutation')!;
      const titleLine = page.find((l) => squeeze(title.text).startsWith(squeeze(l.text)))!;
      const salLine = page.find((l) => squeeze(l.text) === squeeze(salutation.text))!;
      assert.ok(titleLine && salLine, 'title and salutation printed on page 1');
      assert.ok(titleLine.bottom < salLine.bottom);
      assert.ok(Math.abs((titleLine.x0 + titleLine.x1) / 2 - (BLOCK.left + BLOCK.right) / 2) < 1, 'title centred');
      const number = page.find((l) => l.bottom > BLOCK.bottom + 1);
      assert.ok(number, 'a page number below the block');
      assert.equal(squeeze(number.text), '—1—');
      const oneChar = (14 * 25.4) / 72;
      assert.ok(Math.abs(number.x1 - (BLOCK.right - oneChar)) < 1, `page number ends at ${number.x1.toFixed(1)} mm`);
      const top = Math.min(...number.words.map((w) => w.y0));
      assert.ok(Math.abs(top - (BLOCK.bottom + 7)) <= 1, `一字线 top ${top.toFixed(1)} mm (7 mm under the block)`);
      if (pages.length > 1) {
        const even = pages[1].find((l) => l.bottom > BLOCK.bottom + 1)!;
        assert.equal(squeeze(even.text), '—2—');
        assert.ok(Math.abs(even.x0 - (BLOCK.left + oneChar)) < 1, 'even pages: left, one character in');
      }
    });

    test('the date right-indented four characters on the last page', () => {
      const date = result.elements.find((e) => e.role === 'date');
      if (!date) return;
      const line = pages[pages.length - 1].find((l) => squeeze(l.text) === squeeze(date.text)) ?? pages.flat().find((l) => squeeze(l.text) === squeeze(date.text));
      assert.ok(line, 'date printed');
      const fourChars = (4 * 156) / 28;
      assert.ok(Math.abs(line.x1 - (BLOCK.right - fourChars)) < 1, `date ends at ${line.x1.toFixed(1)} mm`);
    });

    if (letter.copyTo)
      test('版记: 抄送 after the body, together on the last page, one 4号 character in', () => {
        const tail = result.elements.slice(result.elements.findIndex((e) => e.role === 'copyTo'));
        assert.ok(tail.length > 0);
        const last = pages[pages.length - 1];
        const printed = tail.map((e) => last.find((l) => squeeze(e.text).startsWith(squeeze(l.text))));
        assert.ok(printed.every(Boolean), `版记 printed on the last page: ${last.map((l) => l.text).join(' / ')}`);
        assert.ok(Math.abs(printed[0]!.x0 - (BLOCK.left + (14 * 25.4) / 72)) < 1, `抄送 starts at ${printed[0]!.x0.toFixed(1)} mm`);
      });

    test('lint-back: the .docx holds the same text and its findings are no more than the letter’s', () => {
      // Read with the Word reader of `replylint letter.docx` (formats/docx), as a user would lint it.
      const back = openDocx(result.bytes!).map.text;
      const printed = squeeze(result.elements.map((e) => e.text).join(''));
      assert.equal(squeeze(back), printed);
      assert.equal(squeeze(docxLetterText(result.bytes!)), printed, 'the test-only reader agrees');
      // Nothing of the letter is lost: only page residue is left out.
      const residue = result.lint.tree.data.parts.boilerplate.map((b) => squeeze(b.value)).join('');
      assert.equal(squeeze(fixed).length - residue.length, printed.length);
      const before = findingCounts(fixed, letter.path);
      const after = findingCounts(back, letter.path);
      const added = [...after].filter(([k, n]) => n > (before.get(k) ?? 0)).map(([k]) => k);
      assert.deepEqual(added, [], 'no new findings');
    });
  });
}
