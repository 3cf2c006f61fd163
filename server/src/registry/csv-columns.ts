/**
 * The columns of a policy registry in CSV: a header (English or Chinese) → the entry's field.
 * One table for reading a registry (config/registry-files.ts) and for appending an entry to it
 * (edit.ts), so that a column the reader knows is also filled when the editor adds a row.
 */
import type { PolicyEntry } from './types';

/** CSV header → field (case- and space-insensitive). */
const COLUMNS: Record<string, keyof PolicyEntry> = {
  title: 'title',
  标题: 'title',
  名称: 'title',
  文件名称: 'title',
  政策名称: 'title',
  文件标题: 'title',
  aliases: 'aliases',
  alias: 'aliases',
  简称: 'aliases',
  别名: 'aliases',
  docnumber: 'docNumber',
  'doc number': 'docNumber',
  文号: 'docNumber',
  发文字号: 'docNumber',
  issuer: 'issuer',
  发文机关: 'issuer',
  发布机关: 'issuer',
  制定机关: 'issuer',
  date: 'date',
  日期: 'date',
  成文日期: 'date',
  发布日期: 'date',
  status: 'status',
  状态: 'status',
  效力: 'status',
  效力状态: 'status',
  replacedby: 'replacedBy',
  'replaced by': 'replacedBy',
  替代: 'replacedBy',
  替代文件: 'replacedBy',
  被替代为: 'replacedBy',
  新文件: 'replacedBy',
  url: 'url',
  链接: 'url',
  note: 'note',
  备注: 'note',
};

/** The field a CSV header names, or undefined (case- and space-insensitive). */
export function csvColumn(header: string): keyof PolicyEntry | undefined {
  return COLUMNS[header.trim().toLowerCase()] ?? COLUMNS[header.trim()];
}

/** Excel in Chinese locales often saves with ; or tabs when , is the decimal mark: read the header line. */
export function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  return firstLine.includes(',') ? ',' : firstLine.includes('\t') ? '\t' : firstLine.includes(';') ? ';' : ',';
}
