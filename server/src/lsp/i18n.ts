/** Every string the language server shows, in both languages; `t(locale, key, …args)`. */
import type { Locale } from '../engine/messages';

const strings = {
  'action.fix': { zh: '修复：{0}', en: 'Fix: {0}' },
  'action.fixRule': { zh: '修复本文中所有“{0}”问题', en: 'Fix all {0} problems in this letter' },
  'action.fixAll': { zh: '修复所有可自动修复的问题（replylint）', en: 'Fix all auto-fixable problems (replylint)' },
  'action.disableLine': { zh: '在此处停用规则 {0}（下一行）', en: 'Disable {0} for the next line' },
  'action.renumberLevel': { zh: '重排本级编号（{0}）', en: 'Renumber this level ({0})' },
  'action.renumberDocument': { zh: '重排全文编号', en: 'Renumber the whole letter' },
  'action.showDocs': { zh: '查看规则 {0} 的说明', en: 'Show documentation for {0}' },
  'symbol.title': { zh: '标题', en: 'Title' },
  'symbol.docNumber': { zh: '发文字号', en: 'Document number' },
  'symbol.salutation': { zh: '称谓', en: 'Salutation' },
  'symbol.acknowledgement': { zh: '来文', en: 'Acknowledgement' },
  'symbol.footer': { zh: '落款', en: 'Footer' },
  'symbol.closing': { zh: '结束语', en: 'Closing' },
  'symbol.issuer': { zh: '发文机关署名', en: 'Issuer' },
  'symbol.issueDate': { zh: '成文日期', en: 'Date' },
  'symbol.attachments': { zh: '附件', en: 'Attachments' },
  'level.1': { zh: '一级标题', en: 'Level 1' },
  'level.2': { zh: '二级标题', en: 'Level 2' },
  'level.3': { zh: '三级标题', en: 'Level 3' },
  'level.4': { zh: '四级标题', en: 'Level 4' },
  'level.5': { zh: '更深层级', en: 'Deeper level' },
  'element.title': { zh: '标题', en: 'Title' },
  'element.docNumber': { zh: '发文字号', en: 'Document number' },
  'element.resultCategory': { zh: '办理结果分类', en: 'Result category' },
  'element.disclosure': { zh: '公开属性', en: 'Disclosure' },
  'element.salutation': { zh: '称谓（代表/委员）', en: 'Salutation (deputy/member)' },
  'element.acknowledgement': { zh: '来文及“收悉”', en: 'Acknowledgement (收悉)' },
  'element.body': { zh: '正文', en: 'Body' },
  'element.closing': { zh: '结束语', en: 'Closing thanks' },
  'element.signer': { zh: '领导署名', en: 'Signer' },
  'element.contact': { zh: '联系人', en: 'Contact person' },
  'element.phone': { zh: '联系电话', en: 'Phone' },
  'element.issuer': { zh: '发文机关署名', en: 'Issuer' },
  'element.issueDate': { zh: '成文日期', en: 'Date' },
  'element.cc': { zh: '抄送', en: 'Copy to (抄送)' },
  'hover.citation': { zh: '**《{0}》**', en: '**《{0}》**' },
  'hover.citedTimes': { zh: '本函引用 {0} 次', en: 'Cited {0} time(s) in this letter' },
  'hover.docNumber': { zh: '文号：{0}', en: 'Document number: {0}' },
  'hover.noDocNumber': { zh: '本函未给出文号', en: 'No document number given in this letter' },
  'hover.alsoIn': { zh: '另有 {0} 个打开的文档引用了它', en: 'Also cited in {0} other open document(s)' },
  'hover.otherNumbers': { zh: '其他文档中的文号：{0}', en: 'Document number elsewhere: {0}' },
  'hover.registry': { zh: '政策登记表：{0}', en: 'Policy registry: {0}' },
  'hover.registryIssuer': { zh: '发文机关：{0}', en: 'Issued by: {0}' },
  'hover.registryDate': { zh: '日期：{0}', en: 'Date: {0}' },
  'hover.registryStatus': { zh: '状态：{0}', en: 'Status: {0}' },
  'hover.replacedBy': { zh: '已由 {0} 替代', en: 'Replaced by {0}' },
  'hover.notInRegistry': { zh: '政策登记表中没有这份文件', en: 'Not in the configured policy registry' },
  'status.in-force': { zh: '现行有效', en: 'in force' },
  'status.amended': { zh: '已修订', en: 'amended' },
  'status.repealed': { zh: '已废止', en: 'repealed' },
  'completion.registry': { zh: '政策登记表', en: 'Policy registry' },
  'hover.unknown': { zh: '未配置政策登记表（.replylintrc.json 的 registry），只能依据已打开的文档', en: 'No policy registry configured (registry in .replylintrc.json); only open documents are known' },
  'hover.headerDocNumber': { zh: '本函的发文字号', en: 'This letter’s own document number' },
  'hover.citedDocNumber': { zh: '引用文件的文号', en: 'Document number of a cited document' },
  'hover.agency': { zh: '机关代字：{0}；年份：{1}；序号：{2}', en: 'Agency code: {0}; year: {1}; serial: {2}' },
  'hover.citesTitle': { zh: '对应文件：《{0}》', en: 'Document: 《{0}》' },
  'hover.rule': { zh: '规则 `{0}`（{1}）', en: 'Rule `{0}` ({1})' },
  'hover.ruleSeverity': { zh: '默认级别：{0}；自动修复：{1}', en: 'Default severity: {0}; autofix: {1}' },
  'hover.ruleDocs': { zh: '[规则说明]({0})', en: '[Rule documentation]({0})' },
  'hover.unknownRule': { zh: '未知规则 `{0}`', en: 'Unknown rule `{0}`' },
  'fixable.safe': { zh: '安全修复', en: 'safe' },
  'fixable.suggest': { zh: '建议修复', en: 'suggestion' },
  'fixable.none': { zh: '无', en: 'none' },
  'severity.error': { zh: '错误', en: 'error' },
  'severity.warning': { zh: '警告', en: 'warning' },
  'severity.info': { zh: '提示', en: 'info' },
  'completion.title': { zh: '已引用的文件', en: 'Cited document' },
  'completion.withNumber': { zh: '含文号', en: 'with document number' },
  'completion.docNumber': { zh: '已引用的文号', en: 'Cited document number' },
  'config.error': { zh: '配置错误：{0}', en: 'Configuration error: {0}' },
  'edit.stale': { zh: '文档已更改，请重试', en: 'The document changed; try again' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type StringKey = keyof typeof strings;

export function t(locale: Locale, key: StringKey, ...args: Array<string | number>): string {
  const s: string = strings[key][locale];
  return args.length === 0 ? s : s.replace(/\{(\d)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}

/** zh* → zh, everything else → en. */
export function localeOf(tag: string | undefined | null): Locale {
  return tag && /^zh\b/i.test(tag) ? 'zh' : tag ? 'en' : 'zh';
}
