/**
 * What follows the letter: below the 成文日期, appended material that belongs to it (附：建议原文
 * …, the appendix), footer lines written under the date, an issuer signed under the date (wrong
 * order, still the signature), and page residue (boilerplate: 相关阅读, 版权声明, table bars…)
 * from the first line that is none of these to the end. With no date, residue starts at the first
 * unmistakable page element in the letter's second half.
 */
import { formulaSource } from '../formulas';
import { BOILERPLATE_START, ORGAN_WHOLE } from '../patterns';
import { classifyFooter } from './footer';
import { assign, setType, type LetterDraft } from './draft';

/** 附：… after the date (formulas.ts, kind 'appendix'). */
const APPENDIX_START = new RegExp(`^(?:${formulaSource('appendix')})`);

/** Page elements that never occur in a letter: where they start, the letter has ended. */
const RESIDUE_START = /^(?:\||｜|相关阅读|相关链接|版权声明|分享到|打印本页|【打印|关闭窗口|上一篇|下一篇|扫一扫)/;

/** Types the blocks under the issue date (block `dateIdx`): appendix, footer lines, issuer, boilerplate. */
export function belowIssueDate(d: LetterDraft, dateIdx: number): void {
  const { blocks, parts } = d;
  let residue = false;
  let appendix = false;
  for (let i = dateIdx + 1; i < blocks.length; i++) {
    const b = blocks[i];
    // 附：建议原文 … — appended material that belongs to the letter, up to any page residue.
    if (!residue && !appendix && APPENDIX_START.test(b.value.trim())) appendix = true;
    if (appendix && !RESIDUE_START.test(b.value) && !BOILERPLATE_START.test(b.value)) {
      assign(parts.appendix, b, 'appendix');
      continue;
    }
    if (appendix) residue = true;
    if (!residue && classifyFooter(b)) continue;
    // The 发文机关署名 written under the date (wrong order, but the signature is there).
    if (i === dateIdx + 1 && ORGAN_WHOLE.test(b.value.trim()) && !(dateIdx > 0 && ORGAN_WHOLE.test(blocks[dateIdx - 1].value.trim()))) {
      setType(b, 'issuer');
      parts.issuer = b;
      continue;
    }
    residue = true;
    assign(parts.boilerplate, b, 'boilerplate');
  }
}

/** No date: types trailing page residue as boilerplate; returns where it starts (the footer's end). */
export function trailingResidue(d: LetterDraft, bodyFrom: number): number {
  const { blocks, parts } = d;
  const n = blocks.length;
  // It starts at the first unmistakable page element (a table bar, 相关阅读, 版权声明…) in the
  // letter's second half and runs to the end.
  let i = n - 1;
  const half = Math.max(bodyFrom, n >> 1);
  for (let k = half; k < n; k++) {
    if (RESIDUE_START.test(blocks[k].value)) {
      i = k - 1;
      break;
    }
  }
  while (i >= bodyFrom && BOILERPLATE_START.test(blocks[i].value)) i--;
  for (let k = i + 1; k < n; k++) assign(parts.boilerplate, blocks[k], 'boilerplate');
  return i + 1;
}
