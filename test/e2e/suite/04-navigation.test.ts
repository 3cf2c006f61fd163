/// <reference types="mocha" />
// Outline (document symbols), folding, hover and completion after 《 and 〔.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, fixture, open, openLetter, scratchCopy, settled, textBecomes } from './lib/util';

type Sym = vscode.DocumentSymbol;
const SECTION = vscode.SymbolKind.Namespace;
const names = (xs: Sym[]) => xs.map((s) => s.name);
const sections = (xs: Sym[]) => xs.filter((s) => s.kind === SECTION);

function contains(outer: vscode.Range, inner: vscode.Range): boolean {
  return outer.contains(inner);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

suite('Outline, folding, hover, completion', () => {
  suiteTeardown(closeAll);

  test('the Outline has the seed letter’s sections nested by level', async () => {
    const { doc } = await openLetter(fixture('seed.reply.txt'));
    const symbols = await vscode.commands.executeCommand<Sym[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(symbols && symbols.length > 0, 'symbols');
    assert.equal(symbols[0].name, '厦门市工业和信息化局关于市十六届人大二次会议第20230019号建议办理情况答复的函', 'the title comes first');
    assert.ok(names(symbols[0].children).includes('厦工信函[2023]25号'), 'the 文号 is under the title');
    const top = sections(symbols);
    assert.deepEqual(
      top.map((s) => s.name.slice(0, 2)),
      ['一、', '二、', '三、'],
    );
    assert.equal(top[0].name, '一、办理工作背景');
    const two = sections(top[1].children);
    assert.deepEqual(
      two.map((s) => s.name.slice(0, 3)),
      ['(一)', '(二)', '(三)', '(四)', '(五)', '(六)'],
    );
    assert.deepEqual(
      sections(two[2].children).map((s) => s.name.slice(0, 2)),
      ['1.', '2.', '3.'],
    );
    assert.ok(sections(two[2].children)[0].name.startsWith('1.提升企业创新能力'));
    assert.deepEqual(
      sections(two[4].children).map((s) => s.name.slice(0, 2)),
      ['1.', '2.', '3.', '4.'],
    );
    assert.deepEqual(
      sections(two[5].children).map((s) => s.name.slice(0, 2)),
      ['1.', '2.', '3.', '4.', '5.'],
    );
    assert.deepEqual(
      sections(top[2].children).map((s) => s.name.slice(0, 3)),
      ['(一)', '(二)', '(三)', '(四)'],
    );
    assert.equal(sections(top[0].children).length, 0);
    // Children lie inside their parents; the selection (the heading) inside the range.
    const walk = (s: Sym) => {
      assert.ok(contains(s.range, s.selectionRange), `selection inside range: ${s.name}`);
      for (const c of s.children) {
        assert.ok(contains(s.range, c.range), `${c.name} inside ${s.name}`);
        walk(c);
      }
    };
    symbols.forEach(walk);
    // The footer (signature fields, issuer, date) is the last symbol.
    const footer = symbols[symbols.length - 1];
    assert.ok(
      names(footer.children).some((n) => n.includes('周桂良')),
      `footer: ${names(footer.children).join(', ')}`,
    );
    assert.ok(names(footer.children).includes('2023年4月10日'));
  });

  test('folding ranges follow the sections of a multi-line letter', async () => {
    const { doc } = await openLetter(fixture('letter.reply.txt'));
    const lineOf = (s: string) =>
      doc
        .getText()
        .split('\n')
        .findIndex((l) => l.startsWith(s));
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
    const at = (s: string) => {
      const line = lineOf(s);
      const r = ranges.find((x) => x.start === line);
      assert.ok(r, `a folding range starts at “${s}” (line ${line}); got ${ranges.map((x) => `${x.start}-${x.end}`).join(' ')}`);
      return r;
    };
    const one = at('一、基本情况');
    const two = at('二、主要措施');
    const twoOne = at('（一）完善政策体系');
    const three = at('三、下一步工作');
    assert.ok(one.end < two.start, '一 ends before 二');
    assert.ok(twoOne.start > two.start && twoOne.end <= two.end, '（一） folds inside 二');
    assert.ok(twoOne.end < lineOf('（二）搭建服务平台'), '（一） ends before （二）');
    assert.ok(two.end < three.start, '二 ends before 三');
  });

  test('hover on a cited title and on a 文号', async () => {
    const { doc } = await openLetter(fixture('letter.reply.txt'));
    const text = doc.getText();
    const onTitle = doc.positionAt(text.indexOf('《厦门市促进科技成果转移转化若干规定》') + 5);
    const h1 = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, onTitle));
    assert.ok(h1.includes('厦门市促进科技成果转移转化若干规定'), h1);
    assert.ok(h1.includes('厦府规〔2022〕5号'), `the hover names the cited 文号: ${h1}`);
    const onNumber = doc.positionAt(text.indexOf('厦科函〔2023〕12号') + 2);
    const h2 = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, onNumber));
    assert.ok(h2.includes('厦科函〔2023〕12号'), h2);
    const onPlain = doc.positionAt(text.indexOf('推动科技成果转化工作'));
    const h3 = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, onPlain));
    assert.equal(h3, '', 'no hover on plain text');
  });

  test('completion after 《 offers the titles the letters cite, and after 〔 their 文号', async () => {
    const uri = await scratchCopy('letter.reply.txt');
    const { doc } = await openLetter(uri);
    const editor = await vscode.window.showTextDocument(doc);
    const anchor = '我局将继续推动科技成果转化工作。';
    const end = doc.positionAt(doc.getText().indexOf(anchor) + anchor.length);
    await editor.edit((e) => e.insert(end, '落实《'));
    await textBecomes(doc, 'the typed 《', (t) => t.includes('工作。落实《'));
    const pos = end.translate(0, 3);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, pos, '《');
    const labels = list.items.map(labelOf);
    assert.ok(labels.includes('厦门市促进科技成果转移转化若干规定'), `titles: ${labels.slice(0, 10).join(' | ')}`);
    assert.ok(labels.includes('厦门市技术转移机构管理办法'));
    assert.ok(labels.includes('厦门市促进科技成果转移转化若干规定》（厦府规〔2022〕5号）'), 'the title with its 文号');
    const item = list.items.find((i) => labelOf(i) === '厦门市促进科技成果转移转化若干规定》（厦府规〔2022〕5号）')!;
    const range = item.range instanceof vscode.Range ? item.range : item.range!.replacing;
    const insert = typeof item.insertText === 'string' ? item.insertText : item.insertText!.value;
    await editor.edit((e) => e.replace(range, insert));
    await textBecomes(doc, 'the accepted completion', (t) => t.includes('工作。落实《厦门市促进科技成果转移转化若干规定》（厦府规〔2022〕5号）'));
    const after = await settled(doc);
    assert.ok(after.status.isReply);

    // 〔 after a 机关代字: the 文号 the letters cite.
    const end2 = doc.positionAt(doc.getText().length - 1);
    await editor.edit((e) => e.insert(end2, '\n厦府规〔'));
    await textBecomes(doc, 'the typed 〔', (t) => t.includes('\n厦府规〔'));
    const list2 = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, doc.positionAt(doc.getText().indexOf('\n厦府规〔') + 5), '〔');
    assert.ok(list2.items.map(labelOf).includes('厦府规〔2022〕5号'), `文号: ${list2.items.map(labelOf).join(' | ')}`);
    await open(uri);
  });
});
