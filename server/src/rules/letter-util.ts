/**
 * Helpers shared by the structure and footer rules: where to anchor a "missing element"
 * finding, whether the text looks cut off, organ-name comparison, co-handler letters and
 * front-matter metadata.
 */
import type { Block, Field, Range } from '../parse/types';
import { ORGAN_WHOLE } from '../parse/patterns';
import type { RuleContext } from './rule';
import { rangeOf } from './util';
import { isSubsequenceOf } from '../registry/normalize';

const start = (b: Block) => b.position.start.offset!;
const end = (b: Block) => b.position.end.offset!;

/** The blocks of the letter proper (page residue left out). */
export function letterBlocks(ctx: RuleContext): Block[] {
  return ctx.blocks.filter((b) => b.type !== 'boilerplate');
}

/** The last block that belongs to the letter. */
export function lastLetterBlock(ctx: RuleContext): Block | undefined {
  const bs = letterBlocks(ctx);
  return bs[bs.length - 1];
}

/** The 发文机关署名, and whether it stands under the 成文日期 (the wrong order; element-order's). */
export function issuerBlock(ctx: RuleContext): { block: Block; afterDate: boolean } | undefined {
  const iss = ctx.parts.issuer;
  if (!iss) return undefined;
  return { block: iss, afterDate: organAfterDate(ctx) === iss };
}

/** The issuer when the parser found it right under the 成文日期. */
export function organAfterDate(ctx: RuleContext): Block | undefined {
  const iss = ctx.parts.issuer;
  const d = ctx.parts.issueDateBlock;
  if (!iss || !d) return undefined;
  return start(iss) > start(d) ? iss : undefined;
}

/**
 * Where a missing footer element is reported: the signature block if there is one, else the
 * end of the letter (a zero-width range after its last block would be invisible, so the last
 * block's final character).
 */
export function footerAnchor(ctx: RuleContext): Range {
  const iss = issuerBlock(ctx)?.block;
  if (iss) return rangeOf(iss);
  if (ctx.parts.issueDateBlock) return rangeOf(ctx.parts.issueDateBlock);
  const last = ctx.parts.closing[ctx.parts.closing.length - 1] ?? lastLetterBlock(ctx);
  if (!last) return [0, 0];
  return [Math.max(start(last), end(last) - 1), end(last)];
}

/** Where a new footer line is inserted: after the last letter block (date, notes, fields). */
export function footerInsertPoint(ctx: RuleContext): number {
  const last = lastLetterBlock(ctx);
  return last ? end(last) : ctx.text.length;
}

/** Line separator to use when inserting a block: a newline, or a space in a one-line letter. */
export function blockSeparator(ctx: RuleContext): string {
  return ctx.scraped && !ctx.text.slice(0, footerInsertPoint(ctx)).includes('\n') ? ' ' : '\n';
}

const TERMINAL = /[。！？!?…”’」』）)》;；.]\s*$/;

/**
 * The published text stops mid-sentence and nothing of the footer is there: its closing,
 * signature and date were cut off, so their absence cannot be judged.
 */
export function looksTruncated(ctx: RuleContext): boolean {
  const p = ctx.parts;
  if (p.issuer || p.issueDateBlock || p.fields.length > 0 || p.closing.length > 0) return false;
  const last = lastLetterBlock(ctx);
  if (!last) return true;
  // A contact line at the end, however garbled (联系人王某 电话0592-…), means the footer was
  // reached: the letter is complete and what is missing from it is missing.
  if (/联\s?系|电\s?话|手\s?机|承办人|经办人/.test(last.value) && /\d{5,}/.test(last.value.replace(/[-\s]/g, ''))) return false;
  return !TERMINAL.test(last.value);
}

/** 会办意见 / 协办意见: the letter goes to the 主办 unit, not to the deputy (the parser's kind). */
export function isCohandlerLetter(ctx: RuleContext): boolean {
  return ctx.parts.kind.name === 'cohandler-opinion';
}

export function metaValue(ctx: RuleContext, keys: string[]): unknown {
  const meta = ctx.tree.data.meta ?? {};
  for (const k of keys) if (meta[k] !== undefined && meta[k] !== null && meta[k] !== '') return meta[k];
  return undefined;
}

export function metaString(ctx: RuleContext, keys: string[]): string | undefined {
  const v = metaValue(ctx, keys);
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** A metadata date: a YAML date, `2023-01-05`, `2023/1/5`, `2023.1.5` or `2023年1月5日`. */
export function metaDate(v: unknown): { year: number; month: number; day: number } | undefined {
  if (v instanceof Date && !isNaN(v.getTime())) return { year: v.getUTCFullYear(), month: v.getUTCMonth() + 1, day: v.getUTCDate() };
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(\d{4})\s*(?:[-./]|年)\s*(\d{1,2})\s*(?:[-./]|月)\s*(\d{1,2})\s*日?\s*$/.exec(v);
  if (!m) return undefined;
  const d = { year: +m[1], month: +m[2], day: +m[3] };
  return validDate(d.year, d.month, d.day) ? d : undefined;
}

export function validDate(y: number, m: number, d: number): boolean {
  if (!Number.isFinite(y) || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Days since the epoch, for comparisons. */
export function dayNumber(d: { year: number; month: number; day: number }): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86400000);
}

/** The issuing organ named at the start of the title (`厦门市工业和信息化局关于…`). */
export function titleOrgan(ctx: RuleContext): string | undefined {
  const t = ctx.parts.title?.value.trim();
  if (!t) return undefined;
  const m = /^([\u4e00-\u9fff（）()·]{2,40}?)(?:关于|对)/.exec(t);
  if (!m) return undefined;
  return ORGAN_WHOLE.test(m[1]) ? m[1] : undefined;
}

/** A letterhead naming the organ above the letter (`沂源县发展和改革局`). */
export function letterheadOrgan(ctx: RuleContext): string | undefined {
  return ctx.parts.header.find((b) => b.type === 'letterhead')?.value.trim();
}

/**
 * Lenient organ comparison: the same name, one inside the other (a shorter region prefix), or
 * a standard short name read off the full one in order (厦门市工信局 / 厦门市工业和信息化局,
 * 维西县农业农村局 / 维西傈僳族自治县农业农村局). False only when they plainly differ.
 */
export function sameOrgan(a: string, b: string): boolean {
  const x = a.replace(/[\s（）()·]/g, '');
  const y = b.replace(/[\s（）()·]/g, '');
  if (!x || !y) return true;
  if (x.includes(y) || y.includes(x)) return true;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  // The short form keeps the organ's kind (局, 委, 厅, 大队…) and more than a bare 市局.
  return s.length >= 3 && s[s.length - 1] === l[l.length - 1] && isSubsequenceOf(s, l);
}

/** The fields of the given kinds. */
export function fieldsOf(ctx: RuleContext, kinds: Field['kind'][]): Field[] {
  return ctx.parts.fields.filter((f) => kinds.includes(f.kind));
}

/** A deputy/member reply or a CPPCC one, for messages. */
export function addressee(ctx: RuleContext): string {
  return /委员/.test(ctx.parts.salutation?.value ?? '') ? '委员' : '代表';
}
