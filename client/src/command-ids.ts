/** Command ids contributed in package.json (no vscode import, so tests can check the manifest). */
export const Commands = {
  newReply: 'replylint.newReply',
  fixAll: 'replylint.fixAll',
  renumberDocument: 'replylint.renumberDocument',
  restartServer: 'replylint.restartServer',
  buildRegistryDraft: 'replylint.buildRegistryDraft',
  refreshStructure: 'replylint.structure.refresh',
  reveal: 'replylint.structure.reveal',
  refreshReplies: 'replylint.replies.refresh',
  sortReplies: 'replylint.replies.sort',
  filterReplies: 'replylint.replies.filter',
  exportToWord: 'replylint.exportToWord',
  checkWordDocument: 'replylint.checkWordDocument',
  writeReviewedCopy: 'replylint.writeReviewedCopy',
} as const;
