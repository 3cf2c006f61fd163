/**
 * Word letters over the language server protocol (the built server, as the VS Code client uses
 * it): replylint/wordText serves the extracted letter, a replylint-docx: document is linted as a
 * letter (automatic numbers noted, no quick fixes), replylint/wordReview writes the reviewed copy.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WordReviewResult, WordTextResult } from '../../server/src/lsp/protocol';
import { loadDocxFormat } from '../../server/src/index';
import { startServer, type Session } from '../lsp/harness';
import { docxBytes, seedParagraphs, SKIPPED, skippedNumberLetter, tmpDir } from './make';

const { openDocx } = await loadDocxFormat();

let s: Session;
const dir = tmpDir();
const seedFile = join(dir, '厦工信 答复.docx');
const viewOf = (file: string) => `replylint-docx:${pathToFileURL(file).href.slice('file://'.length)}`;

before(async () => {
  writeFileSync(seedFile, await docxBytes(seedParagraphs()));
  s = await startServer({ locale: 'zh-CN' });
});
after(async () => {
  await s?.close();
});

test('replylint/wordText gives the extracted letter; the replylint-docx: view gets the seed’s diagnostics and no quick fixes', async () => {
  const r = (await s.conn.sendRequest('replylint/wordText', { uri: pathToFileURL(seedFile).href })) as WordTextResult;
  assert.equal(r.text, seedParagraphs().join('\n'));
  assert.equal(r.paragraphs, seedParagraphs().length);
  const view = viewOf(seedFile);
  s.open(view, r.text!, 'plaintext');
  const d = await s.waitForDiagnostics(view, (p) => p.diagnostics.length > 0);
  const ids = d.diagnostics.map((x) => String(x.code));
  for (const id of ['doc-number-brackets', 'jiezhi-vs-jiezhi', 'typo-lexicon']) assert.ok(ids.includes(id), id);
  const bracket = d.diagnostics.find((x) => x.code === 'doc-number-brackets')!;
  assert.equal(bracket.range.start.line, 1);
  const actions = (await s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: view }, range: bracket.range, context: { diagnostics: [bracket] } })) as unknown[];
  assert.deepEqual(actions, []);
});

test('a finding on a Word automatic number says so in the view', async () => {
  const file = join(dir, 'numbered.docx');
  writeFileSync(file, await docxBytes(skippedNumberLetter(), SKIPPED));
  const r = (await s.conn.sendRequest('replylint/wordText', { uri: pathToFileURL(file).href })) as WordTextResult;
  const view = viewOf(file);
  s.open(view, r.text!, 'plaintext');
  const d = await s.waitForDiagnostics(view, (p) => p.diagnostics.some((x) => x.code === 'numbering-sequence'));
  assert.match(d.diagnostics.find((x) => x.code === 'numbering-sequence')!.message, /Word 自动编号/);
});

test('replylint/wordReview writes NAME.reviewed.docx; a file that is not a Word document gets one line', async () => {
  const r = (await s.conn.sendRequest('replylint/wordReview', { uri: pathToFileURL(seedFile).href })) as WordReviewResult;
  assert.equal(r.error, undefined);
  const out = join(dir, '厦工信 答复.reviewed.docx');
  assert.equal(r.output, pathToFileURL(out).href);
  assert.ok(existsSync(out));
  assert.equal(r.comments, 27);
  assert.ok((r.changes ?? 0) > 250);
  assert.match(openDocx(readFileSync(out)).map.text, /^.*\n厦工信函〔2023〕25号\n/);
  writeFileSync(join(dir, 'bad.docx'), 'not a zip');
  const bad = (await s.conn.sendRequest('replylint/wordText', { uri: pathToFileURL(join(dir, 'bad.docx')).href })) as WordTextResult;
  assert.match(bad.error ?? '', /bad\.docx: not a Word document \(not a zip package\)$/);
  assert.equal(bad.text, undefined);
});
