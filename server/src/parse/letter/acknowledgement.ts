/**
 * What the opening says (after the inline scan, so its citations are known): the
 * acknowledgement — 《title》（第N号）收悉, or 关于…的建议收悉 with the title unbracketed or
 * quoted — with the suggestion's title, number and 收悉; the co-handlers the answer combines
 * (现综合A、B意见 / 经商X); and the transition (现答复如下：).
 */
import { asciiDigits } from '../../text/chars';
import { formulaSource } from '../formulas';
import type { Acknowledgement, Citation, Range } from '../types';
import { TRANSITION } from './opening';
import { type LetterDraft, start, end } from './draft';

/** 收悉 and its forms (formulas.ts, kind 'acknowledgement'). */
const RECEIVED = new RegExp(formulaSource('acknowledgement'));

/** Sets parts.acknowledgement, parts.cohandlers and parts.transition from the opening's text. */
export function readOpening({ text, parts }: LetterDraft): void {
  const first = parts.opening[0];
  if (!first) return;
  const s = start(first);
  const last = parts.opening[parts.opening.length - 1];
  const e = end(last);
  const slice = text.slice(s, e);
  const ack: Acknowledgement = { range: [s, e] };
  const rec = RECEIVED.exec(slice);
  const ackEnd = rec ? s + rec.index : e;
  if (rec) ack.received = [s + rec.index, s + rec.index + rec[0].length];
  const cites = parts.citations.filter((c) => start(c) >= s && end(c) <= ackEnd);
  if (cites.length > 0) ack.title = cites[0] as Citation;
  else {
    const q = /[“"]([^”"]{4,120})[”"]|(关于[^，。,：:]{2,120}?的(?:建议|提案|议案))/.exec(slice.slice(0, ackEnd - s));
    if (q) ack.titleRange = [s + q.index, s + q.index + q[0].length];
  }
  // Numbers may carry a letter prefix (第DH0271号).
  const num = /[（(〔]?\s?(第)?\s?([A-Za-z]{0,4}[0-9０-９]{1,12})\s?号(?:提案|建议)?\s?[）)〕]?/g;
  const m = num.exec(slice);
  if (m && s + m.index < ackEnd + 2) {
    const inner = asciiDigits(m[2]);
    const numStart = s + m.index + m[0].indexOf(m[2]);
    ack.number = { value: inner, range: [numStart, numStart + m[2].length], raw: m[0], rawRange: [s + m.index, s + m.index + m[0].length] };
  }
  parts.acknowledgement = ack;
  const co = /(?:现综合|综合|会同|经商|商)([^，,。：:]{2,120}?)(?:的)?(?:意见|研究|共同|，|,)/.exec(slice);
  if (co) {
    const unitsStart = s + co.index + co[0].indexOf(co[1]);
    const units: Array<{ name: string; range: Range }> = [];
    const re = /[^、，,及和与]+/g;
    let u: RegExpExecArray | null;
    while ((u = re.exec(co[1]))) units.push({ name: u[0], range: [unitsStart + u.index, unitsStart + u.index + u[0].length] });
    parts.cohandlers = { range: [s + co.index, s + co.index + co[0].length], units };
  }
  const tr = TRANSITION.exec(slice);
  if (tr) parts.transition = [s + tr.index, s + tr.index + tr[0].length];
}
