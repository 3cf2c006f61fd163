/// <reference types="mocha" />
// The extension activates when a letter is opened: *.reply.md, *.reply.txt, or any Markdown /
// plain-text document whose content reads like a reply (replylint.detect), and stays silent on
// other text files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, extension, fixture, open, openLetter, ours, ruleOf, rules, setting, settled, waitFor } from './lib/util';

suite('Activation and which documents are letters', () => {
  suiteTeardown(closeAll);

  test('VS Code under test is real and has the extension under development', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    const ext = extension();
    assert.equal(ext.packageJSON.name, 'replylint');
  });

  test('is not active before a letter is opened', () => {
    // The workspace has no .replylintrc.json, so only opening a document can activate it.
    assert.equal(extension().isActive, false, 'activated before any document was opened');
  });

  test('activates on a *.reply.md letter and reports its findings', async () => {
    const doc = await open(fixture('letter.reply.md'));
    assert.equal(doc.languageId, 'markdown');
    await waitFor('activation', () => extension().isActive);
    const { status, diagnostics } = await settled(doc);
    assert.equal(status.isReply, true);
    assert.deepEqual(
      diagnostics.map((d) => `${ruleOf(d)}@${d.range.start.line + 1}`),
      ['doc-number-brackets@3'],
    );
  });

  test('a *.reply.txt letter is checked', async () => {
    const { doc, status, diagnostics } = await openLetter(fixture('seed.reply.txt'));
    assert.equal(doc.languageId, 'plaintext');
    assert.equal(status.isReply, true);
    assert.ok(diagnostics.length >= 10, `the seed letter has many findings (got ${diagnostics.length})`);
  });

  test('a letter without .reply in its name is recognised by its content', async () => {
    const { status } = await openLetter(fixture('drafts/reply-draft.txt'));
    assert.equal(status.isReply, true);
    assert.deepEqual(rules(fixture('drafts/reply-draft.txt')), ['doc-number-brackets']);
  });

  test('a text file that is not a letter gets no findings', async () => {
    const { status, diagnostics } = await openLetter(fixture('notes.txt'));
    assert.equal(status.isReply, false);
    assert.equal(diagnostics.length, 0);
  });

  test('with replylint.detect off, only files matching replylint.files are letters', async () => {
    const a = await api();
    const draft = fixture('drafts/reply-draft.txt');
    await open(draft);
    const restore = await setting('replylint', 'detect', false);
    try {
      await waitFor('the draft to lose its findings', () => ours(draft).length === 0 && a.status.get(draft)?.isReply === false);
      assert.ok(ours(fixture('seed.reply.txt')).length > 0, 'seed.reply.txt (matches **/*.reply.txt) is still checked');
    } finally {
      await restore();
    }
    await waitFor('the draft to be a letter again', () => ours(draft).length === 1);
  });
});

suite('Editor defaults for letters', () => {
  test('full-width punctuation is not boxed as ambiguous in Markdown and plain text', () => {
    for (const languageId of ['plaintext', 'markdown']) {
      assert.equal(vscode.workspace.getConfiguration('editor', { languageId }).get('unicodeHighlight.ambiguousCharacters'), false, languageId);
    }
  });
});
