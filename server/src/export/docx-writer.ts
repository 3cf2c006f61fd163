/**
 * Letter elements + layout → a .docx (the `docx` package builds the parts; numbers come from
 * layout.ts). Numbering stays typed text, never Word auto-numbering. Every paragraph has an exact
 * line pitch (22 lines to the block) and body-size runs are tightened to the block's character
 * pitch (28 to the line): both are plain paragraph and run properties that Word and LibreOffice
 * honour alike. (A w:docGrid of lines and characters is what Word's page setup writes, but
 * LibreOffice sets its character grid wider (about 20 to the line) and puts a 2号 title on two
 * grid lines, so the layout does not depend on it.)
 */
import { AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { charPitchPt, margins, twipsFromMm, twipsFromPt, MM_PER_PT, type FontRole, type FontSpec, type Layout } from '../profiles/layout';
import { charWidth, titleLines } from './title-lines';
import { finishPackage } from './finish-package';
import type { LetterElement } from './elements';

export interface DocxMeta {
  /** Shown in File › Properties; the title of the letter. */
  title?: string;
  creator?: string;
}

/** Run properties for one font role: East-Asian name on w:eastAsia, Latin/digits on w:ascii/w:hAnsi. */
export function runFont(spec: FontSpec): Pick<IRunOptions, 'font' | 'size' | 'bold'> {
  const eastAsia = spec.eastAsia[0];
  return { font: { eastAsia, ascii: spec.latin, hAnsi: spec.latin, cs: spec.latin }, size: Math.round(spec.sizePt * 2), bold: spec.bold || undefined };
}

export class LetterDocx {
  private readonly pitch: number;
  private readonly line: { line: number; lineRule: typeof LineRuleType.EXACT };

  constructor(private readonly layout: Layout) {
    this.pitch = charPitchPt(layout);
    this.line = { line: twipsFromPt(layout.linePitchPt.value), lineRule: LineRuleType.EXACT };
  }

  private font(role: FontRole) {
    return runFont(this.layout.fonts[role].value);
  }

  /** Indents in twips, counted in body characters (the grid's pitch). */
  private chars(n: number) {
    return Math.round(n * this.pitch * 20);
  }

  private blankLines(n: number) {
    return Math.round(n * this.line.line);
  }

  private para(
    runs: ParagraphChild[],
    opts: {
      align?: 'left' | 'center' | 'right' | 'both';
      firstLine?: number;
      left?: number;
      right?: number;
      hanging?: number;
      before?: number;
      border?: { top?: number; bottom?: number };
      keepNext?: boolean;
    } = {},
  ) {
    // Rules of the 版记, by thickness in mm.
    const rule = (mm: number) => ({ style: BorderStyle.SINGLE, size: Math.max(2, Math.round((mm / MM_PER_PT) * 8)), color: '000000', space: 1 });
    return new Paragraph({
      children: runs,
      alignment: { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, both: AlignmentType.BOTH }[opts.align ?? 'both'],
      spacing: { ...this.line, before: opts.before ?? 0, after: 0 },
      indent: { firstLine: opts.firstLine, left: opts.left, right: opts.right, hanging: opts.hanging },
      border: opts.border ? { top: opts.border.top ? rule(opts.border.top) : undefined, bottom: opts.border.bottom ? rule(opts.border.bottom) : undefined } : undefined,
      widowControl: false,
      keepNext: opts.keepNext,
    });
  }

  /** A run in `role`'s font; text at body size is tightened to the grid's pitch (28 to the line). */
  private text(s: string, role: FontRole) {
    return new TextRun({ text: s, ...this.font(role), characterSpacing: this.tighten(role) });
  }

  /** w:spacing in twentieths of a point, rounded down so that 28 characters never overfill the block. */
  private tighten(role: FontRole): number | undefined {
    const size = this.layout.fonts[role].value.sizePt;
    if (role === 'title' || role === 'pageNumber' || role === 'copyTo') return undefined;
    const d = Math.floor((this.pitch - size) * 20);
    return d === 0 ? undefined : d;
  }

  /** Every element as paragraphs, in reading order; from the first 抄送 on, the 版记. */
  paragraphs(elements: LetterElement[]): Paragraph[] {
    const L = this.layout;
    const out: Paragraph[] = [];
    const copyTo: LetterElement[] = [];
    let prev: LetterElement | undefined;
    const titleSize = L.fonts.title.value.sizePt;
    const capacity = L.textBlock.widthMm.value / MM_PER_PT / titleSize;
    const issuer = elements.find((x) => x.role === 'issuer');
    const date = elements.find((x) => x.role === 'date');
    // The signature block starts one blank line below the body (or the 附件说明).
    const sigSpace = (p: LetterElement | undefined) => (p && (p.role === 'paragraph' || p.role === 'heading' || p.role === 'attachment') ? this.blankLines(L.signatureSpaceLines.value) : 0);
    const signature = signaturePlace(issuer && charWidth(issuer.text), date && charWidth(date.text), L.dateRightChars.value);
    for (const e of elements) {
      // From the first 抄送 on, the rest (a 印发 line…) belongs to the 版记, in its order.
      if (copyTo.length > 0) {
        copyTo.push(e);
        continue;
      }
      switch (e.role) {
        case 'docNumber':
          out.push(this.para([this.text(e.text, 'body')], { align: L.docNumberAlign.value === 'right' ? 'right' : 'center' }));
          break;
        case 'headerLine':
          out.push(this.para([this.text(e.text, 'body')], { align: 'right' }));
          break;
        case 'letterhead':
          // 发文机关标志 (7.2.1 / 10.1): centred in the title's face; the red and the double rule are the printer's.
          out.push(this.para([this.text(e.text, 'title')], { align: 'center' }));
          break;
        case 'title': {
          // 标题 two lines below what is above it (the 文号 or the top of the block), one line above the 主送机关.
          const runs: ParagraphChild[] = [];
          titleLines(e.text, capacity).forEach((line, i) => runs.push(new TextRun({ text: line, break: i > 0 ? 1 : 0, ...this.font('title') })));
          out.push(this.para(runs, { align: 'center', before: out.length > 0 ? this.blankLines(L.titleSpaceBeforeLines.value) : 0 }));
          for (let i = 0; i < L.titleSpaceAfterLines.value; i++) out.push(this.para([], {}));
          break;
        }
        case 'salutation':
          out.push(this.para([this.text(e.text, 'body')], { align: 'left' }));
          break;
        case 'heading': {
          const role = `heading${e.level ?? 4}` as FontRole;
          const head = e.text.slice(0, e.headLength ?? e.text.length);
          const rest = e.text.slice(head.length);
          const runs = [this.text(head, role)];
          if (rest) runs.push(this.text(rest, 'body'));
          out.push(this.para(runs, { firstLine: this.chars(L.paragraphIndentChars.value) }));
          break;
        }
        case 'attachment':
          // 附件：1.… and its further items under the first one (after the three characters of 附件：).
          out.push(
            this.para([this.text(e.text, 'body')], {
              left: prev?.role === 'attachment' ? this.chars(L.attachmentIndentChars.value + 3) : undefined,
              firstLine: prev?.role === 'attachment' ? undefined : this.chars(L.attachmentIndentChars.value),
              before: prev?.role === 'attachment' ? 0 : this.blankLines(1),
            }),
          );
          break;
        case 'footerField':
        case 'note':
          out.push(this.para([this.text(e.text, 'body')], { align: 'left', firstLine: this.chars(L.noteIndentChars.value), before: e.role === 'footerField' ? sigSpace(prev) : 0 }));
          break;
        case 'issuer': {
          out.push(this.para([this.text(e.text, 'body')], { align: 'right', right: this.chars(signature.issuerRight), before: sigSpace(prev) }));
          break;
        }
        case 'date':
          out.push(this.para([this.text(e.text, 'body')], { align: 'right', right: this.chars(signature.dateRight) }));
          break;
        case 'copyTo':
          copyTo.push(e);
          break;
        default:
          out.push(this.para([this.text(e.text, 'body')], { firstLine: this.chars(L.paragraphIndentChars.value) }));
      }
      prev = e;
    }
    if (copyTo.length > 0) out.push(...this.copyToBlock(copyTo));
    return out;
  }

  /**
   * 版记 (7.4): 抄送 and what follows it (印发机关和印发日期) between a 0.35 mm rule above and
   * below, a 0.25 mm rule between the two; 4号, one character in on both sides, wrapped lines under
   * the first name; a blank line below the body, kept together on one page. (GB/T 9704 puts the
   * last rule on the block's bottom edge; a frame aligned to the bottom margin does that in Word,
   * but LibreOffice splits such a frame across pages when the last page is full, so the 版记
   * follows the body. Word draws a paragraph's border between its indents, so there the rules
   * are one character short of the block at each end.)
   */
  private copyToBlock(items: LetterElement[]): Paragraph[] {
    const L = this.layout;
    const size = L.fonts.copyTo.value.sizePt;
    const inset = Math.round(L.copyTo.indentChars.value * size * 20);
    const outer = L.copyTo.outerRuleMm.value;
    return items.map((e, i) => {
      const colon = e.role === 'copyTo' ? Math.max(e.text.indexOf('：'), e.text.indexOf(':')) : -1;
      // 回行时与冒号后的首字对齐: hang the wrapped lines under the first name.
      const hanging = colon >= 0 ? Math.round(charWidth(e.text.slice(0, colon + 1)) * size * 20) : 0;
      const top = i === 0 ? outer : e.role !== 'copyTo' && items[i - 1].role === 'copyTo' ? L.copyTo.innerRuleMm.value : undefined;
      const bottom = i === items.length - 1 ? outer : undefined;
      return this.para([this.text(e.text, 'copyTo')], {
        align: 'left',
        left: inset + hanging,
        hanging,
        right: inset,
        border: { top, bottom },
        before: i === 0 ? this.blankLines(1) : 0,
        keepNext: i < items.length - 1,
      });
    });
  }

  /** — N —, 4号 宋体, odd pages right and even pages left, one character in (7.5). */
  private pageNumberFooter(side: 'right' | 'left') {
    const L = this.layout;
    const spec = L.fonts.pageNumber.value;
    const dash = L.pageNumber.dash.value;
    const inset = Math.round(L.pageNumber.insetChars.value * spec.sizePt * 20);
    const run = (children: Array<string | (typeof PageNumber)[keyof typeof PageNumber]>) => new TextRun({ children, ...runFont(spec) });
    return new Footer({
      children: [
        new Paragraph({
          alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: side === 'right' ? { right: inset } : { left: inset },
          spacing: { line: twipsFromPt(spec.sizePt), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
          children: [run([`${dash} `, PageNumber.CURRENT, ` ${dash}`])],
        }),
      ],
    });
  }

  document(elements: LetterElement[], meta: DocxMeta = {}): Document {
    const L = this.layout;
    const m = margins(L);
    const body = L.fonts.body.value;
    const pn = L.fonts.pageNumber.value;
    // The footer's bottom edge sits so that the top of the number line is belowTextBlockMm under the block.
    const footerMm = m.bottom - L.pageNumber.belowTextBlockMm.value - pn.sizePt * MM_PER_PT;
    const blank = new Footer({ children: [new Paragraph({})] });
    return new Document({
      creator: meta.creator ?? 'Reply Lint',
      title: meta.title,
      evenAndOddHeaderAndFooters: true,
      styles: {
        default: {
          document: {
            // Chinese as the East-Asian language: Word's line-breaking rules (no 。 at a line's start) follow it.
            run: { ...runFont(body), language: { value: 'en-US', eastAsia: 'zh-CN' } },
            paragraph: { spacing: { ...this.line, before: 0, after: 0 } },
          },
        },
      },
      sections: [
        {
          properties: {
            titlePage: !L.pageNumber.onFirstPage.value,
            page: {
              size: { width: twipsFromMm(L.page.widthMm.value), height: twipsFromMm(L.page.heightMm.value) },
              margin: { top: twipsFromMm(m.top), left: twipsFromMm(m.left), right: twipsFromMm(m.right), bottom: twipsFromMm(m.bottom), header: twipsFromMm(15), footer: twipsFromMm(footerMm), gutter: 0 },
            },
          },
          footers: { default: this.pageNumberFooter('right'), even: this.pageNumberFooter('left'), ...(L.pageNumber.onFirstPage.value ? {} : { first: blank }) },
          children: this.paragraphs(elements),
        },
      ],
    });
  }
}

/**
 * 7.3.5.1: the date right-indented four characters, the issuer centred on it. An issuer too long
 * to centre inside the block pushes both left. Right indents in characters.
 */
export function signaturePlace(issuerWidth: number | undefined, dateWidth: number | undefined, dateRight: number): { issuerRight: number; dateRight: number } {
  if (issuerWidth === undefined || dateWidth === undefined) return { issuerRight: dateRight, dateRight };
  const issuerRight = dateRight + (dateWidth - issuerWidth) / 2;
  return issuerRight >= 0 ? { issuerRight, dateRight } : { issuerRight: 0, dateRight: dateRight - issuerRight };
}

export async function writeDocx(elements: LetterElement[], layout: Layout, meta?: DocxMeta): Promise<Buffer> {
  const bytes = await Packer.toBuffer(new LetterDocx(layout).document(elements, meta));
  return finishPackage(
    bytes,
    Object.values(layout.fonts).map((f) => f.value),
  );
}
