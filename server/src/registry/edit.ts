/**
 * "Add this citation to the registry": the new text of a registry file with one more entry,
 * keeping comments and formatting of a JSON file (jsonc-parser edits) or the columns of a CSV.
 */
import { applyEdits, modify, parse } from 'jsonc-parser';
import { csvField, parseCsv } from './csv';
import { csvColumn, sniffDelimiter } from './csv-columns';
import type { PolicyEntry } from './types';

export function addEntryToRegistryText(text: string, file: string, entry: PolicyEntry): string {
  const clean: PolicyEntry = { ...entry };
  delete clean.source;
  if (/\.csv$/i.test(file)) {
    // The reader's delimiter and column names, so that the new row lands in the right columns.
    const delimiter = sniffDelimiter(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    const { rows } = parseCsv(text, delimiter);
    const header = rows[0]?.fields ?? ['title', 'aliases', 'docNumber', 'issuer', 'date', 'status', 'replacedBy', 'note'];
    const prefix = rows.length === 0 ? header.join(delimiter) + '\r\n' : '';
    const eol = text.includes('\r\n') || rows.length === 0 ? '\r\n' : '\n';
    const cells = header.map((h) => {
      const key = csvColumn(h);
      const v = key ? clean[key] : undefined;
      return csvField(Array.isArray(v) ? v.join(';') : v === undefined ? '' : String(v), delimiter);
    });
    const base = text === '' || /[\r\n]$/.test(text) ? text : text + eol;
    return prefix + base + cells.join(delimiter) + eol;
  }
  const existing = text.trim() ? parse(text, [], { allowTrailingComma: true }) : undefined;
  const opts = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: text.includes('\r\n') ? '\r\n' : '\n' } };
  if (!existing || !Array.isArray(existing.policies)) {
    return applyEdits(text.trim() ? text : '{}', modify(text.trim() ? text : '{}', ['policies'], [clean], opts));
  }
  return applyEdits(text, modify(text, ['policies', -1], clean, { ...opts, isArrayInsertion: true }));
}
