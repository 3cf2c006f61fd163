/**
 * The "Replies" view in the Explorer: every letter of the workspace, one row each — number,
 * deputy/member, result category, 成文日期 or the deadline with days left or overdue, errors and
 * warnings — from the server's workspace index (`replylint/replies`), with a summary line on
 * top. Sortable and filterable; a click opens the letter. The provider is exported from
 * `activate` for tests.
 */
import * as vscode from 'vscode';
import type { RepliesResult, ReplyRow } from '../../server/src/lsp/protocol';
import { Soon } from './soon';

export type RepliesSort = 'file' | 'number' | 'deadline' | 'category' | 'problems';

export const REPLIES_SORTS: RepliesSort[] = ['file', 'number', 'deadline', 'category', 'problems'];

/** The date a row is sorted by: the deadline of an undated reply, else its 成文日期. */
function dateKey(r: ReplyRow): string {
  return (r.issueDate ? r.issueDate : r.deadline) ?? '9999';
}

function numberKey(r: ReplyRow): string {
  const n = r.number ?? '';
  return /^\d+$/.test(n) ? n.padStart(12, '0') : n || '~';
}

export function compareRows(sort: RepliesSort): (a: ReplyRow, b: ReplyRow) => number {
  const byFile = (a: ReplyRow, b: ReplyRow) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  switch (sort) {
    case 'number':
      return (a, b) => numberKey(a).localeCompare(numberKey(b)) || byFile(a, b);
    // Undated replies by deadline first (the most overdue on top), then the answered ones.
    case 'deadline':
      return (a, b) => Number(!!a.issueDate) - Number(!!b.issueDate) || dateKey(a).localeCompare(dateKey(b)) || byFile(a, b);
    case 'category':
      return (a, b) => (a.category ?? '~').localeCompare(b.category ?? '~') || byFile(a, b);
    case 'problems':
      return (a, b) => b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || byFile(a, b);
    default:
      return byFile;
  }
}

/** The text a filter is matched against: what the row shows, and its file and title. */
function haystack(r: ReplyRow): string {
  return [r.file, r.number, r.deputy, r.title, r.category, r.issueDate, r.deadline, r.state].filter(Boolean).join(' ').toLowerCase();
}

/** 成文日期, or the deadline with what is left of it. */
export function dateText(r: ReplyRow): string {
  switch (r.state) {
    case 'answered':
      return r.issueDate!;
    case 'late':
      return vscode.l10n.t('{0} (late)', r.issueDate!);
    case 'due':
      return vscode.l10n.t('due {0}, {1} days left', r.deadline!, r.daysLeft!);
    case 'overdue':
      return vscode.l10n.t('due {0}, {1} days overdue', r.deadline!, -r.daysLeft!);
    default:
      return vscode.l10n.t('no date');
  }
}

export class RepliesProvider implements vscode.TreeDataProvider<ReplyRow>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ReplyRow | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The last answer from the server (exposed for tests). */
  data: RepliesResult | null = null;
  sort: RepliesSort = 'file';
  filter = '';
  private readonly soon = new Soon(() => this.refresh());
  private view: vscode.TreeView<ReplyRow> | undefined;

  constructor(private readonly request: () => Promise<RepliesResult | null>) {}

  /** The tree view this provider fills (its summary line goes into the view's message). */
  attach(view: vscode.TreeView<ReplyRow>): void {
    this.view = view;
  }

  async refresh(): Promise<RepliesResult | null> {
    try {
      this.data = await this.request();
    } catch {
      this.data = null;
    }
    this.changed.fire(undefined);
    if (this.view) this.view.message = this.summary();
    void vscode.commands.executeCommand('setContext', 'replylint.hasReplies', (this.data?.rows.length ?? 0) > 0);
    return this.data;
  }

  /** Refreshes soon (coalesces bursts of notifications). */
  refreshSoon(delay = 100): void {
    this.soon.schedule(delay);
  }

  setSort(sort: RepliesSort): void {
    this.sort = sort;
    this.changed.fire(undefined);
  }

  setFilter(filter: string): void {
    this.filter = filter.trim();
    this.changed.fire(undefined);
    if (this.view) this.view.message = this.summary();
  }

  /** The rows shown: filtered, then sorted. */
  rows(): ReplyRow[] {
    const rows = this.data?.rows ?? [];
    const f = this.filter.toLowerCase();
    return rows.filter((r) => !f || haystack(r).includes(f)).sort(compareRows(this.sort));
  }

  /** “4 letters · A 1 · B 2 · no category 1 · 1 overdue” (and the filter, when one is set). */
  summary(): string {
    const t = this.data?.totals;
    if (!t) return '';
    const cats = Object.keys(t.byCategory)
      .sort((x, y) => Number(x === '-') - Number(y === '-') || x.localeCompare(y))
      .map((k) => `${k === '-' ? vscode.l10n.t('no category') : k} ${t.byCategory[k]}`);
    const parts = [vscode.l10n.t('{0} letters', t.letters), ...cats, vscode.l10n.t('{0} overdue', t.overdue)];
    if (this.data?.indexing) parts.push(vscode.l10n.t('indexing…'));
    if (this.filter) parts.push(vscode.l10n.t('filter: {0} ({1} shown)', this.filter, this.rows().length));
    return parts.join(' · ');
  }

  getChildren(element?: ReplyRow): ReplyRow[] {
    return element ? [] : this.rows();
  }

  getTreeItem(r: ReplyRow): vscode.TreeItem {
    const head = [r.number ? vscode.l10n.t('No. {0}', r.number) : '', r.deputy ?? ''].filter(Boolean).join(' ') || r.file;
    const item = new vscode.TreeItem(head, vscode.TreeItemCollapsibleState.None);
    item.id = `reply:${r.uri}`;
    item.resourceUri = vscode.Uri.parse(r.uri);
    const problems = [r.counts.error > 0 ? `✖${r.counts.error}` : '', r.counts.warning > 0 ? `⚠${r.counts.warning}` : ''].filter(Boolean).join(' ');
    item.description = [r.category ?? '–', dateText(r), problems].filter(Boolean).join(' · ');
    const md = new vscode.MarkdownString();
    md.appendText(r.title ?? r.file);
    md.appendMarkdown('\n\n');
    md.appendText(`${r.file}\n${vscode.l10n.t('Category')}: ${r.category ?? '–'}\n${dateText(r)}\n${vscode.l10n.t('{0} errors, {1} warnings', r.counts.error, r.counts.warning)}`);
    item.tooltip = md;
    item.iconPath = new vscode.ThemeIcon(
      r.state === 'overdue' || r.state === 'late' ? 'clock' : r.counts.error > 0 ? 'error' : r.counts.warning > 0 ? 'warning' : 'pass',
      r.state === 'overdue' || r.state === 'late' || r.counts.error > 0 ? new vscode.ThemeColor('list.errorForeground') : undefined,
    );
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.parse(r.uri)] };
    item.contextValue = `reply.${r.state}`;
    return item;
  }

  dispose(): void {
    this.soon.dispose();
    this.changed.dispose();
  }
}

/** Asks how to sort the view. */
export async function pickSort(p: RepliesProvider): Promise<void> {
  const labels: Record<RepliesSort, string> = {
    file: vscode.l10n.t('File'),
    number: vscode.l10n.t('Number'),
    deadline: vscode.l10n.t('Date or deadline'),
    category: vscode.l10n.t('Category'),
    problems: vscode.l10n.t('Problems'),
  };
  const pick = await vscode.window.showQuickPick(
    REPLIES_SORTS.map((s) => ({ label: labels[s], sort: s, picked: s === p.sort })),
    { placeHolder: vscode.l10n.t('Sort the replies by') },
  );
  if (pick) p.setSort(pick.sort);
}

/** Asks for a filter (number, deputy, title, category, file; empty clears it). */
export async function askFilter(p: RepliesProvider): Promise<void> {
  const value = await vscode.window.showInputBox({ value: p.filter, prompt: vscode.l10n.t('Show the replies whose number, deputy, title, category or file contains this text (empty: all)') });
  if (value !== undefined) p.setFilter(value);
}
