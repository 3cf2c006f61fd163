/**
 * The "Reply structure" view in the Explorer: the required-elements checklist (✓/✗, click to
 * jump), the section tree and the cited policies, all from the server's `replylint/structure`
 * request for the active letter. The provider is exported from `activate` for tests.
 */
import * as vscode from 'vscode';
import { Commands } from './command-ids';
import { Soon } from './soon';
import type { ChecklistItem, CitationInfo, SectionNode, StructureResult, WireRange } from '../../server/src/lsp/protocol';

export type StructureItem =
  | { kind: 'group'; id: 'checklist' | 'sections' | 'citations'; label: string; count: number }
  | { kind: 'check'; item: ChecklistItem }
  | { kind: 'section'; node: SectionNode }
  | { kind: 'citation'; citation: CitationInfo };

export const REVEAL_COMMAND = Commands.reveal;

export class StructureProvider implements vscode.TreeDataProvider<StructureItem>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<StructureItem | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The last answer from the server (exposed for tests). */
  data: StructureResult | null = null;
  private readonly soon = new Soon(() => this.refresh());

  constructor(private readonly request: (uri: string) => Promise<StructureResult | null>) {}

  /** Refreshes now, for the active editor's document. */
  async refresh(): Promise<StructureResult | null> {
    const doc = vscode.window.activeTextEditor?.document;
    try {
      this.data = doc ? await this.request(doc.uri.toString()) : null;
    } catch {
      this.data = null;
    }
    this.changed.fire(undefined);
    return this.data;
  }

  /** Refreshes soon (coalesces bursts of status notifications). */
  refreshSoon(delay = 100): void {
    this.soon.schedule(delay);
  }

  getChildren(element?: StructureItem): StructureItem[] {
    const d = this.data;
    if (!d || !d.isReply) return [];
    if (!element) {
      const shownChecks = d.checklist.filter((c) => c.required || c.present);
      const missing = shownChecks.filter((c) => c.required && !c.present).length;
      return [
        { kind: 'group', id: 'checklist', label: vscode.l10n.t('Required elements'), count: missing },
        { kind: 'group', id: 'sections', label: vscode.l10n.t('Sections'), count: d.sections.length },
        { kind: 'group', id: 'citations', label: vscode.l10n.t('Cited policies'), count: d.citations.length },
      ];
    }
    if (element.kind === 'group') {
      if (element.id === 'checklist') return d.checklist.filter((c) => c.required || c.present).map((item) => ({ kind: 'check', item }));
      if (element.id === 'sections') return d.sections.map((node) => ({ kind: 'section', node }));
      return d.citations.map((citation) => ({ kind: 'citation', citation }));
    }
    if (element.kind === 'section') return element.node.children.map((node) => ({ kind: 'section', node }));
    return [];
  }

  getTreeItem(element: StructureItem): vscode.TreeItem {
    const uri = this.data?.uri;
    const reveal = (range: WireRange | undefined): vscode.Command | undefined => (uri && range ? { command: REVEAL_COMMAND, title: vscode.l10n.t('Go to'), arguments: [uri, range] } : undefined);
    switch (element.kind) {
      case 'group': {
        const item = new vscode.TreeItem(element.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `group:${element.id}`;
        item.description = element.id === 'checklist' ? (element.count > 0 ? vscode.l10n.t('{0} missing', element.count) : '✓') : String(element.count);
        // The letter's kind decides what is required: show it beside the checklist.
        if (element.id === 'checklist' && this.data?.kind) {
          item.description = `${this.data.kind.label} · ${item.description}`;
          item.tooltip = vscode.l10n.t('Letter kind: {0}', this.data.kind.label);
        }
        return item;
      }
      case 'check': {
        const c = element.item;
        const ok = c.present;
        const item = new vscode.TreeItem(`${ok ? '✓' : '✗'} ${c.label}`, vscode.TreeItemCollapsibleState.None);
        item.id = `check:${c.id}`;
        item.description = c.required ? (ok ? '' : vscode.l10n.t('missing')) : vscode.l10n.t('optional');
        item.iconPath = new vscode.ThemeIcon(ok ? 'pass' : 'error', new vscode.ThemeColor(ok ? 'testing.iconPassed' : 'testing.iconFailed'));
        item.command = reveal(c.range);
        item.contextValue = ok ? 'present' : 'missing';
        return item;
      }
      case 'section': {
        const n = element.node;
        const item = new vscode.TreeItem(n.label, n.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
        item.id = `section:${n.selectionRange.start.line}:${n.selectionRange.start.character}`;
        item.iconPath = new vscode.ThemeIcon('symbol-namespace');
        item.command = reveal(n.selectionRange);
        return item;
      }
      case 'citation': {
        const c = element.citation;
        const item = new vscode.TreeItem(`《${c.title}》`, vscode.TreeItemCollapsibleState.None);
        item.id = `citation:${c.title}`;
        const parts = [c.docNumber ?? '', c.count > 1 ? `×${c.count}` : ''].filter(Boolean);
        item.description = parts.join(' ');
        item.tooltip =
          c.status === 'problem' ? vscode.l10n.t('A problem is reported on this citation') : c.status === 'unknown' ? vscode.l10n.t('Not in any policy registry') : vscode.l10n.t('No problem found');
        item.iconPath = new vscode.ThemeIcon(c.status === 'problem' ? 'warning' : c.status === 'unknown' ? 'question' : 'book');
        item.command = reveal(c.range);
        return item;
      }
    }
  }

  dispose(): void {
    this.soon.dispose();
    this.changed.dispose();
  }
}

/** Opens the document and selects the range (the view's click target). */
export async function reveal(uri: string, range: WireRange): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  await vscode.window.showTextDocument(doc, { selection: r, preserveFocus: false });
}
