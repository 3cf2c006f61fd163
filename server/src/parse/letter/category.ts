/**
 * The result category printed in the letter (办理结果 A/B/C): the letter at the end of the
 * header's result-category line (A类, 类别：B), else the value of a 类别： field — read after
 * the fields are known. Ranges point at the letter; `raw` is the mark or field as written.
 */
import { asciiDigits } from '../../text/chars';
import type { PrintedCategory } from '../types';
import { type LetterDraft, start, end } from './draft';

/** Sets parts.printedCategory; `source` is the text as written (Markdown syntax included). */
export function readPrintedCategory({ parts }: LetterDraft, source: string): void {
  parts.printedCategory = printedCategory(parts, source);
}

function printedCategory(parts: LetterDraft['parts'], source: string): PrintedCategory | undefined {
  const b = parts.resultCategory;
  if (b) {
    const m = /([A-ZＡ-Ｚa-z])\s?类?\s*$/.exec(b.value);
    if (m) {
      const s = start(b) + m.index;
      return { letter: asciiDigits(m[1]).toUpperCase(), range: [s, s + 1], raw: b.value.trim() };
    }
  }
  for (const f of parts.fields) {
    if (f.kind !== 'category') continue;
    const m = /^\s*([A-ZＡ-Ｚa-z])\s?类?\s*[。.]?\s*$/.exec(f.fieldValue);
    if (m) {
      const s = f.valueRange[0] + m.index + m[0].indexOf(m[1]);
      return { letter: asciiDigits(m[1]).toUpperCase(), range: [s, s + 1], raw: source.slice(start(f), end(f)).trim() };
    }
  }
  return undefined;
}
