/// <reference types="mocha" />
// The "Reply structure" view (Explorer): required-elements checklist, section tree, cited policies.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, fixture, openLetter, waitFor } from './lib/util';
import type { StructureItem } from '../../../client/src/structure-view';

suite('Reply structure view', () => {
  suiteTeardown(closeAll);

  async function itemsFor(rel: string) {
    const a = await api();
    const { doc } = await openLetter(fixture(rel));
    // The view refreshes itself when the active editor changes; wait for that answer.
    await waitFor(`the structure of ${rel}`, () => a.structure.data?.uri === doc.uri.toString(), { events: [a.structure.onDidChangeTreeData as vscode.Event<unknown>] });
    const p = a.structure;
    const label = (i: StructureItem) => {
      const l = p.getTreeItem(i).label;
      return typeof l === 'string' ? l : (l?.label ?? '');
    };
    return { p, label, roots: p.getChildren() };
  }

  test('the seed letter: checklist, sections nested by level, cited policies', async () => {
    const { p, label, roots } = await itemsFor('seed.reply.txt');
    assert.equal(roots.length, 3);
    const [checks, sections, citations] = roots;
    assert.deepEqual(
      roots.map((r) => (r.kind === 'group' ? r.id : r.kind)),
      ['checklist', 'sections', 'citations'],
    );

    const checkItems = p.getChildren(checks);
    const ids = checkItems.map((c) => (c.kind === 'check' ? c.item.id : ''));
    for (const id of ['title', 'docNumber', 'salutation', 'acknowledgement', 'body', 'closing']) assert.ok(ids.includes(id), `checklist has ${id}: ${ids.join(', ')}`);
    for (const c of checkItems) {
      const t = p.getTreeItem(c);
      assert.match(label(c), /^[✓✗] /);
      if (c.kind === 'check' && c.item.present) assert.equal(t.command?.command, 'replylint.structure.reveal', `${c.item.id} jumps to the element`);
    }
    assert.ok(
      checkItems.every((c) => c.kind === 'check' && (c.item.present || !c.item.required)),
      'the seed has every element the generic profile requires',
    );

    const top = p.getChildren(sections);
    assert.deepEqual(top.map(label), ['一、办理工作背景', '二、措施与成效', '三、下一步工作措施']);
    const two = p.getChildren(top[1]);
    assert.equal(two.length, 6);
    assert.ok(label(two[2]).startsWith('(三)着力提升产业基础能力'), label(two[2]));
    assert.deepEqual(
      p.getChildren(two[2]).map((i) => label(i).slice(0, 2)),
      ['1.', '2.', '3.'],
    );
    assert.equal(p.getTreeItem(top[1]).collapsibleState, vscode.TreeItemCollapsibleState.Expanded);

    const cited = p.getChildren(citations).map(label);
    assert.ok(cited.includes('《厦门市人民政府关于加快推进软件和新兴数字产业发展若干措施的通知》'), cited.join('\n'));
    assert.ok(cited.length >= 15, `${cited.length} cited policies`);
  });

  test('the profile’s required elements show as missing (✗) when absent', async () => {
    const { p, label, roots } = await itemsFor('renumber.reply.txt');
    const checks = p.getChildren(roots[0]);
    const missing = checks.filter((c) => c.kind === 'check' && c.item.required && !c.item.present);
    // renumber.reply.txt has no 文号 line; whether the generic profile requires one decides ✗.
    for (const m of missing) assert.ok(label(m).startsWith('✗ '), label(m));
    const tree = p.getTreeItem(roots[0]);
    // The letter's kind (parse/kind.ts) stands before the count: it decides what is required.
    assert.equal(tree.description, `${p.data!.kind!.label} · ${missing.length > 0 ? `${missing.length} missing` : '✓'}`);
    assert.equal(p.data!.kind!.id, 'suggestion-reply');
  });

  test('a document that is not a letter shows nothing', async () => {
    const a = await api();
    const { doc } = await openLetter(fixture('notes.txt'));
    await waitFor('the structure of notes.txt', () => a.structure.data?.uri === doc.uri.toString(), { events: [a.structure.onDidChangeTreeData as vscode.Event<unknown>] });
    assert.deepEqual(a.structure.getChildren(), []);
  });
});
