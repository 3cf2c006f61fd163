/** The parts of the client and server that need no editor: templates, detection, globs, settings. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replyTemplate, type ReplyKind } from '../../client/src/template';
import { isReplyDocument, looksLikeReply, matchesGlobs } from '../../server/src/lsp/detect';
import { globMatch } from '../../server/src/index';
import { toSettings, DEFAULT_SETTINGS } from '../../server/src/lsp/protocol';
import { CORPUS, ROOT, SEED, corpusFiles, lintText, read } from '../helpers';

const DATE = new Date(2026, 10, 20);

for (const kind of ['npc', 'cppcc', 'cohandle'] as ReplyKind[]) {
  test(`the ${kind} template lints clean under the generic profile`, () => {
    const text = replyTemplate({ kind, name: '郭海峰', number: '20230019', unit: '厦门市工业和信息化局', date: DATE });
    for (const path of ['new.reply.txt', 'new.reply.md']) {
      const msgs = lintText(text, { profile: 'generic' }, path).messages;
      assert.deepEqual(
        msgs.map((m) => `${m.ruleId}: ${m.text.zh}`),
        [],
        path,
      );
    }
    assert.ok(looksLikeReply(text), 'the new letter is recognised by content');
    assert.ok(text.includes('20230019'));
    assert.ok(text.includes(kind === 'cppcc' ? '郭海峰委员：' : kind === 'npc' ? '郭海峰代表：' : '郭海峰代表提出的'));
  });
}

test('the template tolerates what people type (第…号, 代表：, blanks)', () => {
  const text = replyTemplate({ kind: 'npc', name: ' 郭海峰代表： ', number: '第20230019号', unit: '', date: DATE });
  assert.ok(text.includes('郭海峰代表：'));
  assert.ok(!text.includes('代表代表'));
  assert.ok(text.includes('（第20230019号）'));
  assert.ok(!text.includes('第第'));
});

test('globs', () => {
  assert.ok(matchesGlobs('letters/a.reply.md', ['**/*.reply.md']));
  assert.ok(matchesGlobs('a.reply.md', ['**/*.reply.md']));
  assert.ok(matchesGlobs('x/y/z.reply.txt', DEFAULT_SETTINGS.files));
  assert.ok(!matchesGlobs('x/y/z.md', DEFAULT_SETTINGS.files));
  assert.ok(matchesGlobs('replies/2023/001.txt', ['replies/**']));
  assert.ok(matchesGlobs('deep/a.txt', ['*.txt']), 'a slash-free glob matches the file name');
  assert.ok(matchesGlobs('a/b.md', ['**/*.{md,txt}']));
  assert.ok(!globMatch('*.md', 'a/b.md'));
  assert.ok(globMatch('a?.md', 'ab.md'));
  assert.ok(globMatch('A?.MD', 'ab.md'), 'case-insensitive');
  assert.ok(!globMatch('**/b.md', 'ab.md'), '**/ matches whole folders only');
  assert.ok(globMatch('**/b.md', 'x/y/b.md') && globMatch('**/b.md', 'b.md'));
  assert.ok(globMatch('x/**/z/*.txt', 'x/z/a.txt') && globMatch('x/**/z/*.txt', 'x/1/2/z/a.txt') && !globMatch('x/**/z/*.txt', 'x/1z/a.txt'));
  assert.ok(globMatch('{a,b/{c,d}}.md', 'b/d.md') && !globMatch('{a,b/{c,d}}.md', 'b/e.md'));
});

test('globs from workspace settings cannot stall the server (no regex backtracking)', () => {
  const t = performance.now();
  assert.ok(!globMatch('**/*a*a*a*a*a*a*a*a*b.txt', 'a'.repeat(200) + '.txt'));
  assert.ok(!matchesGlobs('d/'.repeat(100) + 'a'.repeat(200), ['**/**/**/**/*a*a*a*a*a*a*c']));
  assert.ok(performance.now() - t < 1000);
});

test('content detection: the seed and every corpus letter look like replies; ordinary text does not', () => {
  assert.ok(looksLikeReply(read(SEED)));
  for (const f of corpusFiles()) assert.ok(looksLikeReply(read(join(CORPUS, f))), f);
  for (const f of ['README.md', 'package.json']) assert.ok(!looksLikeReply(readFileSync(join(ROOT, f), 'utf8')), f);
  assert.ok(!looksLikeReply('# 会议纪要\n\n各位代表：会议于今日召开。'));
  assert.ok(!looksLikeReply('来函收悉。'));
});

test('isReplyDocument: globs, detection, config files', () => {
  const base = { languageId: 'markdown', files: DEFAULT_SETTINGS.files, roots: ['file:///ws'] };
  assert.ok(isReplyDocument({ ...base, uri: 'file:///ws/a.reply.md', text: 'anything', detect: false }));
  assert.ok(!isReplyDocument({ ...base, uri: 'file:///ws/a.md', text: read(SEED), detect: false }));
  assert.ok(isReplyDocument({ ...base, uri: 'file:///ws/a.md', text: read(SEED), detect: true }));
  assert.ok(isReplyDocument({ ...base, uri: 'untitled:Untitled-1', languageId: 'plaintext', text: read(SEED), detect: true }));
  assert.ok(!isReplyDocument({ ...base, uri: 'file:///ws/.replylintrc.json', languageId: 'json', text: read(SEED), detect: true }));
  assert.ok(!isReplyDocument({ ...base, uri: 'file:///ws/a.ts', languageId: 'typescript', text: read(SEED), detect: true }));
});

test('settings are coerced field by field', () => {
  assert.deepEqual(toSettings(undefined), DEFAULT_SETTINGS);
  assert.deepEqual(toSettings({ run: 'sometimes', debounce: -5, files: 'x', locale: 'fr', maxDocumentSize: -1 }), DEFAULT_SETTINGS);
  assert.deepEqual(toSettings({ maxDocumentSize: 'big' }), DEFAULT_SETTINGS);
  assert.equal(DEFAULT_SETTINGS.maxDocumentSize, 5 * 1024 * 1024);
  const s = toSettings({ enable: false, profile: 'xiamen', run: 'onSave', detect: false, files: ['*.txt'], locale: 'en', debounce: 20, maxDocumentSize: 1000 });
  assert.deepEqual(s, { enable: false, profile: 'xiamen', run: 'onSave', detect: false, files: ['*.txt'], locale: 'en', debounce: 20, maxDocumentSize: 1000 });
});
