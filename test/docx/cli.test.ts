/**
 * `replylint letter.docx`: the seed as a Word document reports its defects with paragraphs, in
 * every format; bad Word inputs (corrupt, zip bomb, encrypted, .doc, XXE, path traversal) exit 2
 * with one line each; --fix writes the safe fixes into the runs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { fixUntilStable, loadDocxFormat } from '../../server/src/index';

const { openDocx } = await loadDocxFormat();
import { runCli } from '../cli/cli-helpers';
import { TODAY } from '../helpers';
import { convert } from './office';
import { docxBytes, runs, seedParagraphs, tmpDir, writeDocx } from './make';

const dir = tmpDir();
const seedDocx = await writeDocx(dir, 'seed.docx', seedParagraphs());
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

test('--format json on the seed as .docx: its defects, with paragraph and location', async () => {
  const r = await runCli(['--format', 'json', 'seed.docx'], { cwd: dir });
  assert.equal(r.code, 1, r.stderr);
  const [report] = JSON.parse(r.stdout);
  const byRule = (id: string) => report.messages.filter((m: { ruleId: string }) => m.ruleId === id);
  const paras = seedParagraphs();
  for (const id of ['doc-number-brackets', 'jiezhi-vs-jiezhi', 'typo-lexicon', 'year-missing-nian', 'punct-before-closing-bracket', 'fullwidth-punct', 'trailing-boilerplate']) {
    assert.ok(byRule(id).length > 0, id);
  }
  const bracket = byRule('doc-number-brackets')[0];
  assert.equal(bracket.paragraph, 2);
  assert.equal(bracket.location, '第2段第1字');
  assert.equal(paras[1], '厦工信函[2023]25号');
  const jiezhi = byRule('jiezhi-vs-jiezhi')[0];
  assert.equal(paras[jiezhi.paragraph - 1].slice(jiezhi.column - 1, jiezhi.column + 1), '截止');
  assert.equal(jiezhi.line, jiezhi.paragraph);
  const en = JSON.parse((await runCli(['--format', 'json', '--locale', 'en', 'seed.docx'], { cwd: dir })).stdout)[0];
  assert.match(en.messages[0].location, /^paragraph 2, char 1$/);
});

test('stylish prints the paragraph form; SARIF keeps the text region and says so', async () => {
  const s = await runCli(['seed.docx'], { cwd: dir });
  assert.match(s.stdout, /第2段第1字\s+error\s+.*doc-number-brackets/);
  const sarif = JSON.parse((await runCli(['--format', 'sarif', 'seed.docx'], { cwd: dir })).stdout);
  const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'doc-number-brackets');
  assert.equal(result.properties.paragraph, 2);
  assert.equal(result.locations[0].physicalLocation.region.startLine, 2);
  assert.match(result.locations[0].message.text, /提取文本/);
  assert.equal(result.fixes, undefined);
});

test('a folder is searched for .docx letters too, but not for Word owner files (~$…)', async () => {
  const d = tmpDir();
  mkdirSync(join(d, 'letters'));
  copyFileSync(seedDocx, join(d, 'letters', 'a.docx'));
  writeFileSync(join(d, 'letters', '~$a.docx'), 'owner file');
  const r = await runCli(['--format', 'json', 'letters'], { cwd: d });
  assert.deepEqual(
    JSON.parse(r.stdout).map((f: { file: string }) => f.file),
    ['letters/a.docx'],
  );
  assert.equal(r.code, 1, r.stderr);
});

/** A copy of the seed package with entries replaced or added. */
function tampered(change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(readFileSync(seedDocx));
  change(files);
  return zipSync(files);
}

test('bad Word inputs exit 2 with one line each, and the other letters are still linted', async () => {
  const d = tmpDir();
  const seed = readFileSync(seedDocx);
  writeFileSync(join(d, 'corrupt.docx'), seed.subarray(0, seed.length >> 1));
  writeFileSync(join(d, 'bomb.docx'), zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 }));
  const many: Record<string, Uint8Array> = {};
  for (let i = 0; i < 2500; i++) many[`word/media/x${i}.bin`] = new Uint8Array(0);
  writeFileSync(
    join(d, 'many.docx'),
    tampered((f) => Object.assign(f, many)),
  );
  // The seed encrypted with a password (ECMA-376 agile encryption, by officecrypto-tool): an OLE
  // compound file holding the EncryptedPackage stream, as Word writes one.
  const { default: officeCrypto } = await import('officecrypto-tool');
  writeFileSync(join(d, 'encrypted.docx'), officeCrypto.encrypt(seed, { password: '123456' }));
  writeFileSync(
    join(d, 'xxe.docx'),
    tampered((f) => {
      f['word/document.xml'] = strToU8(
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>',
      );
    }),
  );
  writeFileSync(
    join(d, 'slip.docx'),
    tampered((f) => {
      f['../../evil.txt'] = strToU8('x');
    }),
  );
  writeFileSync(join(d, 'notzip.docx'), '这不是 Word 文档');
  // A real Word 97–2003 file, written by LibreOffice.
  writeFileSync(join(d, 'old.txt'), '厦门市工业和信息化局关于建议办理情况答复的函\n');
  convert(join(d, 'old.txt'), 'doc', d);
  copyFileSync(seedDocx, join(d, 'good.docx'));

  const cases: [string, RegExp][] = [
    ['corrupt.docx', /^replylint: corrupt\.docx: not a Word document \(corrupt zip/],
    ['bomb.docx', /^replylint: bomb\.docx: not a Word document \(zip bomb/],
    ['many.docx', /^replylint: many\.docx: not a Word document \(zip bomb: 25\d\d entries/],
    ['encrypted.docx', /^replylint: encrypted\.docx: not a Word document \(encrypted with a password/],
    ['old.doc', /^replylint: old\.doc: not a Word document \(a Word 97–2003 \.doc file: save it as \.docx\)/],
    ['xxe.docx', /^replylint: xxe\.docx: not a Word document \(word\/document\.xml declares a document type/],
    ['slip.docx', /^replylint: slip\.docx: not a Word document \(unsafe entry name "\.\.\/\.\.\/evil\.txt"\)/],
    ['notzip.docx', /^replylint: notzip\.docx: not a Word document \(not a zip package\)/],
  ];
  for (const [file, want] of cases) {
    const r = await runCli(['--format', 'json', file, 'good.docx'], { cwd: d });
    assert.equal(r.code, 2, file);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 1, `${file}: ${r.stderr}`);
    assert.match(lines[0], want);
    assert.equal(JSON.parse(r.stdout).length, 1, `${file}: good.docx still linted`);
  }
  const review = await runCli(['review', 'xxe.docx'], { cwd: d });
  assert.equal(review.code, 2);
  assert.match(review.stderr, /^replylint: xxe\.docx: not a Word document/);
});

test('--fix on a .docx makes the safe fixes in the runs: the text is what --fix makes of the .txt letter', async () => {
  const d = tmpDir();
  const file = join(d, 'seed.docx');
  copyFileSync(seedDocx, file);
  writeFileSync(join(d, 'seed.txt'), seedParagraphs().join('\n'));
  const r = await runCli(['--fix', '--format', 'json', 'seed.docx'], { cwd: d });
  const t = await runCli(['--fix', '--format', 'json', 'seed.txt'], { cwd: d });
  assert.equal(r.code, t.code, r.stderr);
  const fixed = openDocx(readFileSync(file)).map.text;
  const wanted = fixUntilStable({ text: seedParagraphs().join('\n'), path: 'seed.txt' }, { today: TODAY }).output;
  assert.equal(fixed, wanted);
  assert.equal(fixed, readFileSync(join(d, 'seed.txt'), 'utf8'));
  assert.match(fixed, /厦工信函〔2023〕25号/);
  const ids = (out: string) => JSON.parse(out)[0].messages.map((m: { ruleId: string; offset: number }) => `${m.ruleId} ${m.offset}`);
  assert.deepEqual(ids(r.stdout), ids(t.stdout));
  // Fixing again changes nothing.
  const before = sha(file);
  await runCli(['--fix', 'seed.docx'], { cwd: d });
  assert.equal(sha(file), before);
});

test('--fix across runs keeps each run’s formatting (截止 → 截至 with 止 bold)', async () => {
  const d = tmpDir();
  writeFileSync(join(d, 'split.docx'), await docxBytes([runs('截', '止', '2022年，共认定14家企业', '(', '含', ',)', '。')]));
  await runCli(['--fix', 'split.docx'], { cwd: d });
  const xml = new TextDecoder().decode(unzipSync(readFileSync(join(d, 'split.docx')))['word/document.xml']);
  const letter = openDocx(readFileSync(join(d, 'split.docx')));
  assert.match(letter.map.text, /^截至2022年/);
  // 至 took the place of 止 in the bold run.
  assert.match(xml, /<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">至<\/w:t><\/w:r>|<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t>至<\/w:t><\/w:r>/);
});

test('a .docx written by LibreOffice from the text letter reads as that letter and gets the same findings', async () => {
  const d = tmpDir();
  const text = seedParagraphs().join('\n');
  writeFileSync(join(d, 'lo.txt'), text);
  // Plain-text import as UTF-8 with LF line ends: one paragraph per line.
  const out = convert(join(d, 'lo.txt'), 'docx', d, ['--infilter=Text (encoded):UTF8,LF,,,']);
  assert.equal(openDocx(readFileSync(out)).map.text, text);
  const a = JSON.parse((await runCli(['--format', 'json', 'lo.docx'], { cwd: d })).stdout)[0].messages;
  const b = JSON.parse((await runCli(['--format', 'json', 'lo.txt'], { cwd: d })).stdout)[0].messages;
  const key = (ms: { ruleId: string; offset: number; endOffset: number }[]) => ms.map((m) => `${m.ruleId} ${m.offset}-${m.endOffset}`);
  assert.deepEqual(key(a), key(b));
});

test('malformed XML in word/document.xml: exit 2 with one line', async () => {
  const d = tmpDir();
  writeFileSync(
    join(d, 'broken.docx'),
    tampered((f) => {
      f['word/document.xml'] = strToU8('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>');
    }),
  );
  const r = await runCli(['broken.docx'], { cwd: d });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^replylint: broken\.docx: not a Word document \(word\/document\.xml is not well-formed XML: [^\n]+\)\n$/);
});

test('--stdin --stdin-filename letter.docx: the Word document on standard input; with --fix the fixed document on standard output', async () => {
  const bytes = readFileSync(seedDocx);
  const r = await runCli(['--stdin', '--stdin-filename', 'seed.docx', '--format', 'json'], { cwd: dir, stdin: bytes });
  assert.equal(r.code, 1, r.stderr);
  assert.equal(JSON.parse(r.stdout)[0].messages[0].location, '第2段第1字');
  const f = await runCli(['--stdin', '--stdin-filename', 'seed.docx', '--fix', '--format', 'json'], { cwd: dir, stdin: bytes });
  assert.ok(f.bytes && f.bytes.length > 0, f.stderr);
  assert.match(openDocx(f.bytes).map.text, /^.*\n厦工信函〔2023〕25号\n/);
  const bad = await runCli(['--stdin', '--stdin-filename', 'x.docx'], { cwd: dir, stdin: 'not a zip' });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^replylint: x\.docx: not a Word document \(not a zip package\)\n$/);
});
