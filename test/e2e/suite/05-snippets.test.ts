/// <reference types="mocha" />
// Every snippet prefix the extension contributes is offered (Markdown and plain text) and
// expands to its body.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, extension, textBecomes } from './lib/util';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

/** What VS Code shows after inserting a snippet and leaving every placeholder at its default. */
export function expand(body: string, now = new Date()): string {
  const vars: Record<string, string> = {
    CURRENT_YEAR: String(now.getFullYear()),
    CURRENT_MONTH: String(now.getMonth() + 1).padStart(2, '0'),
    CURRENT_DATE: String(now.getDate()).padStart(2, '0'),
  };
  const defaults = new Map<string, string>();
  // Pass 1 learns each tab stop's default (its first occurrence with a default or choice).
  const render = (s: string): string => {
    let out = '';
    let i = 0;
    while (i < s.length) {
      const c = s[i];
      if (c === '\\' && i + 1 < s.length) {
        out += s[i + 1];
        i += 2;
        continue;
      }
      if (c !== '$') {
        out += c;
        i++;
        continue;
      }
      const simple = /^\$(\d+|[A-Z_]+)/.exec(s.slice(i));
      if (simple) {
        out += value(simple[1], undefined);
        i += simple[0].length;
        continue;
      }
      if (s[i + 1] !== '{') {
        out += c;
        i++;
        continue;
      }
      // ${...}: find the matching brace.
      let depth = 0;
      let j = i + 1;
      for (; j < s.length; j++) {
        if (s[j] === '\\') j++;
        else if (s[j] === '{') depth++;
        else if (s[j] === '}' && --depth === 0) break;
      }
      const inner = s.slice(i + 2, j);
      i = j + 1;
      const m = /^(\d+|[A-Z_]+)(?::([\s\S]*)|\|([^|]*)\||\/([^/]*)\/([^/]*)\/([a-z]*))?$/.exec(inner);
      assert.ok(m, `snippet syntax: \${${inner}}`);
      const [, name, def, choices, re, fmt, flags] = m;
      if (re !== undefined) out += value(name, undefined).replace(new RegExp(re, flags), fmt);
      else if (choices !== undefined) out += value(name, choices.split(',')[0]);
      else out += value(name, def === undefined ? undefined : render(def));
    }
    return out;
  };
  const value = (name: string, def: string | undefined): string => {
    if (/^\d+$/.test(name)) {
      if (name === '0') return '';
      if (def !== undefined && !defaults.has(name)) defaults.set(name, def);
      return def ?? defaults.get(name) ?? '';
    }
    return vars[name] ?? def ?? '';
  };
  render(body); // learn the defaults
  return render(body);
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function contributed(): Array<{ language: string; path: string }> {
  return extension().packageJSON.contributes.snippets;
}

suite('Snippets', () => {
  suiteTeardown(closeAll);

  test('the manifest contributes snippets for Markdown and plain text', () => {
    assert.deepEqual(
      contributed()
        .map((s) => s.language)
        .sort(),
      ['markdown', 'plaintext'],
    );
  });

  for (const language of ['plaintext', 'markdown']) {
    test(`every prefix expands to its body (${language})`, async () => {
      const files = [
        ...new Set(
          contributed()
            .filter((s) => s.language === language)
            .map((s) => s.path),
        ),
      ];
      let checked = 0;
      for (const file of files) {
        const raw = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension().extensionUri, file)));
        const snippets = JSON.parse(raw) as Record<string, Snippet>;
        for (const [name, sn] of Object.entries(snippets)) {
          const body = Array.isArray(sn.body) ? sn.body.join('\n') : sn.body;
          for (const prefix of Array.isArray(sn.prefix) ? sn.prefix : [sn.prefix]) {
            const doc = await vscode.workspace.openTextDocument({ language, content: prefix });
            const editor = await vscode.window.showTextDocument(doc);
            const end = doc.positionAt(prefix.length);
            const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end);
            const item = list.items.find((i) => i.kind === vscode.CompletionItemKind.Snippet && labelOf(i) === prefix);
            assert.ok(
              item,
              `“${prefix}” is offered in ${language} (snippet “${name}”); got ${list.items
                .filter((i) => i.kind === vscode.CompletionItemKind.Snippet)
                .map(labelOf)
                .join(', ')}`,
            );
            const snippet = item.insertText instanceof vscode.SnippetString ? item.insertText : new vscode.SnippetString(String(item.insertText));
            assert.equal(snippet.value, body, `“${prefix}” inserts the body of “${name}”`);
            const range = item.range instanceof vscode.Range ? item.range : (item.range?.replacing ?? new vscode.Range(doc.positionAt(0), end));
            assert.ok(await editor.insertSnippet(snippet, range), `inserted “${prefix}”`);
            const expected = expand(body);
            await textBecomes(doc, `the expansion of “${prefix}”`, (t) => t === expected);
            await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
            checked++;
          }
        }
      }
      assert.ok(checked >= 10, `checked ${checked} prefixes`);
    });
  }
});
