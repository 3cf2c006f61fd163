/**
 * Labelled fields inside a footer (or header) block: 领导署名：周桂良 联系人：邱忠强 联系电话：…
 * on one line gives three fields, each with its label (spaces removed), the colon (absent when
 * missing: 领导署名周桂良), the value and their ranges, and a kind read off the label.
 */
import type { LineIndex } from '../../text/positions';
import { LABEL_NO_COLON, fieldKind, matchLabel } from '../patterns';
import { pos } from '../position';
import type { Block, Field } from '../types';
import { end, start } from './draft';

const LABEL_ANYWHERE = /(领导署名|签发人|分管领导|联\s?系\s?人(?:及电话)?|承办人|经办人|单位联系电话|联系电话|联系方式|电\s?话|手\s?机|抄\s?送|抄\s?报)\s{0,2}[:：]/g;

export function extractFields(text: string, b: Block, lines: LineIndex): Field[] {
  const s = start(b);
  const e = end(b);
  const found: Array<{ at: number; label: string; labelEnd: number; colon: number }> = [];
  LABEL_ANYWHERE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const v = b.value;
  while ((m = LABEL_ANYWHERE.exec(v))) {
    const labelText = m[1];
    found.push({ at: s + m.index, label: labelText.replace(/\s/g, ''), labelEnd: s + m.index + labelText.length, colon: s + m.index + m[0].length - 1 });
  }
  const first = matchLabel(text, s, e);
  if (first) {
    // A label that starts the block wins over label words inside it (联系科室、人员及电话：).
    while (found.length > 0 && found[0].at <= first.colon) found.shift();
    found.unshift({ at: s, label: first.label, labelEnd: first.labelEnd, colon: first.colon });
  } else {
    // 领导署名周桂良: the label without its colon (colon -1: none).
    const bare = LABEL_NO_COLON.exec(v);
    if (bare && (found.length === 0 || found[0].at > s)) found.unshift({ at: s, label: bare[1], labelEnd: s + bare[1].length, colon: -1 });
  }
  const out: Field[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    let ve = i + 1 < found.length ? found[i + 1].at : e;
    let vs = f.colon >= 0 ? f.colon + 1 : f.labelEnd;
    while (vs < ve && /\s/.test(text[vs])) vs++;
    while (ve > vs && /[\s）)，,；;]/.test(text[ve - 1])) ve--;
    out.push({
      type: b.type,
      value: b.value,
      inlines: [],
      position: pos(lines, f.at, Math.max(ve, f.colon + 1, f.labelEnd)),
      label: f.label,
      labelRange: [f.at, f.labelEnd],
      colon: f.colon >= 0 ? [f.colon, f.colon + 1] : undefined,
      fieldValue: text.slice(vs, ve),
      valueRange: [vs, ve],
      kind: fieldKind(f.label),
    });
  }
  return out;
}
