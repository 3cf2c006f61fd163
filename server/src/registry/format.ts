/** A registry entry in words, for hover and for rule messages. */
import type { PolicyEntry } from './types';

const STATUS = {
  zh: { 'in-force': '现行有效', amended: '已修订', repealed: '已废止' },
  en: { 'in-force': 'in force', amended: 'amended', repealed: 'repealed' },
} as const;

/** Markdown: **《title》**（文号）, then issuer · date · status, aliases, replacement. */
export function formatEntry(e: PolicyEntry, locale: 'zh' | 'en' = 'zh'): string {
  const lines = [`**《${e.title}》**${e.docNumber ? `（${e.docNumber}）` : ''}`];
  const meta = [e.issuer, e.date, STATUS[locale][e.status ?? 'in-force']].filter(Boolean).join(' · ');
  lines.push(meta);
  if (e.aliases?.length) lines.push((locale === 'zh' ? '简称：' : 'Also cited as: ') + e.aliases.map((a) => `《${a}》`).join(locale === 'zh' ? '、' : ', '));
  if (e.replacedBy) lines.push((locale === 'zh' ? (e.status === 'amended' ? '修订为：' : '替代文件：') : e.status === 'amended' ? 'Amended by: ' : 'Replaced by: ') + e.replacedBy);
  if (e.note) lines.push(e.note);
  if (e.source) lines.push(`${e.source.file}:${e.source.line}`);
  return lines.join('\n\n');
}
