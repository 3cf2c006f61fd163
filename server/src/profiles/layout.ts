/**
 * The page and type layout of an exported letter: every number with the clause of
 * GB/T 9704-2012《党政机关公文格式》 it comes from. One place to read and to change; a profile
 * overrides any of it (`layoutFor`). Lengths in millimetres, type sizes in points. In profiles/
 * because a profile carries it (`layout`) and config validates it (layoutSchema); export/ prints it.
 */

/** A number (or name) and where the standard says so. */
export interface Sourced<T> {
  value: T;
  clause: string;
}

export interface FontSpec {
  /** East-Asian font names in order of preference: the first is set on runs (w:eastAsia), the rest are its fallbacks. */
  eastAsia: string[];
  /** Font for Latin letters and digits in the same runs (w:ascii / w:hAnsi). */
  latin: string;
  sizePt: number;
  bold: boolean;
}

export type FontRole = 'title' | 'body' | 'heading1' | 'heading2' | 'heading3' | 'heading4' | 'pageNumber' | 'copyTo';

export interface Layout {
  page: { widthMm: Sourced<number>; heightMm: Sourced<number> };
  /** 天头 and 订口; the right and bottom margins follow from the text block. */
  margin: { topMm: Sourced<number>; leftMm: Sourced<number> };
  textBlock: { widthMm: Sourced<number>; heightMm: Sourced<number> };
  grid: { linesPerPage: Sourced<number>; charsPerLine: Sourced<number> };
  /**
   * Exact line pitch. 225 mm / 22 lines = 28.98 pt; the common 28.95 pt (579 twips) keeps 22 lines
   * inside the block with rounding to spare. Some provinces print 28 pt fixed: a profile sets it.
   */
  linePitchPt: Sourced<number>;
  fonts: Record<FontRole, Sourced<FontSpec>>;
  /** Blank lines between the title and the element above it (the 文号) / below it (the 主送机关). */
  titleSpaceBeforeLines: Sourced<number>;
  titleSpaceAfterLines: Sourced<number>;
  /** Body paragraphs and headings: first line indented this many characters. */
  paragraphIndentChars: Sourced<number>;
  /** 附件说明: a blank line above, indented two characters. */
  attachmentIndentChars: Sourced<number>;
  /** 成文日期 right indent; the issuer is centred on the date. */
  dateRightChars: Sourced<number>;
  /** Blank lines between the body (or 附件说明) and the issuer. */
  signatureSpaceLines: Sourced<number>;
  /** 附注 (and 联系人/联系电话): left indent. */
  noteIndentChars: Sourced<number>;
  /** 发文字号: 'right' = 信函格式 (flush right under the organ's line), 'center' = 文件格式. */
  docNumberAlign: Sourced<'right' | 'center'>;
  /** 版记: indent of 抄送 (left and right), rule weights. */
  copyTo: { indentChars: Sourced<number>; outerRuleMm: Sourced<number>; innerRuleMm: Sourced<number> };
  pageNumber: {
    /** Distance from the bottom of the text block to the top of the number line. */
    belowTextBlockMm: Sourced<number>;
    /** Odd pages right, even pages left, this many characters in. */
    insetChars: Sourced<number>;
    dash: Sourced<string>;
    /** Page numbers from page 1 (信函格式 leaves page 1 bare: set false). */
    onFirstPage: Sourced<boolean>;
  };
}

const FANGSONG = ['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong'];
const font = (eastAsia: string[], sizePt: number, clause: string, bold = false, latin = 'Times New Roman'): Sourced<FontSpec> => ({
  value: { eastAsia, latin, sizePt, bold },
  clause,
});

/** GB/T 9704-2012 as printed; 3号 = 16 pt, 2号 = 22 pt, 4号 = 14 pt (GB/T 9704 3.2, 字号). */
export const GB9704: Layout = {
  page: { widthMm: { value: 210, clause: '5.2.1 幅面尺寸（A4）' }, heightMm: { value: 297, clause: '5.2.1 幅面尺寸（A4）' } },
  margin: { topMm: { value: 37, clause: '5.2.2 天头 37 mm' }, leftMm: { value: 28, clause: '5.2.2 订口 28 mm' } },
  textBlock: { widthMm: { value: 156, clause: '5.2.2 版心 156 mm × 225 mm' }, heightMm: { value: 225, clause: '5.2.2 版心 156 mm × 225 mm' } },
  grid: { linesPerPage: { value: 22, clause: '5.2.4 每面排22行' }, charsPerLine: { value: 28, clause: '5.2.4 每行排28个字，并撑满版心' } },
  linePitchPt: { value: 28.95, clause: '5.2.4 每面22行撑满版心（225 mm ÷ 22 行）' },
  fonts: {
    title: font(['方正小标宋简体', '小标宋', '华文中宋', 'STZhongsong', '宋体'], 22, '7.3.1 标题一般用2号小标宋体字'),
    body: font(FANGSONG, 16, '5.2.3 / 7.3.3 正文一般用3号仿宋体字'),
    heading1: font(['黑体', 'SimHei', 'STHeiti'], 16, '7.3.3 第一层用黑体字'),
    heading2: font(['楷体_GB2312', '楷体', 'KaiTi', 'STKaiti'], 16, '7.3.3 第二层用楷体字'),
    heading3: font(FANGSONG, 16, '7.3.3 第三层和第四层用仿宋体字'),
    heading4: font(FANGSONG, 16, '7.3.3 第三层和第四层用仿宋体字'),
    pageNumber: font(['宋体', 'SimSun'], 14, '7.5 页码一般用4号半角宋体阿拉伯数字', false, '宋体'),
    copyTo: font(FANGSONG, 14, '7.4.2 抄送机关一般用4号仿宋体字'),
  },
  titleSpaceBeforeLines: { value: 2, clause: '10.1 信函格式：标题居中编排，与其上最后一个要素相距二行' },
  titleSpaceAfterLines: { value: 1, clause: '7.3.2 主送机关编排于标题下空一行位置' },
  paragraphIndentChars: { value: 2, clause: '7.3.3 每个自然段左空二字，回行顶格' },
  attachmentIndentChars: { value: 2, clause: '7.3.4 在正文下空一行左空二字编排“附件”二字' },
  dateRightChars: { value: 4, clause: '7.3.5.1 成文日期一般右空四字编排；发文机关署名以成文日期为准居中编排' },
  signatureSpaceLines: { value: 1, clause: '7.3.5.1 单一机关行文时，在正文（或附件说明）下空一行' },
  noteIndentChars: { value: 2, clause: '7.3.6 附注居左空二字加圆括号编排在成文日期下一行' },
  docNumberAlign: { value: 'right', clause: '10.1 信函格式：发文字号顶格居版心右边缘' },
  copyTo: {
    indentChars: { value: 1, clause: '7.4.2 抄送机关左右各空一字编排' },
    outerRuleMm: { value: 0.35, clause: '7.4.1 首条和末条分隔线用粗线（推荐高度0.35 mm）' },
    innerRuleMm: { value: 0.25, clause: '7.4.1 中间的分隔线用细线（推荐高度0.25 mm）' },
  },
  pageNumber: {
    belowTextBlockMm: { value: 7, clause: '7.5 一字线上距版心下边缘7 mm' },
    insetChars: { value: 1, clause: '7.5 单页码居右空一字，双页码居左空一字' },
    dash: { value: '—', clause: '7.5 数码左右各放一条一字线' },
    onFirstPage: { value: true, clause: '7.5 页码（10.1 信函格式首页不显示页码：由 profile 关闭）' },
  },
};

/** What a profile may override: any number, font or switch, without its clause. */
export type LayoutOverrides = {
  [K in keyof Layout]?: Layout[K] extends Sourced<infer T>
    ? T extends FontSpec
      ? Partial<FontSpec>
      : T
    : { [J in keyof Layout[K]]?: Layout[K][J] extends Sourced<infer U> ? (U extends FontSpec ? Partial<FontSpec> : U) : never };
};

/**
 * Layout differences of the built-in profiles, by profile id. GB/T 9704 itself leaves the line
 * pitch to fill the block; these are the common local variants a team picks with --profile.
 */
export const PROFILE_LAYOUTS: Record<string, LayoutOverrides> = {
  /** 28 pt fixed line spacing, as several provincial offices print. */
  'fixed-28pt': { linePitchPt: 28 },
  /** 文件格式: 发文字号 centred (GB/T 9704 7.2.2) instead of the 信函 place. */
  'document-format': { docNumberAlign: 'center' },
  /** 信函格式 to the letter: no page number on page 1 (GB/T 9704 10.1). */
  'letter-format': { pageNumber: { onFirstPage: false } },
};

const isSourced = (v: unknown): v is Sourced<unknown> => !!v && typeof v === 'object' && 'clause' in v && 'value' in v;

/** The GB/T 9704 layout with `overrides` applied; an overridden number keeps its clause and says so. */
/** Is this name a layout variant (PROFILE_LAYOUTS key) rather than a lint profile? */
export function isLayoutProfile(name: string): boolean {
  return Object.hasOwn(PROFILE_LAYOUTS, name);
}

export function resolveLayout(...overrides: Array<LayoutOverrides | undefined>): Layout {
  const out = structuredClone(GB9704) as unknown as Record<string, unknown>;
  for (const o of overrides) if (o) merge(out, o as Record<string, unknown>);
  return out as unknown as Layout;
}

function merge(into: Record<string, unknown>, from: Record<string, unknown>) {
  for (const [k, v] of Object.entries(from)) {
    if (v === undefined) continue;
    const cur = into[k];
    if (isSourced(cur)) {
      const value = cur.value && typeof cur.value === 'object' && !Array.isArray(cur.value) ? { ...(cur.value as object), ...(v as object) } : v;
      into[k] = { value, clause: `${cur.clause}（profile 调整 / overridden by profile）` };
    } else if (cur && typeof cur === 'object') merge(cur as Record<string, unknown>, v as Record<string, unknown>);
  }
}

/** The layout for a lint profile id (and what it extends); unknown ids get GB/T 9704 unchanged. */
export function layoutFor(profileIds: Array<string | undefined>, extra?: LayoutOverrides): Layout {
  return resolveLayout(...profileIds.map((id) => (id ? PROFILE_LAYOUTS[id] : undefined)), extra);
}

// ---- derived measures (Word units: twips = 1/20 pt, half-points, eighths of a point) --------

export const MM_PER_PT = 25.4 / 72;
export const twipsFromMm = (mm: number) => Math.round((mm / MM_PER_PT) * 20);
export const twipsFromPt = (pt: number) => Math.round(pt * 20);

/** The width of one character of body text: the text block shared by 28 characters (15.79 pt). */
export function charPitchPt(l: Layout): number {
  return l.textBlock.widthMm.value / MM_PER_PT / l.grid.charsPerLine.value;
}

export function margins(l: Layout) {
  return {
    top: l.margin.topMm.value,
    left: l.margin.leftMm.value,
    right: l.page.widthMm.value - l.margin.leftMm.value - l.textBlock.widthMm.value,
    bottom: l.page.heightMm.value - l.margin.topMm.value - l.textBlock.heightMm.value,
  };
}

type Json = Record<string, unknown>;

/**
 * JSON Schema of `LayoutOverrides` (a profile's `layout`), read off the GB/T 9704 data so that
 * every number above can be overridden and nothing else: numbers, switches, the 文号 place and
 * font specs (East-Asian names in order of preference, Latin face, size, bold).
 */
export function layoutSchema(): Json {
  const font: Json = {
    type: 'object',
    properties: {
      eastAsia: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, description: 'East-Asian fonts in order of preference: the first is used, the rest are its fallbacks.' },
      latin: { type: 'string', minLength: 1 },
      sizePt: { type: 'number', exclusiveMinimum: 0 },
      bold: { type: 'boolean' },
    },
    additionalProperties: false,
  };
  const valueSchema = (s: Sourced<unknown>): Json => {
    const v = s.value;
    const description = `GB/T 9704-2012 ${s.clause} (default ${typeof v === 'object' ? JSON.stringify(v) : String(v)})`;
    if (typeof v === 'number') return { type: 'number', exclusiveMinimum: 0, description };
    if (typeof v === 'boolean') return { type: 'boolean', description };
    if (typeof v === 'string') return s === (GB9704.docNumberAlign as Sourced<unknown>) ? { enum: ['right', 'center'], description } : { type: 'string', minLength: 1, description };
    return { ...font, description };
  };
  const walk = (o: Record<string, unknown>): Json => {
    const properties: Json = {};
    for (const [k, v] of Object.entries(o)) properties[k] = isSourced(v) ? valueSchema(v) : walk(v as Record<string, unknown>);
    return { type: 'object', properties, additionalProperties: false };
  };
  return walk(GB9704 as unknown as Record<string, unknown>);
}
