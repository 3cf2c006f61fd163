/**
 * Outline and folding from the reply tree: the title (with the header elements under it), each
 * 一、/（一）/1./（1） section nested by level, then the footer.
 */
import { SymbolKind, type DocumentSymbol, type FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { endOf as end, rangeOf, startOf as start, type Block, type Locale, type Range, type ReplyRoot, type Section } from '../index';
import { t } from './i18n';
import { toLspRange } from './positions';

function trimName(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1) + '…' : one || '…';
}

/** Top-level sections (parts.sections lists every section at every depth). */
export function topSections(tree: ReplyRoot): Section[] {
  return tree.children.filter((c): c is Section => c.type === 'section');
}

export function sectionName(text: string, s: Section): string {
  const h = s.heading;
  return trimName(text.slice(h.marker.range[0], h.marker.range[1]) + h.heading);
}

/** Heading (marker through heading text) of a section: the selection range. */
export function sectionHeadingRange(s: Section): Range {
  const h = s.heading;
  return [h.marker.range[0], Math.max(h.marker.range[1], h.headingRange[1])];
}

function symbol(doc: TextDocument, name: string, detail: string | undefined, kind: SymbolKind, range: Range, selection: Range, children: DocumentSymbol[] = []): DocumentSymbol {
  // The selection must lie inside the range; clamp rather than trust.
  const s0 = Math.max(range[0], Math.min(selection[0], range[1]));
  const s1 = Math.max(s0, Math.min(selection[1], range[1]));
  return { name, detail, kind, range: toLspRange(doc, range), selectionRange: toLspRange(doc, [s0, s1]), children };
}

function sectionSymbol(doc: TextDocument, text: string, s: Section, locale: Locale): DocumentSymbol {
  const children = s.children.filter((c): c is Section => c.type === 'section').map((c) => sectionSymbol(doc, text, c, locale));
  const level = Math.min(5, Math.max(1, s.heading.marker.level)) as 1 | 2 | 3 | 4 | 5;
  return symbol(doc, sectionName(text, s), t(locale, `level.${level}`), SymbolKind.Namespace, [start(s), end(s)], sectionHeadingRange(s), children);
}

export function documentSymbols(doc: TextDocument, tree: ReplyRoot, locale: Locale): DocumentSymbol[] {
  const text = tree.data.text;
  const p = tree.data.parts;
  const out: DocumentSymbol[] = [];
  const top = topSections(tree);
  const firstSection = top[0];
  const bodyStart = firstSection ? start(firstSection) : p.closing[0] ? start(p.closing[0]) : text.length;

  // Header: the title, with 文号, salutation and acknowledgement under it.
  const header: DocumentSymbol[] = [];
  if (p.docNumber) header.push(symbol(doc, p.docNumber.raw, t(locale, 'symbol.docNumber'), SymbolKind.Key, [start(p.docNumber), end(p.docNumber)], [start(p.docNumber), end(p.docNumber)]));
  if (p.salutation) header.push(symbol(doc, trimName(p.salutation.value), t(locale, 'symbol.salutation'), SymbolKind.Constant, rangeOf(p.salutation), rangeOf(p.salutation)));
  if (p.acknowledgement) {
    const r = p.acknowledgement.range;
    header.push(symbol(doc, trimName(text.slice(r[0], r[1]), 40), t(locale, 'symbol.acknowledgement'), SymbolKind.String, r, r));
  }
  if (p.title) {
    const r: Range = [start(p.title), Math.max(end(p.title), ...header.map((h) => doc.offsetAt(h.range.end)))];
    if (r[1] > bodyStart && firstSection) r[1] = Math.max(end(p.title), bodyStart);
    out.push(
      symbol(
        doc,
        trimName(p.title.value),
        t(locale, 'symbol.title'),
        SymbolKind.File,
        r,
        rangeOf(p.title),
        header.filter((h) => doc.offsetAt(h.range.end) <= r[1]),
      ),
    );
  } else out.push(...header);

  for (const s of top) out.push(sectionSymbol(doc, text, s, locale));

  // Footer: closing, attachments, fields, issuer, date, notes, copy list.
  const footerBlocks: Array<{ b: Block; name: string; detail: string; kind: SymbolKind }> = [];
  for (const b of p.closing) footerBlocks.push({ b, name: trimName(b.value, 30), detail: t(locale, 'symbol.closing'), kind: SymbolKind.String });
  for (const b of p.attachments) footerBlocks.push({ b, name: trimName(b.value, 40), detail: t(locale, 'symbol.attachments'), kind: SymbolKind.String });
  for (const f of p.fields) footerBlocks.push({ b: f, name: trimName(f.value, 40), detail: f.label, kind: SymbolKind.Field });
  if (p.issuer) footerBlocks.push({ b: p.issuer, name: trimName(p.issuer.value), detail: t(locale, 'symbol.issuer'), kind: SymbolKind.Constant });
  if (p.issueDateBlock) footerBlocks.push({ b: p.issueDateBlock, name: trimName(p.issueDateBlock.value), detail: t(locale, 'symbol.issueDate'), kind: SymbolKind.Constant });
  for (const b of p.notes) footerBlocks.push({ b, name: trimName(b.value, 40), detail: '', kind: SymbolKind.String });
  for (const f of p.cc) if (!p.fields.includes(f)) footerBlocks.push({ b: f, name: trimName(f.value, 40), detail: f.label, kind: SymbolKind.Field });
  const footer = footerBlocks.filter((x, i, all) => all.findIndex((y) => y.b === x.b) === i).sort((a, b) => start(a.b) - start(b.b));
  if (footer.length > 0) {
    const r: Range = [start(footer[0].b), Math.max(...footer.map((x) => end(x.b)))];
    const children = footer.map((x) => symbol(doc, x.name, x.detail || undefined, x.kind, rangeOf(x.b), rangeOf(x.b)));
    out.push(symbol(doc, t(locale, 'symbol.footer'), undefined, SymbolKind.Object, r, [r[0], end(footer[0].b)], children));
  }
  return out;
}

/** One folding range per section (and the header and footer), when they span lines. */
export function foldingRanges(doc: TextDocument, tree: ReplyRoot): FoldingRange[] {
  const out: FoldingRange[] = [];
  const text = tree.data.text;
  const add = (r: Range, kind?: FoldingRangeKind) => {
    let e = r[1];
    // Do not count the line break at the end of the range.
    while (e > r[0] && (text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
    const startLine = doc.positionAt(r[0]).line;
    const endLine = doc.positionAt(e).line;
    if (endLine > startLine) out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  const walk = (s: Section) => {
    add([start(s), end(s)]);
    for (const c of s.children) if (c.type === 'section') walk(c as Section);
  };
  const p = tree.data.parts;
  const top = topSections(tree);
  if (p.title && top[0]) add([start(p.title), start(top[0])], FoldingRangeKind.Region);
  for (const s of top) walk(s);
  const footer = [...p.closing, ...p.fields, ...(p.issueDateBlock ? [p.issueDateBlock] : []), ...p.cc];
  if (footer.length > 1) add([Math.min(...footer.map(start)), Math.max(...footer.map(end))], FoldingRangeKind.Region);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
