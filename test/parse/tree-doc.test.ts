/** docs/tree.md is what scripts/gen-tree.ts generates from the parser's tree of the seed today. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { partsComments, treeDoc, treeDocFresh } from '../../scripts/gen-tree';

test('docs/tree.md is up to date (run `npm run gen:docs`)', () => {
  assert.ok(treeDocFresh(), 'docs/tree.md differs from what scripts/gen-tree.ts generates');
});

test('every field of LetterParts has a doc comment and a section on the page', () => {
  const comments = partsComments();
  const page = treeDoc();
  // One explanation per field of the parts record (kind included).
  const types = readFileSync(new URL('../../server/src/parse/types.ts', import.meta.url), 'utf8');
  const body = types.slice(types.indexOf('export interface LetterParts {'));
  const fields = body.slice(0, body.indexOf('\n}\n')).match(/^ {2}\w+\??:/gm) ?? [];
  assert.equal(comments.size, fields.length, 'a doc comment on every field');
  for (const name of ['kind', 'title', 'salutation', 'acknowledgement', 'printedCategory', 'issueDate', 'enumItems']) assert.ok(comments.has(name), name);
  for (const [name, comment] of comments) {
    assert.ok(comment.length > 10, `${name}: a doc comment that says what it is`);
    assert.ok(page.includes(`### \`${name}\`\n\n${comment}\n`), `${name} on the page`);
  }
});
