/**
 * The letter's own 文号 (厦工信函〔2023〕25号): the first document number the inline scan found
 * on the header's 文号 line (a docNumberLine block, typed by letter/header.ts).
 */
import type { DocNumber } from '../types';
import type { LetterDraft } from './draft';

export function readDocNumber({ parts }: LetterDraft): void {
  const line = parts.header.find((b) => b.type === 'docNumberLine');
  parts.docNumber = line?.inlines.find((x): x is DocNumber => x.type === 'docNumber');
}
