/**
 * The reply syntax tree: unist nodes whose positions carry UTF-16 offsets.
 * The parser records what it saw (raw markers, half- or full-width marks) and never judges;
 * rules do the judging.
 */
import type { Node, Parent, Position } from 'unist';
import type { CharIndex } from '../text/char-index';
import type { LetterKind } from './kind';

export type Range = [start: number, end: number];

export interface ReplyNode extends Node {
  position: Position;
}

/** 一、 / （一） / 1. / （1） and the wrong variants people actually type. */
export type MarkerKind =
  | 'cn-dun' // 一、  (also 一. 一， 一: 一． when written wrong: see `punct`)
  | 'cn-paren' // （一） (一)
  | 'arabic-dot' // 1. 1． (1、 when written wrong)
  | 'arabic-paren' // （1） (1)
  | 'circled' // ① ⑴
  | 'arabic-half-paren'; // 1)

export interface Marker {
  kind: MarkerKind;
  /** Level in GB/T 9704 terms: 1–4; 5 for anything deeper (①, 1)). */
  level: number;
  ordinal: number;
  raw: string;
  range: Range;
  /** The numeral's range inside the marker (for renumbering fixes). */
  numeralRange: Range;
  /** The text of the opening/closing bracket or the punctuation after the numeral. */
  open?: string;
  close?: string;
  /** Stray marks directly after the marker, e.g. the 、 in （一）、 */
  trailing?: Range;
}

export interface Inline extends ReplyNode {
  type: 'citation' | 'docNumber' | 'enumItem' | 'date';
}

export interface Citation extends ReplyNode {
  type: 'citation';
  /** Text between 《 and 》. */
  title: string;
  titleRange: Range;
  /** Document number in brackets right after 》, if any. */
  docNumber?: DocNumber;
  /** The bracket pair around that number, e.g. ['(', ')'] */
  docNumberBrackets?: { open: Range; close: Range };
  /** 《 inside the title (a nested title written with 《》). */
  nested: Range[];
}

export interface DocNumber extends ReplyNode {
  type: 'docNumber';
  /** 机关代字, e.g. 厦府规 */
  agency: string;
  year: string;
  yearOpen: Range; // the bracket before the year
  yearClose: Range;
  di?: Range; // a 第 before the serial number
  serial: string;
  serialRange: Range;
  /** Range of 号, absent when missing. */
  hao?: Range;
  raw: string;
}

export interface EnumItem extends ReplyNode {
  type: 'enumItem';
  style: 'shi' | 'di' | 'qi' | 'shouxian';
  ordinal: number;
  raw: string;
  /** The mark right after the enumerator (， 、 ：), if any. */
  punct?: Range;
}

export interface DateNode extends ReplyNode {
  type: 'date';
  /** `spaced`: 2021年 8 月26日; `broken`: digits run together with 月 or 日 missing (2025610, 2022 年629). */
  form: 'cn' | 'dash' | 'dot' | 'slash' | 'compact' | 'cn-numerals' | 'short-year' | 'spaced' | 'broken';
  year: number;
  month: number;
  day: number;
  raw: string;
  /** Ranges of the month/day digits, for zero-padding checks. */
  monthRange?: Range;
  dayRange?: Range;
}

/** A logical block: a line, or a piece of a long scraped line. */
export interface Block extends ReplyNode {
  type: BlockType;
  /** Text of the block (same as text.slice(offsets)). */
  value: string;
  inlines: Inline[];
}

export type BlockType =
  | 'resultCategory'
  | 'disclosure'
  | 'letterhead'
  | 'title'
  | 'docNumberLine'
  | 'headerDate'
  | 'salutation'
  | 'paragraph'
  | 'heading'
  | 'closing'
  | 'attachment'
  | 'field'
  | 'issuer'
  | 'issueDate'
  | 'note'
  | 'cc'
  | 'boilerplate'
  /** Material appended after the date that belongs to the letter (附：建议原文 …). */
  | 'appendix';

export interface Heading extends Block {
  type: 'heading';
  marker: Marker;
  /** Heading text (after the marker, up to the first sentence end). */
  headingRange: Range;
  heading: string;
}

/** A labelled field: 领导署名：周桂良, 联系人：…, 联系电话：…, 抄送：…, 类别：B */
export interface Field extends Block {
  label: string; // normalised (spaces removed)
  labelRange: Range;
  /** The colon after the label (absent when missing). */
  colon?: Range;
  fieldValue: string;
  valueRange: Range;
  kind: FieldKind;
}

export type FieldKind = 'signer' | 'contact' | 'phone' | 'contactPhone' | 'contactUnit' | 'cc' | 'attachment' | 'category' | 'disclosure' | 'other';

export interface Section extends Parent {
  type: 'section';
  depth: number;
  heading: Heading;
  children: Array<Section | Block>;
  position: Position;
}

/** The acknowledgement sentence: 《title》（第N号）收悉, or 关于…的建议收悉 with the title unbracketed. */
export interface Acknowledgement {
  /** The whole opening (salutation excluded) the acknowledgement was read from. */
  range: Range;
  /** 《…》 of the suggestion, when the title is in 书名号 */
  title?: Citation;
  /** Unbracketed or quoted title text range, when no 书名号 */
  titleRange?: Range;
  /** The suggestion's number (第20230019号), when the acknowledgement gives one. */
  number?: SuggestionNumber;
  /** 收悉 / 悉 */
  received?: Range;
}

/** A suggestion's or proposal's number as written: （第20230019号）. */
export interface SuggestionNumber {
  /** The number itself with full-width digits made ASCII; a letter prefix kept (DH0271). */
  value: string;
  /** Range of the number as written (digits and prefix only). */
  range: Range;
  /** The number with its 第/号 and brackets, as written, and its range. */
  raw: string;
  rawRange: Range;
}

/** The units the answer combines (现综合市发改委、市科技局意见 / 经商X). */
export interface Cohandlers {
  /** From 现综合/会同/经商 to the end of the unit list. */
  range: Range;
  /** Each unit named, split at 、，及和与. */
  units: Array<{ name: string; range: Range }>;
}

/** The title block (or the two lines of a wrapped title, joined), with what it says. */
export interface Title extends Block {
  type: 'title';
  /** The first 第N号 in the title: the number (as written, without 第/号) and its range. */
  number?: { value: string; range: Range };
  /** The organ the title starts with (厦门市工业和信息化局 in 厦门市工业和信息化局关于…). */
  organ?: string;
}

/** The salutation line read into its parts: 尊敬的 吕萍 代表 您好 ：, each with its range. */
export interface Salutation extends Block {
  type: 'salutation';
  /** The line without its surrounding spaces, and its range. */
  line: string;
  lineRange: Range;
  /** 尊敬的 (or 尊敬 missing its 的), if any. */
  courtesy?: Range;
  /** The addressee between 尊敬的 and 代表/委员 (or the colon), trimmed. */
  name: string;
  nameRange: Range;
  /** The names it lists (郭胜利、陈爱珍 → two; 李晓林等 → one, and `more`). */
  names: string[];
  /** The name ends with 等 (等10位): more addressees than it names. */
  more: boolean;
  /** 代表 / 委员 / 同志, if present; its range includes a 们 after it. */
  title?: string;
  titleRange?: Range;
  /** A greeting after the title (吕萍代表您好：), if any. */
  greeting?: Range;
  /** The final colon, if present. */
  colon?: Range;
  /** Whitespace runs inside the line (between name and title, or inside the name). */
  spaces: Range[];
}

/** A stated 公开属性: （此件主动公开）, a 公开属性 line in the header, a 公开方式： field. */
export interface Disclosure {
  /** The block that states it (a note, a header disclosure line or a field). */
  block: Block;
  /** The value it names (此件主动公开 / 主动公开 / 此件内部公开…), when it names one, and its range. */
  value?: string;
  valueRange?: Range;
}

/** The result category printed in the letter: a header mark (A类) or a 类别： field. */
export interface PrintedCategory {
  /** The letter, ASCII upper case: A, B, C. */
  letter: string;
  /** Range of the letter as written. */
  range: Range;
  /** The whole mark or field as written (trimmed). */
  raw: string;
}

export interface ReplyRoot extends Parent {
  type: 'root';
  children: Array<Section | Block>;
  position: Position;
  data: ReplyData;
}

export interface ReplyData {
  text: string;
  format: 'txt' | 'md';
  /** Every block in document order, whatever part of the letter it sits in. */
  blocks: Block[];
  /** The letter's parts (indices into blocks or nodes), found once for every rule. */
  parts: LetterParts;
  /** Ranges the rules must leave alone: Markdown syntax, front matter, code, HTML. */
  masked: Range[];
  /** YAML front matter (Markdown only). */
  meta: Record<string, unknown>;
  metaRange?: Range;
  /** Inline disable comments (Markdown only). */
  directives: Directive[];
  /** The letter is a long scraped line (or most of its breaks were lost). */
  scraped: boolean;
  /** 《 with no 》 before the sentence ends, and 》 with no 《 (offsets). */
  unclosedTitles: number[];
  strayTitleCloses: number[];
  /** Half-width , : ; ? ! ( ) in Chinese text (see parse/halfwidth.ts). */
  halfWidth: Array<{ offset: number; char: string; replacement: string }>;
  /** Front matter that is not valid YAML. */
  metaError?: string;
  /**
   * Where the scanners' characters stand in the prose (text/char-index.ts): built by the parser
   * in one pass, read by the rules (rules/prose.ts proseChars). Not enumerable.
   */
  readonly charIndex?: CharIndex;
}

/**
 * The letter's parts, found once by the parser (parse/letter/) for every rule. Blocks are the
 * ones in `data.blocks` (their positions carry UTF-16 offsets: `position.start.offset`); ranges
 * are UTF-16 [start, end) offsets into `data.text`. docs/tree.md shows every field on the seed.
 */
export interface LetterParts {
  /** What kind of letter this is and what that kind requires (parse/kind.ts). */
  kind: LetterKind;
  /** Every block above the salutation (title, 文号 line, category, dates, letterhead, fields). */
  header: Block[];
  /** The title (标题); a title wrapped onto two lines is one node spanning both. */
  title?: Title;
  /** The letter's own 文号 (厦工信函〔2023〕25号) on the header's 文号 line. */
  docNumber?: DocNumber;
  /** Dates on header date lines (2023-4-10 under the 文号). */
  headerDates: DateNode[];
  /** The header's result-category line (A类 / 办理结果：A). */
  resultCategory?: Block;
  /** The category letter printed in the letter: on the resultCategory line or in a 类别： field. */
  printedCategory?: PrintedCategory;
  /** The salutation (称谓) read into its parts. */
  salutation?: Salutation;
  /** Blocks from the salutation to the transition (现答复如下：): the opening paragraph(s). */
  opening: Block[];
  /** What the opening acknowledges: the suggestion's title, number and 收悉. */
  acknowledgement?: Acknowledgement;
  /** The units whose opinions the answer combines (现综合A、B意见), when the opening names them. */
  cohandlers?: Cohandlers;
  /** 现答复如下： (with its colon when present). */
  transition?: Range;
  /** Every block between the opening and the closing, headings included, in order. */
  body: Array<Block>;
  /** Every section (a heading and what follows it to the next heading of its level), in order. */
  sections: Section[];
  /** The closing formula blocks (感谢…关心和支持 / 特此函复) above the signature block. */
  closing: Block[];
  /** 附件 blocks (附件：… and its numbered item lines) in the footer. */
  attachments: Block[];
  /** Labelled fields of the footer, then of the header (领导署名：, 联系人：, 联系电话：, 抄送：, 类别：). */
  fields: Field[];
  /** The 发文机关署名 (issuing organ) block. */
  issuer?: Block;
  /** The 成文日期 read as a date (also its odd forms: 2025610, 23年4月10日, 二〇二三年…). */
  issueDate?: DateNode;
  /** The block holding the 成文日期. */
  issueDateBlock?: Block;
  /** 附注 blocks: （联系人：…，电话：…） and the 印发 line. */
  notes: Block[];
  /** The 抄送 / 抄报 fields. */
  cc: Field[];
  /** Every stated 公开属性 (附注, header line or field), with the value it names. */
  disclosures: Disclosure[];
  /** Page residue after the letter (相关阅读, 版权声明, table bars): not part of the letter. */
  boilerplate: Block[];
  /** 附：… after the date: appended text that belongs to the letter (not page residue). */
  appendix: Block[];
  /** All citations 《…》 in reading order (page residue left out). */
  citations: Citation[];
  /** All 文号 in reading order (inside citations or standing alone). */
  docNumbers: DocNumber[];
  /** All dates in reading order. */
  dates: DateNode[];
  /** Enumerators (一是 / 第一 / 其一 / 首先) in paragraphs, headings and closings, in order. */
  enumItems: EnumItem[];
}

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  rules: string[]; // empty = all rules
  range: Range;
}
