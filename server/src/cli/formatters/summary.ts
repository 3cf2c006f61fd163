/**
 * `replylint --summary`: one row per letter — number, deputy/member, result category, 成文日期
 * or deadline with days left or overdue, errors, warnings, title — and a totals line (letters,
 * by category, overdue). A table for people, or JSON (`--format json`) for a weekly report.
 */
import { dayOf, deadlineStatus, type DeadlineStatus, isoDay, type LetterFacts, letterTotals } from '../../index';
import { relativePath } from './paths';
import { tally, type Tally } from './util';
import type { ReportMessage } from './json';

export interface SummaryInput {
  file: string;
  facts: LetterFacts;
  messages: ReportMessage[];
}

export interface SummaryRow {
  file: string;
  number: string | null;
  deputy: string | null;
  title: string | null;
  category: string | null;
  issueDate: string | null;
  deadline: string | null;
  /** Days to the deadline (negative: overdue) for a reply not yet dated. */
  daysLeft: number | null;
  status: DeadlineStatus['kind'];
  errors: number;
  warnings: number;
}

export interface Summary {
  letters: SummaryRow[];
  totals: { letters: number; byCategory: Record<string, number>; overdue: number; errors: number; warnings: number };
}

export function summarize(inputs: SummaryInput[], cwd: string, today: Date): Summary {
  const letters: SummaryRow[] = [];
  const day = dayOf(today);
  const all: Tally = { errors: 0, warnings: 0, infos: 0 };
  for (const i of inputs) {
    const f = i.facts;
    const t = tally(i.messages);
    const st = deadlineStatus(f, day);
    all.errors += t.errors;
    all.warnings += t.warnings;
    letters.push({
      file: relativePath(i.file, cwd),
      number: f.number?.value ?? null,
      deputy: f.deputy?.name ?? null,
      title: f.title ?? null,
      category: f.category ?? null,
      issueDate: f.issueDate ? isoDay(f.issueDate) : null,
      deadline: f.deadline ? isoDay(f.deadline) : null,
      daysLeft: st.kind === 'due' || st.kind === 'overdue' ? st.days : null,
      status: st.kind,
      errors: t.errors,
      warnings: t.warnings,
    });
  }
  return {
    letters,
    totals: {
      ...letterTotals(
        inputs.map((i) => i.facts),
        day,
      ),
      errors: all.errors,
      warnings: all.warnings,
    },
  };
}

/** Terminal columns of a string: CJK and full-width forms take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000
        ? 2
        : 1;
  }
  return w;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

function clip(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…';
}

function dateCell(r: SummaryRow, locale: 'zh' | 'en'): string {
  const zh = locale === 'zh';
  switch (r.status) {
    case 'answered':
      return r.issueDate!;
    case 'late':
      return zh ? `${r.issueDate}（逾期）` : `${r.issueDate} (late)`;
    case 'due':
      return zh ? `${r.deadline} 剩${r.daysLeft}天` : `${r.deadline} ${r.daysLeft} d left`;
    case 'overdue':
      return zh ? `${r.deadline} 逾期${-r.daysLeft!}天` : `${r.deadline} ${-r.daysLeft!} d overdue`;
    default:
      return '-';
  }
}

export function formatSummaryTable(s: Summary, locale: 'zh' | 'en'): string {
  const zh = locale === 'zh';
  const head = zh ? ['文件', '编号', '代表/委员', '类别', '成文日期/时限', '错误', '警告', '标题'] : ['File', 'Number', 'Deputy/member', 'Cat.', 'Date/deadline', 'Errors', 'Warnings', 'Title'];
  const rows = s.letters.map((r) => [r.file, r.number ?? '-', r.deputy ?? '-', r.category ?? '-', dateCell(r, locale), String(r.errors), String(r.warnings), clip(r.title ?? '-', 50)]);
  const widths = head.map((h, c) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[c]))));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : pad(cell, widths[c])))
      .join('  ')
      .trimEnd();
  const out = [line(head), line(widths.map((w, c) => '-'.repeat(c === widths.length - 1 ? Math.min(w, 50) : w)))];
  for (const r of rows) out.push(line(r));
  const t = s.totals;
  const none = zh ? '未分类' : 'no category';
  const cats = Object.keys(t.byCategory)
    .sort((x, y) => Number(x === '-') - Number(y === '-') || x.localeCompare(y))
    .map((k) => `${k === '-' ? none : k} ${t.byCategory[k]}`)
    .join(zh ? '，' : ', ');
  out.push('');
  out.push(
    zh
      ? `共 ${t.letters} 封答复（${cats || '无'}），逾期 ${t.overdue} 封，${t.errors} 个错误，${t.warnings} 个警告`
      : `${t.letters} letter${t.letters === 1 ? '' : 's'} (${cats || 'none'}), ${t.overdue} overdue, ${t.errors} error${t.errors === 1 ? '' : 's'}, ${t.warnings} warning${t.warnings === 1 ? '' : 's'}`,
  );
  return out.join('\n');
}
