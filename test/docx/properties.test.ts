/**
 * Properties of the Word reader and writer on generated letters and damaged files: a damaged
 * .docx is refused with a DocxError (never another exception); on any letter, the reviewed copy
 * read with its changes accepted is the --fix text, and the letter's text is what was written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocxError, fixDocx, openDocx, reviewDocx } from '../../server/src/formats/docx';
import { lintText } from '../helpers';
import { docxBytes, runs, seedParagraphs } from './make';

const lint = (text: string) => lintText(text).messages;

// Letters made of the pieces the rules care about, so fixes (and their overlaps) happen often.
const piece = fc.constantFrom(
  '厦工信函',
  '[2023]',
  '〔2023〕',
  '25号',
  '截止',
  '2022家',
  ',',
  ')',
  '(',
  '：',
  ':',
  ' ',
  '做为',
  '奥利匹克',
  '特骋',
  '一、',
  '（一）',
  '1.',
  '《通知》',
  '。',
  '郭海峰代表：',
  '收悉',
  '答复如下',
  '2023-4-10',
  '2023年4月10日',
  '%',
  '——',
  '-',
);
const paragraph = fc.array(piece, { minLength: 0, maxLength: 12 }).map((xs) => xs.join(''));
// Each paragraph split into runs at random points (formatting alternates).
const splitParagraph = fc.tuple(paragraph, fc.array(fc.nat(), { maxLength: 4 })).map(([p, cuts]) => {
  const at = [...new Set(cuts.map((c) => (p.length ? c % p.length : 0)))].sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const c of at) {
    if (c > from) {
      parts.push(p.slice(from, c));
      from = c;
    }
  }
  parts.push(p.slice(from));
  return { text: p, parts: parts.filter((x) => x.length > 0) };
});

test('any letter split into runs: read back as written; the review accepted is the --fix text', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(splitParagraph, { minLength: 1, maxLength: 8 }), async (paras) => {
      const bytes = await docxBytes(paras.map((p) => (p.parts.length > 0 ? runs(...p.parts) : '')));
      const text = paras.map((p) => p.text).join('\n');
      assert.equal(openDocx(bytes).map.text, text);
      const fixed = fixDocx(bytes, lint);
      const reviewed = reviewDocx(bytes, lint, { locale: 'zh', date: '2026-01-01T00:00:00Z' });
      // The reader shows tracked insertions and leaves out tracked deletions: the accepted text.
      assert.equal(openDocx(reviewed.output).map.text, fixed.map.text);
      assert.equal(reviewed.comments, lint(text).length);
    }),
    { numRuns: 60 },
  );
});

test('a damaged .docx is refused with one DocxError, never another exception', async () => {
  const good = new Uint8Array(await docxBytes(seedParagraphs().slice(0, 12)));
  await fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.nat({ max: good.length }), (flips, cut) => {
      const bad = good.slice(0, Math.max(cut, 4));
      for (const [at, v] of flips) if (at < bad.length) bad[at] = v;
      try {
        openDocx(bad);
      } catch (err) {
        assert.ok(err instanceof DocxError, `${(err as Error).name}: ${(err as Error).message}`);
        assert.ok(!(err as Error).message.includes('\n'));
      }
    }),
    { numRuns: 300 },
  );
});
