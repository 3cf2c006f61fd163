/**
 * `workspace/executeCommand`: the server's commands (ServerCommands in protocol.ts). Registry
 * commands work on the workspace; the others on one letter's current analysis, and a command
 * issued for an older version of the letter is not applied to a newer text.
 */
import type { CodeAction, Connection, ExecuteCommandParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildRegistryDraft, draftToCsv, draftToJson, type PolicyEntry } from '../index';
import type { Analysis } from './analysis';
import { fixAllAction, workspaceEdit, type EditFactory } from './code-actions';
import { ruleEdits } from './edits';
import { exportForEditor } from './export-docx';
import { ServerCommands, type ExportDocxOptions, type ExportDocxResult, type RegistryDraftResult } from './protocol';
import { addToRegistryEdit, type TextSource } from './registry-actions';
import { draftInputs, type DraftSources } from './registry-draft';
import { renumberDocumentEdits, renumberLevelEdits } from './renumber';

export interface CommandContext extends DraftSources {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  edits: EditFactory;
  textOf: TextSource;
  /** The current analysis of the letter a command names, if it is a linted letter. */
  analysisOf: (p: unknown) => Promise<{ doc: TextDocument; a: Analysis } | undefined>;
}

export async function executeCommand(params: ExecuteCommandParams, ctx: CommandContext): Promise<unknown> {
  const args = Array.isArray(params?.arguments) ? params.arguments : [];
  if (params?.command === ServerCommands.buildRegistryDraft) {
    const opt = (args[0] ?? {}) as { format?: unknown };
    const format = opt.format === 'csv' ? 'csv' : 'json';
    const { inputs, a } = await draftInputs(ctx);
    const draft = buildRegistryDraft(inputs, a?.config.registry);
    const result: RegistryDraftResult = { text: format === 'csv' ? draftToCsv(draft) : draftToJson(draft), format, entries: draft.length, letters: inputs.length };
    return result;
  }
  if (params?.command === ServerCommands.addToRegistry) {
    const file = typeof args[0] === 'string' ? args[0] : undefined;
    const entry = args[1] as PolicyEntry | undefined;
    if (!file || !entry || typeof entry.title !== 'string' || !entry.title.trim()) return { applied: false };
    const edit = addToRegistryEdit(file, { title: entry.title, ...(typeof entry.docNumber === 'string' ? { docNumber: entry.docNumber } : {}) }, ctx.textOf, ctx.edits.documentChanges);
    if (!edit) return { applied: false };
    const res = await ctx.connection.workspace.applyEdit({ label: 'add to registry', edit });
    return { applied: res.applied };
  }
  const x = await ctx.analysisOf(args[0]);
  if (!x) return { applied: false };
  const { doc, a } = x;
  if (params.command === ServerCommands.exportDocx) {
    // Word export (loaded on first use: the `docx` writer is not needed to lint).
    if (!a.result) return { errors: 0, firstErrors: [], failure: 'not a reply letter (or not linted)' } satisfies ExportDocxResult;
    return exportForEditor(a.result, a.config, a.fsPath, (args[2] && typeof args[2] === 'object' ? args[2] : {}) as ExportDocxOptions);
  }
  // A command issued for an older version is not applied to a newer text.
  if (typeof args[1] === 'number' && args[1] !== doc.version) return { applied: false };
  const action = letterAction(params.command, args, doc, a, ctx.edits);
  if (!action?.edit) return { applied: false };
  const res = await ctx.connection.workspace.applyEdit({ label: action.title, edit: action.edit });
  return { applied: res.applied };
}

/** The edit a letter command makes (undefined: nothing to change; null: not a letter command). */
function letterAction(command: string, args: unknown[], doc: TextDocument, a: Analysis, edits: EditFactory): CodeAction | undefined | null {
  const text = doc.getText();
  switch (command) {
    case ServerCommands.fixAll:
      return fixAllAction(doc, a, edits);
    case ServerCommands.fixRule: {
      const ruleId = typeof args[2] === 'string' ? args[2] : '';
      const e = ruleEdits(text, a.result!.messages, ruleId);
      return e.length > 0 ? { title: ruleId, edit: workspaceEdit(doc, e, edits) } : undefined;
    }
    case ServerCommands.renumberDocument: {
      const e = renumberDocumentEdits(text, a.result!.tree);
      return e.length > 0 ? { title: 'renumber', edit: workspaceEdit(doc, e, edits) } : undefined;
    }
    case ServerCommands.renumberLevel: {
      const pos = args[2] as { line?: unknown; character?: unknown } | number | undefined;
      const offset = typeof pos === 'number' ? pos : pos && typeof pos.line === 'number' && typeof pos.character === 'number' ? doc.offsetAt({ line: pos.line, character: pos.character }) : -1;
      const r = offset >= 0 ? renumberLevelEdits(text, a.result!.tree, offset) : undefined;
      return r ? { title: 'renumber', edit: workspaceEdit(doc, r.edits, edits) } : undefined;
    }
    default:
      return null;
  }
}
