/**
 * The footer of a letter as the structure and footer rules see it: the signature block and
 * the 成文日期, where a missing footer element is reported and inserted, whether the published
 * text looks cut off, the footer's fields (联系人, 电话, 抄送…). (The stated 公开属性 is the
 * parser's: parts.disclosures.)
 */
import type { Block, Field, Range } from '../parse/types';
import type { LetterContext } from './context';
import { endOf, rangeOf, startOf } from '../text/spans';
import { proseBlocks } from './prose';

/** The last block that belongs to the letter. */
export function lastLetterBlock(ctx: LetterContext): Block | undefined {
  const bs = proseBlocks(ctx);
  return bs[bs.length - 1];
}

/** The 发文机关署名, and whether it stands under the 成文日期 (the wrong order; element-order's). */
export function issuerBlock(ctx: LetterContext): { block: Block; afterDate: boolean } | undefined {
  const iss = ctx.parts.issuer;
  if (!iss) return undefined;
  return { block: iss, afterDate: organAfterDate(ctx) === iss };
}

/** The issuer when the parser found it right under the 成文日期. */
export function organAfterDate(ctx: LetterContext): Block | undefined {
  const iss = ctx.parts.issuer;
  const d = ctx.parts.issueDateBlock;
  if (!iss || !d) return undefined;
  return startOf(iss) > startOf(d) ? iss : undefined;
}

/**
 * Where a missing footer element is reported: the signature block if there is one, else the
 * end of the letter (a zero-width range after its last block would be invisible, so the last
 * block's final character).
 */
export function footerAnchor(ctx: LetterContext): Range {
  const iss = issuerBlock(ctx)?.block;
  if (iss) return rangeOf(iss);
  if (ctx.parts.issueDateBlock) return rangeOf(ctx.parts.issueDateBlock);
  const last = ctx.parts.closing[ctx.parts.closing.length - 1] ?? lastLetterBlock(ctx);
  if (!last) return [0, 0];
  return [Math.max(startOf(last), endOf(last) - 1), endOf(last)];
}

/** Where a new footer line is inserted: after the last letter block (date, notes, fields). */
export function footerInsertPoint(ctx: LetterContext): number {
  const last = lastLetterBlock(ctx);
  return last ? endOf(last) : ctx.text.length;
}

/** Line separator to use when inserting a block: a newline, or a space in a one-line letter. */
export function blockSeparator(ctx: LetterContext): string {
  return ctx.scraped && !ctx.text.slice(0, footerInsertPoint(ctx)).includes('\n') ? ' ' : '\n';
}

const TERMINAL = /[。！？!?…”’」』）)》;；.]\s*$/;

/**
 * The published text stops mid-sentence and nothing of the footer is there: its closing,
 * signature and date were cut off, so their absence cannot be judged.
 */
export function looksTruncated(ctx: LetterContext): boolean {
  const p = ctx.parts;
  if (p.issuer || p.issueDateBlock || p.fields.length > 0 || p.closing.length > 0) return false;
  const last = lastLetterBlock(ctx);
  if (!last) return true;
  // A contact line at the end, however garbled (联系人王某 电话0592-…), means the footer was
  // reached: the letter is complete and what is missing from it is missing.
  if (/联\s?系|电\s?话|手\s?机|承办人|经办人/.test(last.value) && /\d{5,}/.test(last.value.replace(/[-\s]/g, ''))) return false;
  return !TERMINAL.test(last.value);
}

/** The fields of the given kinds. */
export function fieldsOf(ctx: LetterContext, kinds: Field['kind'][]): Field[] {
  return ctx.parts.fields.filter((f) => kinds.includes(f.kind));
}
