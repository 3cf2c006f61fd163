/**
 * The stated 公开属性 (disclosure): every note, header disclosure line or field that states one —
 * （此件主动公开）, 公开属性：主动公开, 公开方式：依申请公开 — with the value it names, when it
 * names one (此件主动公开 / 主动公开 / 此件内部公开…). Read once the blocks are typed.
 */
import type { Disclosure } from '../types';
import { type LetterDraft, start } from './draft';

/** A block that states a disclosure attribute. */
const STATED = /此件[^）)\s]{0,8}?公开|公开(?:属性|方式|类别)\s?[:：]|(?:主动|依申请|不予|不)公开/;
/** The value it states: a known attribute, else any 此件…公开. */
const VALUE = /(此件)?(主动公开|依申请公开|不予公开|不公开|免予公开|部分公开)/;
const ANY_VALUE = /此件[^（(）)\s：:，。]{1,6}?公开/;

/** Fills parts.disclosures, in document order. */
export function readDisclosures({ blocks, parts }: LetterDraft): void {
  for (const b of blocks) {
    if ((b.type !== 'note' && b.type !== 'disclosure' && b.type !== 'field') || !STATED.test(b.value)) continue;
    const m = VALUE.exec(b.value) ?? ANY_VALUE.exec(b.value);
    const d: Disclosure = { block: b };
    if (m) {
      const at = start(b) + m.index;
      d.value = m[0];
      d.valueRange = [at, at + m[0].length];
    }
    parts.disclosures.push(d);
  }
}
