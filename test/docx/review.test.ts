/**
 * `replylint review letter.docx`: LibreOffice opens the reviewed copy and sees one comment per
 * finding and one tracked change per safe-fix edit; accepting every change gives the --fix text;
 * the letter itself is untouched and every package entry the review does not need stays identical.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Unzip, UnzipPassThrough, unzipSync, type UnzipFileInfo } from 'fflate';
import { fixesInPrecedence, fixUntilStable, selectEdits } from '../../server/src/index';
import { adaptMessages, openDocx } from '../../server/src/formats/docx';
import { narrowEdit } from '../../server/src/formats/docx/edits';
import { runCli } from '../cli/cli-helpers';
import { lintText, TODAY } from '../helpers';
import { convert, readOdt } from './office';
import { docxBytes, runs, seedParagraphs, SKIPPED, skippedNumberLetter, tmpDir } from './make';

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
const REVIEW_PARTS = new Set(['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml']);

/** Each entry's compressed bytes as stored, read with fflate's streaming reader and pass-through decoders; and the sizes in the central directory. */
function compressed(bytes: Uint8Array): { raw: Map<string, Buffer>; sizes: Map<string, number> } {
  const raw = new Map<string, Buffer>();
  class Raw {
    static compression = 8;
    ondata!: (err: Error | null, data: Uint8Array, final: boolean) => void;
    push(chunk: Uint8Array, final: boolean) {
      this.ondata(null, chunk, final);
    }
  }
  const reader = new Unzip((file) => {
    const chunks: Uint8Array[] = [];
    file.ondata = (err, chunk, final) => {
      chunks.push(chunk);
      if (final) raw.set(file.name, Buffer.concat(chunks));
    };
    file.start();
  });
  reader.register(UnzipPassThrough);
  reader.register(Raw as unknown as typeof UnzipPassThrough);
  reader.push(bytes, true);
  const infos: UnzipFileInfo[] = [];
  unzipSync(bytes, { filter: (f) => (infos.push(f), false) });
  return { raw, sizes: new Map(infos.map((f) => [f.name, f.size])) };
}

/** The review's expected marks on a letter: findings, and deletions/insertions of its safe-fix edits. */
function expected(bytes: Uint8Array) {
  const { map } = openDocx(bytes);
  const messages = adaptMessages(map, lintText(map.text).messages);
  const edits = selectEdits(fixesInPrecedence(messages), map.text.length).map((e) => narrowEdit(map.text, e));
  return {
    findings: messages.length,
    edits: edits.length,
    ruleIds: messages.map((m) => m.ruleId),
    deletions: edits.filter((e) => e.range[0] < e.range[1]).length,
    insertions: edits.filter((e) => e.text !== '').length,
    fixed: fixUntilStable({ text: map.text, path: 'letter.txt' }, { today: TODAY }).output,
  };
}

test('the seed as .docx: a comment per finding and a tracked change per fix, seen by LibreOffice; accepting all gives the --fix text', async () => {
  const dir = tmpDir();
  const letter = join(dir, 'seed.docx');
  writeFileSync(letter, await docxBytes(seedParagraphs()));
  const before = sha(letter);
  const want = expected(readFileSync(letter));

  const r = await runCli(['review', 'seed.docx'], { cwd: dir });
  assert.equal(r.code, 1, r.stderr);
  const reviewed = join(dir, 'seed.reviewed.docx');
  assert.ok(existsSync(reviewed));
  assert.equal(sha(letter), before, 'the letter itself is untouched');
  assert.equal(r.stdout, `seed.docx → seed.reviewed.docx：${want.findings} 条批注，${want.edits} 处修订\n`);

  // Every entry the review does not need is byte-identical (uncompressed), in the same order.
  const a = unzipSync(readFileSync(letter));
  const b = unzipSync(readFileSync(reviewed));
  assert.deepEqual(Object.keys(b), [...Object.keys(a), 'word/comments.xml']);
  for (const name of Object.keys(a)) if (!REVIEW_PARTS.has(name)) assert.deepEqual(b[name], a[name], name);
  // …and so are their compressed bytes (copied, not compressed again).
  const ca = compressed(readFileSync(letter));
  const cb = compressed(readFileSync(reviewed));
  for (const name of Object.keys(a)) {
    if (REVIEW_PARTS.has(name)) continue;
    assert.equal(cb.sizes.get(name), ca.sizes.get(name), `${name}: compressed size`);
    assert.ok(cb.raw.get(name)?.equals(ca.raw.get(name)!), `${name}: compressed bytes`);
  }
  const types = new TextDecoder().decode(b['[Content_Types].xml']);
  assert.match(types, /<Override PartName="\/word\/comments\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.comments\+xml"\/>/);

  const odt = readOdt(convert(reviewed, 'odt', dir));
  assert.equal(odt.annotations.length, want.findings);
  want.ruleIds.forEach((id, i) => assert.ok(odt.annotations[i].includes(id), `comment ${i} names ${id}`));
  assert.ok(
    odt.annotations.some((t) => t.includes('截至')),
    'messages in the comments',
  );
  assert.equal(odt.deletions, want.deletions);
  assert.equal(odt.insertions, want.insertions);
  assert.ok(want.deletions > 250);
  // Accept all: inserted text stays, deleted text (kept in text:tracked-changes) goes.
  assert.equal(odt.acceptedText, want.fixed);
  const fix = join(dir, 'fix.docx');
  copyFileSync(letter, fix);
  await runCli(['--fix', 'fix.docx'], { cwd: dir });
  assert.equal(openDocx(readFileSync(fix)).map.text, odt.acceptedText);
});

test('review of split runs: only the changed character is tracked, in the run it was in', async () => {
  const dir = tmpDir();
  writeFileSync(join(dir, 'split.docx'), await docxBytes([runs('厦工信函', '[', '2023', ']', '25号'), runs('截', '止', '2022年，共认定14家企业。')]));
  const r = await runCli(['review', 'split.docx', '-o', 'out.docx', '--locale', 'en'], { cwd: dir });
  assert.match(r.stdout, /split\.docx → out\.docx: \d+ comments?, \d+ tracked changes?/);
  const xml = new TextDecoder().decode(unzipSync(readFileSync(join(dir, 'out.docx')))['word/document.xml']);
  assert.match(
    xml,
    /<w:del [^>]*w:author="Reply Lint"[^>]*><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:delText>止<\/w:delText><\/w:r><\/w:del><w:ins [^>]*w:author="Reply Lint"[^>]*><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t>至<\/w:t><\/w:r><\/w:ins>/,
  );
  const odt = readOdt(convert(join(dir, 'out.docx'), 'odt', dir));
  assert.match(odt.acceptedText, /^厦工信函〔2023〕25号\n截至2022年/);
  assert.ok(
    odt.annotations.some((t) => /doc-number-brackets/.test(t) && /brackets/i.test(t)),
    'English comments',
  );
});

test('a finding on a Word automatic number is a comment, not a tracked change', async () => {
  const dir = tmpDir();
  writeFileSync(join(dir, 'n.docx'), await docxBytes(skippedNumberLetter(), SKIPPED));
  await runCli(['review', 'n.docx'], { cwd: dir });
  const odt = readOdt(convert(join(dir, 'n.reviewed.docx'), 'odt', dir));
  const seq = odt.annotations.find((t) => t.includes('numbering-sequence'));
  assert.ok(seq, 'numbering-sequence comment');
  assert.match(seq, /Word 自动编号/);
  assert.equal(odt.insertions + odt.deletions, 0);
});

test('the copy never overwrites the letter unless --in-place', async () => {
  const dir = tmpDir();
  writeFileSync(join(dir, 'a.docx'), await docxBytes(['厦工信函[2023]25号']));
  const before = sha(join(dir, 'a.docx'));
  const r = await runCli(['review', 'a.docx', '-o', 'a.docx'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^replylint: a\.docx: the reviewed copy would overwrite the letter \(use --in-place for that\)\n$/);
  assert.equal(sha(join(dir, 'a.docx')), before);
  const inPlace = await runCli(['review', '--in-place', 'a.docx'], { cwd: dir });
  assert.equal(inPlace.code, 1, inPlace.stderr);
  assert.notEqual(sha(join(dir, 'a.docx')), before);
  assert.match(new TextDecoder().decode(unzipSync(readFileSync(join(dir, 'a.docx')))['word/document.xml']), /w:commentReference/);
  assert.equal((await runCli(['review'], { cwd: dir })).code, 2);
  assert.equal((await runCli(['review', 'missing.docx'], { cwd: dir })).code, 2);
});

test('review of a .docx written by LibreOffice (another writer’s runs and attributes): LibreOffice sees the comments and changes, accepting all gives the --fix text', async () => {
  const dir = tmpDir();
  writeFileSync(join(dir, 'lo.txt'), seedParagraphs().join('\n'));
  const letter = convert(join(dir, 'lo.txt'), 'docx', dir, ['--infilter=Text (encoded):UTF8,LF,,,']);
  const want = expected(readFileSync(letter));
  const r = await runCli(['review', 'lo.docx'], { cwd: dir });
  assert.equal(r.code, 1, r.stderr);
  const odt = readOdt(convert(join(dir, 'lo.reviewed.docx'), 'odt', dir));
  assert.equal(odt.annotations.length, want.findings);
  assert.equal(odt.deletions, want.deletions);
  assert.equal(odt.insertions, want.insertions);
  assert.equal(odt.acceptedText, want.fixed);
});

test('reviewing a reviewed copy again: its comments stay and the new ones are added to comments.xml; its tracked changes stay', async () => {
  const dir = tmpDir();
  writeFileSync(join(dir, 'a.docx'), await docxBytes(seedParagraphs()));
  const first = expected(readFileSync(join(dir, 'a.docx')));
  await runCli(['review', 'a.docx', '-o', 'b.docx'], { cwd: dir });
  const again = expected(readFileSync(join(dir, 'b.docx')));
  const r = await runCli(['review', 'b.docx', '-o', 'c.docx'], { cwd: dir });
  assert.equal(r.stdout, `b.docx → c.docx：${again.findings} 条批注，0 处修订\n`);
  const odt = readOdt(convert(join(dir, 'c.docx'), 'odt', dir));
  assert.equal(odt.annotations.length, first.findings + again.findings);
  assert.equal(odt.deletions, first.deletions);
  assert.equal(odt.insertions, first.insertions);
  assert.equal(odt.acceptedText, first.fixed);
});

test('the main document part found through _rels/.rels (here word/main.xml, not word/document.xml): read, reviewed, opened by LibreOffice', async () => {
  const dir = tmpDir();
  const { strFromU8, strToU8, zipSync } = await import('fflate');
  const files = unzipSync(new Uint8Array(await docxBytes(seedParagraphs())));
  const moved: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) {
    if (name === 'word/document.xml') moved['word/main.xml'] = data;
    else if (name === 'word/_rels/document.xml.rels') moved['word/_rels/main.xml.rels'] = data;
    else if (name === '_rels/.rels' || name === '[Content_Types].xml') moved[name] = strToU8(strFromU8(data).replace(/word\/document\.xml/g, 'word/main.xml'));
    else moved[name] = data;
  }
  writeFileSync(join(dir, 'main.docx'), zipSync(moved));
  const want = expected(readFileSync(join(dir, 'main.docx')));
  assert.equal(openDocx(readFileSync(join(dir, 'main.docx'))).map.text, seedParagraphs().join('\n'));
  await runCli(['review', 'main.docx'], { cwd: dir });
  const out = unzipSync(readFileSync(join(dir, 'main.reviewed.docx')));
  assert.match(strFromU8(out['word/_rels/main.xml.rels']), /relationships\/comments" Target="comments\.xml"/);
  assert.ok(out['word/comments.xml'] && !out['word/document.xml']);
  const odt = readOdt(convert(join(dir, 'main.reviewed.docx'), 'odt', dir));
  assert.equal(odt.annotations.length, want.findings);
  assert.equal(odt.acceptedText, want.fixed);
});
