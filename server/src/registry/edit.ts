/**
 * "Add this citation to the registry": the new text of a registry file with one more entry,
 * keeping comments and formatting of a JSON file (jsonc-parser edits) or the columns of a CSV.
 */
import { applyEdits, modify, parse } from 'jsonc-parser';
import { csvField, parseCsv } from './csv';
import type { PolicyEntry } from './types';

const CSV_KEYS: Record<string, keyof PolicyEntry> = {
  title: 'title',
  标题: 'title',
  名称: 'title',
  文件名称: 'title',
  政策名称: 'title',
  文件标题: 'title',
  aliases: 'aliases',
  简称: 'aliases',
  别名: 'aliases',
  docnumber: 'docNumber',
  文号: 'docNumber',
  发文字号: 'docNumber',
  issuer: 'issuer',
  发文机关: 'issuer',
  date: 'date',
  日期: 'date',
  成文日期: 'date',
  status: 'status',
  状态: 'status',
  replacedby: 'replacedBy',
  替代文件: 'replacedBy',
  note: 'note',
  备注: 'note',
};

export function addEntryToRegistryText(text: string, file: string, entry: PolicyEntry): string {
  const clean: PolicyEntry = { ...entry };
  delete clean.source;
  if (/\.csv$/i.test(file)) {
    const { rows } = parseCsv(text);
    const header = rows[0]?.fields ?? ['title', 'aliases', 'docNumber', 'issuer', 'date', 'status', 'replacedBy', 'note'];
    const prefix = rows.length === 0 ? header.join(',') + '\r\n' : '';
    const eol = text.includes('\r\n') || rows.length === 0 ? '\r\n' : '\n';
    const cells = header.map((h) => {
      const key = CSV_KEYS[h.trim().toLowerCase()] ?? CSV_KEYS[h.trim()];
      const v = key ? clean[key] : undefined;
      return csvField(Array.isArray(v) ? v.join(';') : v === undefined ? '' : String(v));
    });
    const base = text === '' || /[\r\n]$/.test(text) ? text : text + eol;
    return prefix + base + cells.join(',') + eol;
  }
  const existing = text.trim() ? parse(text, [], { allowTrailingComma: true }) : undefined;
  const opts = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: text.includes('\r\n') ? '\r\n' : '\n' } };
  if (!existing || !Array.isArray(existing.policies)) {
    return applyEdits(text.trim() ? text : '{}', modify(text.trim() ? text : '{}', ['policies'], [clean], opts));
  }
  return applyEdits(text, modify(text, ['policies', -1], clean, { ...opts, isArrayInsertion: true }));
}
