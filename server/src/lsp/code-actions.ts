/**
 * Code actions, rebuilt from the diagnostics the client sends back (the fix rides in
 * `Diagnostic.data`): a preferred quick fix per fixable finding, each suggestion, "fix all
 * problems of this rule", "disable this rule here" (Markdown), renumbering, and
 * `source.fixAll.replylint`.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Edit } from '../index';
import type { Analysis } from './analysis';
import { isOurs } from './diagnostics';
import { fixAllEdits, ruleEdits } from './edits';
import { t } from './i18n';
import { toTextEdit } from './positions';
import { FIX_ALL_KIND } from './protocol';
import { renumberDocumentEdits, renumberLevelEdits } from './renumber';

export interface EditFactory {
  /** Whether the client takes versioned documentChanges. */
  documentChanges: boolean;
}

export function workspaceEdit(doc: TextDocument, edits: Edit[], f: EditFactory): WorkspaceEdit {
  const textEdits: TextEdit[] = edits.map((e) => toTextEdit(doc, e));
  return f.documentChanges ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: textEdits }] } : { changes: { [doc.uri]: textEdits } };
}

function wants(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((k) => kind === k || kind.startsWith(k + '.'));
}

export function fixAllAction(doc: TextDocument, a: Analysis, f: EditFactory, kind: string = FIX_ALL_KIND): CodeAction | undefined {
  if (!a.result) return undefined;
  const edits = fixAllEdits(doc.getText(), a.result.messages, { format: a.format, path: a.fsPath }, a.config);
  if (edits.length === 0) return undefined;
  return { title: t(a.locale, 'action.fixAll'), kind, edit: workspaceEdit(doc, edits, f) };
}

export function codeActions(doc: TextDocument, a: Analysis, params: CodeActionParams, f: EditFactory): CodeAction[] {
  const only = params.context.only;
  const out: CodeAction[] = [];
  if (!a.result) return out;
  const locale = a.locale;
  const text = doc.getText();

  // Source action only (e.g. editor.codeActionsOnSave): answer just that.
  if (only && only.length > 0 && !wants(only, CodeActionKind.QuickFix) && !wants(only, CodeActionKind.RefactorRewrite)) {
    if (wants(only, FIX_ALL_KIND)) {
      const fa = fixAllAction(doc, a, f);
      if (fa) out.push(fa);
    }
    return out;
  }

  const ours = params.context.diagnostics.filter(isOurs);
  if (wants(only, CodeActionKind.QuickFix)) {
    const rulesDone = new Set<string>();
    const disableDone = new Set<string>();
    for (const d of ours) {
      const data = d.data;
      // Offsets refer to the linted version; a newer version gets fresh diagnostics soon.
      const fresh = data.version === doc.version;
      if (fresh && data.fix && data.fix.length > 0) {
        out.push({
          title: t(locale, 'action.fix', d.message),
          kind: CodeActionKind.QuickFix,
          isPreferred: true,
          diagnostics: [d],
          edit: workspaceEdit(doc, data.fix, f),
        });
      }
      if (fresh) {
        for (const s of data.suggestions ?? []) {
          out.push({ title: s.title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: workspaceEdit(doc, s.edits, f) });
        }
      }
      if (data.fix && !rulesDone.has(data.ruleId)) {
        rulesDone.add(data.ruleId);
        const same = a.result.messages.filter((m) => m.ruleId === data.ruleId && m.fix);
        if (same.length > 1) {
          const edits = ruleEdits(text, a.result.messages, data.ruleId);
          if (edits.length > 0) {
            out.push({ title: t(locale, 'action.fixRule', data.ruleId), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: workspaceEdit(doc, edits, f) });
          }
        }
      }
      if (a.format === 'md') {
        const line = d.range.start.line;
        const key = `${data.ruleId}:${line}`;
        if (!disableDone.has(key)) {
          disableDone.add(key);
          out.push(disableAction(doc, d, data.ruleId, line, locale, f));
        }
      }
    }
    if (ours.some((d) => d.data.fix) && a.result.messages.filter((m) => m.fix).length > 1) {
      const fa = fixAllAction(doc, a, f, CodeActionKind.QuickFix);
      if (fa) out.push(fa);
    }
  }

  if (wants(only, CodeActionKind.RefactorRewrite) || (ours.length > 0 && wants(only, CodeActionKind.QuickFix))) {
    const offset = doc.offsetAt(params.range.start);
    const numbering = ours.some((d) => /^(numbering-|heading-l|marker-|inline-enum)/.test(d.data.ruleId));
    const kind = numbering ? CodeActionKind.QuickFix : CodeActionKind.RefactorRewrite;
    if (wants(only, kind)) {
      const level = renumberLevelEdits(text, a.result.tree, offset);
      if (level && level.edits.length > 0) {
        out.push({ title: t(locale, 'action.renumberLevel', level.label), kind, edit: workspaceEdit(doc, level.edits, f) });
      }
      const all = renumberDocumentEdits(text, a.result.tree);
      if (all.length > 0) out.push({ title: t(locale, 'action.renumberDocument'), kind, edit: workspaceEdit(doc, all, f) });
    }
  }
  return out;
}

/** <!-- replylint-disable-next-line rule-id --> on its own line above the finding's line. */
function disableAction(doc: TextDocument, d: Diagnostic, ruleId: string, line: number, locale: 'zh' | 'en', f: EditFactory): CodeAction {
  const lineStart = doc.offsetAt({ line, character: 0 });
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const eol = /\r\n$/.test(lineText) ? '\r\n' : '\n';
  return {
    title: t(locale, 'action.disableLine', ruleId),
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: workspaceEdit(doc, [{ range: [lineStart, lineStart], text: `<!-- replylint-disable-next-line ${ruleId} -->${eol}` }], f),
  };
}
