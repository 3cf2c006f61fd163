/**
 * The signature block (落款) above the 成文日期, read upwards from the date (or from the end of
 * the letter): labelled fields (领导署名：, 联系人：, 联系电话：, 抄送：…), 附注 notes, 附件 lines
 * (a 附件： label over numbered item lines), and the issuing organ (发文机关署名, one organ or
 * several side by side). It stops at the first block that is none of these: the closing or the body.
 */
import { LABEL_NO_COLON, NOTE_WHOLE, ORGAN_WHOLE, fieldKind, matchLabel } from '../patterns';
import type { Block } from '../types';
import { extractFields } from './fields';
import { setType, type LetterDraft } from './draft';

/** Walks up from block `from` - 1 over the signature block; returns the index of the last block above it. */
export function signatureBlock(d: LetterDraft, from: number, bodyFrom: number): number {
  const { blocks, parts } = d;
  let k = from - 1;
  while (k >= bodyFrom) {
    const b = blocks[k];
    if (classifyFooter(b)) {
      k--;
      continue;
    }
    if ((ORGAN_WHOLE.test(b.value) || isOrganList(b.value)) && !parts.issuer) {
      setType(b, 'issuer');
      parts.issuer = b;
      k--;
      continue;
    }
    // 附件：1.… with the further items 2.… 3.… on their own lines.
    const att = attachmentRunTop(blocks, k, bodyFrom);
    if (att >= 0) {
      for (let j = att; j <= k; j++) setType(blocks[j], 'attachment');
      k = att - 1;
      continue;
    }
    break;
  }
  return k;
}

/** Footer shapes: fields, 附注, 抄送, 附件. Sets the block type; false when the block is none. */
export function classifyFooter(b: Block): boolean {
  const v = b.value;
  const label = matchLabel(v, 0, v.length);
  if (label) {
    const kind = fieldKind(label.label);
    setType(b, kind === 'cc' ? 'cc' : kind === 'attachment' ? 'attachment' : 'field');
    return true;
  }
  if (/^附件\s?[0-9一二三四五六七八九十]{1,2}\s?[件份]$/.test(v.trim())) {
    setType(b, 'attachment');
    return true;
  }
  if (v.length <= 30 && LABEL_NO_COLON.test(v)) {
    // 领导署名周桂良: a field whose colon is missing (F12 reports it).
    setType(b, 'field');
    return true;
  }
  // （联系人：…，电话：…） — also with its closing bracket missing (bracket-pairs reports that);
  // and the 版记's 印发 line (××办公室 2023年4月10日印发).
  if (NOTE_WHOLE.test(v) || (/^[（(]/.test(v) && /联系|电话/.test(v) && v.length <= 80) || (v.length <= 60 && /^[\u4e00-\u9fff（）()]{2,30}\s*[0-9０-９年月日\s]{4,16}日?印发$/.test(v.trim()))) {
    setType(b, 'note');
    return true;
  }
  return false;
}

/** Several organs signing together, separated by spaces (市自然资源和规划局 市市场监督管理局). */
function isOrganList(v: string): boolean {
  const names = v.trim().split(/[ \u3000]+/);
  return names.length >= 2 && names.length <= 6 && names.every((x) => ORGAN_WHOLE.test(x));
}

/** The 附件 label line above a run of numbered item lines ending at `k`; -1 when there is none. */
function attachmentRunTop(blocks: Block[], k: number, from: number): number {
  let j = k;
  while (j >= from && k - j < 20 && /^\s{0,4}[0-9０-９]{1,2}\s?[.．、]/.test(blocks[j].value)) j--;
  if (j === k || j < from) return -1;
  const label = matchLabel(blocks[j].value, 0, blocks[j].value.length);
  return label && fieldKind(label.label) === 'attachment' ? j : -1;
}

/** parts.fields, .cc, .notes, .attachments from the footer blocks [footerTop, end), then the header's fields. */
export function collectFooter(d: LetterDraft, footerTop: number): void {
  const { blocks, parts, text, lines } = d;
  for (let i = footerTop; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === 'field' || b.type === 'note' || b.type === 'cc' || b.type === 'attachment') {
      for (const f of extractFields(text, b, lines)) {
        parts.fields.push(f);
        if (f.kind === 'cc') parts.cc.push(f);
      }
    }
    if (b.type === 'note') parts.notes.push(b);
    if (b.type === 'attachment') parts.attachments.push(b);
  }
  for (const b of parts.header) if (b.type === 'field') parts.fields.push(...extractFields(text, b, lines));
}
