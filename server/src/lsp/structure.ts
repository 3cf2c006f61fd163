/** The `replylint/structure` answer: checklist, section tree and cited policies of one letter. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Block, KIND_LABELS, rangeOf, type LintConfig, type Locale, lookupPolicy, type Profile, type Range, type ReplyMessage, type ReplyRoot, type Section } from '../index';
import type { ChecklistItem, CitationInfo, Counts, SectionNode, StructureResult } from './protocol';
import type { Knowledge } from './citations';
import { sectionHeadingRange, sectionName, topSections } from './symbols';
import { t, type StringKey } from './i18n';
import { toLspRange } from './positions';

export function countsOf(messages: ReplyMessage[] | undefined): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const m of messages ?? []) c[m.severity]++;
  return c;
}

export function checklist(doc: TextDocument, tree: ReplyRoot, profile: Profile, locale: Locale): ChecklistItem[] {
  const p = tree.data.parts;
  const field = (...kinds: string[]) => p.fields.find((f) => kinds.includes(f.kind));
  const disclosure = tree.data.blocks.find((b) => b.type === 'disclosure') ?? field('disclosure');
  const req = profile.require;
  const ack = p.acknowledgement?.received ? p.acknowledgement : undefined;
  const items: Array<[string, boolean, Range | undefined]> = [
    ['resultCategory', req.resultCategory, p.resultCategory && rangeOf(p.resultCategory)],
    ['disclosure', req.disclosure, disclosure && rangeOf(disclosure)],
    ['title', req.title, p.title && rangeOf(p.title)],
    ['docNumber', req.docNumber, p.docNumber && rangeOf(p.docNumber)],
    ['salutation', req.salutation, p.salutation && rangeOf(p.salutation)],
    // The letter's kind may waive an element (a co-handler's opinion has no 收悉 or closing).
    ['acknowledgement', req.acknowledgement && p.kind.requires.acknowledgement, ack?.range],
    ['body', true, p.sections[0] ? rangeOf(p.sections[0]) : p.body[0] && rangeOf(p.body[0] as Block)],
    ['closing', req.closing && p.kind.requires.closing, p.closing[0] && rangeOf(p.closing[0])],
    ['signer', req.signer, field('signer') && rangeOf(field('signer')!)],
    ['contact', req.contact, field('contact', 'contactPhone') && rangeOf(field('contact', 'contactPhone')!)],
    ['phone', req.phone, field('phone', 'contactPhone') && rangeOf(field('phone', 'contactPhone')!)],
    ['issuer', req.issuer, p.issuer && rangeOf(p.issuer)],
    ['issueDate', req.issueDate, p.issueDateBlock ? rangeOf(p.issueDateBlock) : p.issueDate && rangeOf(p.issueDate)],
    ['cc', req.cc, p.cc[0] && rangeOf(p.cc[0])],
  ];
  return items.map(([id, required, range]) => {
    const item: ChecklistItem = { id, label: t(locale, `element.${id}` as StringKey), present: !!range, required };
    if (range) item.range = toLspRange(doc, range);
    return item;
  });
}

function sectionNodes(doc: TextDocument, text: string, sections: Section[]): SectionNode[] {
  return sections.map((s) => ({
    label: sectionName(text, s),
    level: s.heading.marker.level,
    range: toLspRange(doc, rangeOf(s)),
    selectionRange: toLspRange(doc, sectionHeadingRange(s)),
    children: sectionNodes(
      doc,
      text,
      s.children.filter((c): c is Section => c.type === 'section'),
    ),
  }));
}

function citations(doc: TextDocument, tree: ReplyRoot, messages: ReplyMessage[], knowledge: Knowledge, config: LintConfig): CitationInfo[] {
  const p = tree.data.parts;
  const byTitle = new Map<string, CitationInfo & { ranges: Range[] }>();
  for (const c of p.citations) {
    if (c === p.acknowledgement?.title) continue;
    const r = rangeOf(c);
    let info = byTitle.get(c.title);
    if (!info) {
      const known = knowledge.titles.get(c.title);
      info = { title: c.title, count: 0, range: toLspRange(doc, r), status: 'ok', alsoIn: known ? [...known.uris].filter((u) => u !== doc.uri).length : 0, ranges: [] };
      byTitle.set(c.title, info);
    }
    info.count++;
    info.ranges.push(r);
    if (c.docNumber && !info.docNumber) info.docNumber = c.docNumber.raw;
  }
  const out: CitationInfo[] = [];
  for (const { ranges, ...info } of byTitle.values()) {
    // A finding on one of its citations (not an aggregated whole-letter one) marks a problem.
    const problem = messages.some((m) => !m.fix?.edits && ranges.some((r) => m.range[0] < r[1] && r[0] < m.range[1]));
    // With a registry: unknown titles are 'unknown', repealed ones a problem.
    const entry = config.registry ? lookupPolicy(config, info.title) : undefined;
    const status = problem || entry?.status === 'repealed' ? 'problem' : config.registry && !entry ? 'unknown' : info.status;
    out.push({ ...info, status });
  }
  return out;
}

export function structureOf(opts: {
  doc: TextDocument;
  tree: ReplyRoot;
  messages: ReplyMessage[];
  profile: Profile;
  locale: Locale;
  knowledge: Knowledge;
  config?: LintConfig;
}): Omit<StructureResult, 'uri' | 'version' | 'isReply'> {
  const { doc, tree, messages, profile, locale, knowledge, config = {} } = opts;
  return {
    profile: profile.id,
    kind: { id: tree.data.parts.kind.name, label: KIND_LABELS[tree.data.parts.kind.name][locale === 'en' ? 'en' : 'zh'] },
    checklist: checklist(doc, tree, profile, locale),
    sections: sectionNodes(doc, tree.data.text, topSections(tree)),
    citations: citations(doc, tree, messages, knowledge, config),
    counts: countsOf(messages),
  };
}
