/** Hover on a 《title》, a 文号 or a rule id in a disable comment. */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Citation, type DocNumber, DOCS_BASE, KIND_LABELS, type LetterKind, type LintConfig, type Locale, lookupPolicy, type PolicyEntry, type ReplyRoot, ruleById } from '../index';
import type { Knowledge } from './citations';
import { t } from './i18n';
import { toLspRange } from './positions';

const off = (n: { position: { start: { offset?: number }; end: { offset?: number } } }): [number, number] => [n.position.start.offset ?? 0, n.position.end.offset ?? 0];
const inside = (r: [number, number], at: number) => r[0] <= at && at <= r[1];

export function hoverAt(doc: TextDocument, tree: ReplyRoot, offset: number, locale: Locale, knowledge: Knowledge, config: LintConfig = {}): Hover | null {
  const p = tree.data.parts;
  const text = tree.data.text;

  const d = p.docNumbers.find((n) => inside(off(n), offset)) ?? (p.docNumber && inside(off(p.docNumber), offset) ? p.docNumber : undefined);
  if (d) return docNumberHover(doc, tree, d, locale, knowledge, config);

  const c = p.citations.find((n) => inside([n.titleRange[0] - 1, n.titleRange[1] + 1], offset));
  if (c) return citationHover(doc, tree, c, locale, knowledge, config);

  for (const dir of tree.data.directives) {
    if (!inside(dir.range, offset)) continue;
    // The rule id under the cursor: a run of [a-z0-9-] around the offset.
    let s = offset;
    let e = offset;
    while (s > dir.range[0] && /[a-z0-9-]/.test(text[s - 1])) s--;
    while (e < dir.range[1] && /[a-z0-9-]/.test(text[e])) e++;
    const id = text.slice(s, e);
    if (!id || !dir.rules.includes(id)) return null;
    return { contents: { kind: MarkupKind.Markdown, value: ruleDocs(id, locale) }, range: toLspRange(doc, [s, e]) };
  }
  // On the title or the salutation: the letter's kind, as the parser read it, and what it requires.
  const head = [p.title, p.salutation].find((b) => b && inside(off(b), offset));
  if (head) return { contents: { kind: MarkupKind.Markdown, value: kindLines(p.kind, locale).join('  \n') }, range: toLspRange(doc, off(head)) };
  return null;
}

const REQUIREMENT_NAMES: Record<keyof LetterKind['requires'], { zh: string; en: string }> = {
  acknowledgement: { zh: '“收悉”', en: '收悉' },
  number: { zh: '建议（提案）编号', en: 'the suggestion’s number' },
  transition: { zh: '“现答复如下：”', en: '现答复如下：' },
  closing: { zh: '结束语', en: 'a closing' },
};

function kindLines(kind: LetterKind, locale: Locale): string[] {
  const lang = locale === 'en' ? 'en' : 'zh';
  const lines = [t(locale, 'hover.kind', KIND_LABELS[kind.name][lang])];
  const req = (Object.keys(REQUIREMENT_NAMES) as Array<keyof LetterKind['requires']>).filter((k) => kind.requires[k]);
  lines.push(req.length ? t(locale, 'hover.kindRequires', req.map((k) => REQUIREMENT_NAMES[k][lang]).join(lang === 'zh' ? '、' : ', ')) : t(locale, 'hover.kindRequiresNothing'));
  if (kind.startsMidLetter) lines.push(t(locale, 'hover.kindMid'));
  return lines;
}

export function ruleDocs(id: string, locale: Locale): string {
  const rule = ruleById(id);
  if (!rule) return t(locale, 'hover.unknownRule', id);
  const fixable = rule.fixable === 'safe' ? t(locale, 'fixable.safe') : rule.fixable === 'suggest' ? t(locale, 'fixable.suggest') : t(locale, 'fixable.none');
  const lines = [t(locale, 'hover.rule', rule.id, rule.code), '', rule.docs[locale], '', t(locale, 'hover.ruleSeverity', t(locale, `severity.${rule.severity}`), fixable)];
  if (rule.source) lines.push('', `_${rule.source}_`);
  lines.push('', t(locale, 'hover.ruleDocs', DOCS_BASE + rule.id + '.md'));
  return lines.join('\n');
}

/** What the configured registry says, or that it has no such entry, or that none is configured. */
function registryLines(config: LintConfig, query: string, locale: Locale): string[] {
  if (!config.registry) return ['', `_${t(locale, 'hover.unknown')}_`];
  const e: PolicyEntry | undefined = lookupPolicy(config, query);
  if (!e) return ['', `_${t(locale, 'hover.notInRegistry')}_`];
  const lines = ['', t(locale, 'hover.registry', `《${e.title}》${e.docNumber ? `（${e.docNumber}）` : ''}`)];
  if (e.issuer) lines.push(t(locale, 'hover.registryIssuer', e.issuer));
  if (e.date) lines.push(t(locale, 'hover.registryDate', e.date));
  if (e.status) lines.push(t(locale, 'hover.registryStatus', t(locale, `status.${e.status}`)));
  if (e.replacedBy) lines.push(t(locale, 'hover.replacedBy', e.replacedBy));
  if (e.url) lines.push(`<${e.url}>`);
  return lines;
}

function citationHover(doc: TextDocument, tree: ReplyRoot, c: Citation, locale: Locale, knowledge: Knowledge, config: LintConfig): Hover {
  const p = tree.data.parts;
  const same = p.citations.filter((x) => x.title === c.title);
  const here = new Set(same.filter((x) => x.docNumber).map((x) => x.docNumber!.raw));
  const known = knowledge.titles.get(c.title);
  const elsewhere = known ? [...known.uris].filter((u) => u !== doc.uri).length : 0;
  const lines = [t(locale, 'hover.citation', c.title), '', t(locale, 'hover.citedTimes', same.length)];
  if (here.size > 0) lines.push(t(locale, 'hover.docNumber', [...here].join('、')));
  else lines.push(t(locale, 'hover.noDocNumber'));
  const other = known ? [...known.docNumbers].filter((n) => !here.has(n)) : [];
  if (other.length > 0) lines.push(t(locale, 'hover.otherNumbers', other.join('、')));
  if (elsewhere > 0) lines.push(t(locale, 'hover.alsoIn', elsewhere));
  lines.push(...registryLines(config, c.title, locale));
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('  \n') }, range: toLspRange(doc, [c.titleRange[0] - 1, Math.min(tree.data.text.length, c.titleRange[1] + 1)]) };
}

function docNumberHover(doc: TextDocument, tree: ReplyRoot, d: DocNumber, locale: Locale, knowledge: Knowledge, config: LintConfig): Hover {
  const p = tree.data.parts;
  const own = d === p.docNumber || (p.docNumber && off(p.docNumber)[0] === off(d)[0]);
  const lines = [`**${d.raw}**`, '', t(locale, own ? 'hover.headerDocNumber' : 'hover.citedDocNumber'), t(locale, 'hover.agency', d.agency || '—', d.year || '—', d.serial || '—')];
  if (!own) {
    const titles = new Set(p.citations.filter((c) => c.docNumber && c.docNumber.raw === d.raw).map((c) => c.title));
    for (const title of knowledge.docNumbers.get(d.raw)?.titles ?? []) titles.add(title);
    for (const title of titles) lines.push(t(locale, 'hover.citesTitle', title));
    lines.push(...registryLines(config, d.raw, locale));
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('  \n') }, range: toLspRange(doc, off(d)) };
}
