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

export interface Acknowledgement {
  range: Range;
  /** 《…》 of the suggestion, when the title is in 书名号 */
  title?: Citation;
  /** Unbracketed or quoted title text range, when no 书名号 */
  titleRange?: Range;
  number?: { value: string; range: Range; raw: string; rawRange: Range };
  received?: Range; // 收悉 / 悉
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

export interface LetterParts {
  /** What kind of letter this is and what that kind requires (parse/kind.ts). */
  kind: LetterKind;
  header: Block[];
  title?: Block;
  docNumber?: DocNumber;
  headerDates: DateNode[];
  resultCategory?: Block;
  salutation?: Block;
  opening: Block[];
  acknowledgement?: Acknowledgement;
  cohandlers?: { range: Range; units: Array<{ name: string; range: Range }> };
  transition?: Range;
  body: Array<Block>;
  sections: Section[];
  closing: Block[];
  attachments: Block[];
  fields: Field[];
  issuer?: Block;
  issueDate?: DateNode;
  issueDateBlock?: Block;
  notes: Block[];
  cc: Field[];
  boilerplate: Block[];
  /** 附：… after the date: appended text that belongs to the letter (not page residue). */
  appendix: Block[];
  /** All citations and cited doc numbers in reading order. */
  citations: Citation[];
  docNumbers: DocNumber[];
  dates: DateNode[];
  enumItems: EnumItem[];
}

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  rules: string[]; // empty = all rules
  range: Range;
}
