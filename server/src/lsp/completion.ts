/**
 * Completion of policy titles after 《 and of 文号 after 〔, from what the open documents cite
 * (the registry issue adds registry entries here).
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Locale, type PolicyEntry } from '../index';
import type { Knowledge } from './citations';
import { t } from './i18n';
import { toLspRange } from './positions';

export const TRIGGER_CHARACTERS = ['《', '〔'];

const MAX_BACK = 80;

export function completionsAt(doc: TextDocument, offset: number, locale: Locale, knowledge: Knowledge, registry: PolicyEntry[] = []): CompletionItem[] {
  const text = doc.getText();
  // Walk back on this line to the nearest 《 or 〔 that is still open at the cursor.
  let i = offset - 1;
  const stop = Math.max(0, offset - MAX_BACK);
  for (; i >= stop; i--) {
    const c = text[i];
    if (c === '\n' || c === '\r' || c === '》' || c === '〕' || c === '。') return [];
    if (c === '《' || c === '〔') break;
  }
  if (i < stop || i < 0) return [];
  if (text[i] === '《') return titleItems(doc, text, i + 1, offset, locale, withRegistry(knowledge, registry));
  return docNumberItems(doc, text, i, offset, locale, withRegistry(knowledge, registry));
}

/** Registry entries join what the open documents cite (registry first when both know a title). */
function withRegistry(k: Knowledge, registry: PolicyEntry[]): Knowledge {
  if (registry.length === 0) return k;
  const titles = new Map(k.titles);
  const docNumbers = new Map(k.docNumbers);
  for (const e of registry) {
    if (e.status === 'repealed') continue;
    const known = titles.get(e.title);
    const nums = new Set(known?.docNumbers ?? []);
    if (e.docNumber) nums.add(e.docNumber);
    // Registry titles rank as if cited everywhere.
    titles.set(e.title, { title: e.title, docNumbers: nums, uris: new Set([...(known?.uris ?? []), 'registry:']), count: (known?.count ?? 0) + 1000 });
    if (e.docNumber && !docNumbers.has(e.docNumber)) {
      const agency = /^[^〔［[（(]*/.exec(e.docNumber)?.[0] ?? '';
      docNumbers.set(e.docNumber, { raw: e.docNumber, agency, titles: new Set([e.title]), uris: new Set(['registry:']) });
    }
  }
  return { titles, docNumbers };
}

function titleItems(doc: TextDocument, text: string, from: number, offset: number, locale: Locale, k: Knowledge): CompletionItem[] {
  const closeFollows = text[offset] === '》';
  const range = toLspRange(doc, [from, offset]);
  const items: CompletionItem[] = [];
  const sorted = [...k.titles.values()].sort((a, b) => b.uris.size - a.uris.size || b.count - a.count || a.title.localeCompare(b.title));
  sorted.forEach((kt, n) => {
    const rank = String(n).padStart(4, '0');
    items.push({
      label: kt.title,
      kind: CompletionItemKind.Reference,
      detail: t(locale, kt.uris.has('registry:') ? 'completion.registry' : 'completion.title'),
      filterText: kt.title,
      sortText: rank + 'a',
      textEdit: { range, newText: kt.title + (closeFollows ? '' : '》') },
    });
    if (closeFollows) return;
    for (const num of kt.docNumbers) {
      items.push({
        label: `${kt.title}》（${num}）`,
        kind: CompletionItemKind.Reference,
        detail: `${t(locale, 'completion.title')}（${t(locale, 'completion.withNumber')}）`,
        filterText: kt.title,
        sortText: rank + 'b',
        textEdit: { range, newText: `${kt.title}》（${num}）` },
      });
    }
  });
  return items;
}

function docNumberItems(doc: TextDocument, text: string, open: number, offset: number, locale: Locale, k: Knowledge): CompletionItem[] {
  // The 机关代字 before 〔: a run of Han characters.
  let s = open;
  while (s > 0 && open - s < 12 && /[\u3400-\u9fff]/.test(text[s - 1])) s--;
  const agency = text.slice(s, open);
  const range = toLspRange(doc, [s, offset]);
  const items: CompletionItem[] = [];
  for (const d of k.docNumbers.values()) {
    if (agency && !d.agency.endsWith(agency) && !agency.endsWith(d.agency)) continue;
    const titles = [...d.titles];
    items.push({
      label: d.raw,
      kind: CompletionItemKind.Constant,
      detail: titles.length > 0 ? `《${titles[0]}》` : t(locale, 'completion.docNumber'),
      filterText: d.raw,
      textEdit: { range, newText: d.raw },
    });
  }
  return items;
}
