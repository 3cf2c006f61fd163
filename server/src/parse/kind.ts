/**
 * The letter's kind, read from its parts: a reply to a deputy's 建议, to a member's 提案, a
 * co-handler's opinion to the lead unit (会办 / 协办), a 复函 to an organ, or page text that
 * starts after the letter's head. Each kind declares what it requires, so rules ask the kind
 * instead of guessing from phrases (profiles still add local requirements on top).
 */
import { formulaRegex } from './formulas';
import { ORGAN_WHOLE } from './patterns';
import type { LetterParts } from './types';

export type LetterKindName = 'suggestion-reply' | 'proposal-reply' | 'cohandler-opinion' | 'organ-reply' | 'unknown';

export interface LetterKind {
  name: LetterKindName;
  /** What the addressee is called: 代表 (建议), 委员 (提案), an organ, or unknown. */
  addressee: 'deputy' | 'member' | 'organ' | 'unknown';
  /** Where the kind was read: the title, the acknowledgement, the salutation, or a co-handler/organ sign. */
  evidence: 'title' | 'acknowledgement' | 'salutation' | 'form' | 'none';
  /** The page text starts at the acknowledgement or in the body: no title or salutation was published. */
  startsMidLetter: boolean;
  /** What this kind of letter must contain. */
  requires: KindRequirements;
}

export interface KindRequirements {
  /** 《…》（第N号）收悉 naming the suggestion. */
  acknowledgement: boolean;
  /** The suggestion's number in the acknowledgement. */
  number: boolean;
  /** 现答复如下： with its colon. */
  transition: boolean;
  /** A closing formula before the signature block. */
  closing: boolean;
}

/** What each kind requires (RULEBOOK S01–S07). */
export const KIND_REQUIREMENTS: Record<LetterKindName, KindRequirements> = {
  'suggestion-reply': { acknowledgement: true, number: true, transition: true, closing: true },
  'proposal-reply': { acknowledgement: true, number: true, transition: true, closing: true },
  // 会办 / 协办 opinions go to the lead unit, which writes the reply: no 收悉 formula to the
  // deputy, no closing thanks; the number is in the title.
  'cohandler-opinion': { acknowledgement: false, number: false, transition: false, closing: false },
  // A 复函 to an organ acknowledges the organ's letter; 特此函复 or nothing closes it.
  'organ-reply': { acknowledgement: true, number: false, transition: false, closing: false },
  unknown: { acknowledgement: true, number: true, transition: true, closing: true },
};

export const KIND_LABELS: Record<LetterKindName, { zh: string; en: string }> = {
  'suggestion-reply': { zh: '答复人大代表建议', en: 'reply to a deputy’s suggestion' },
  'proposal-reply': { zh: '答复政协委员提案', en: 'reply to a member’s proposal' },
  'cohandler-opinion': { zh: '会办（协办）意见', en: 'co-handler’s opinion to the lead unit' },
  'organ-reply': { zh: '复函（致机关）', en: 'reply letter to an organ' },
  unknown: { zh: '未能判断', en: 'not determined' },
};

export const UNKNOWN_KIND: LetterKind = { name: 'unknown', addressee: 'unknown', evidence: 'none', startsMidLetter: false, requires: KIND_REQUIREMENTS.unknown };

/** Front-matter keys that name the writer's role (role: cohandler / 角色: 协办). */
export const ROLE_KEYS = ['role', '角色', '办理角色'];

const COHANDLER = formulaRegex(['cohandler']);
const COHANDLER_TITLE = /(?:会办|协办)(?:意见|件)|(?:会办|协办)[^，。]{0,6}(?:答复|复函|的函)$/;
const ACK = formulaRegex(['acknowledgement']);

export function letterKind(parts: LetterParts, text: string, meta: Record<string, unknown>): LetterKind {
  const title = parts.title?.value.replace(/\s+/g, '') ?? '';
  const sal = parts.salutation?.value.replace(/\s+/g, '') ?? '';
  const opening = parts.opening.map((b) => b.value).join('');
  const startsMidLetter = !parts.title && !parts.salutation && parts.header.length === 0 && (ACK.test(opening) || parts.opening.length === 0);
  const roleKey = ROLE_KEYS.find((key) => typeof meta[key] === 'string' && meta[key] !== '');
  const role = roleKey ? (meta[roleKey] as string) : '';
  // An organ ends like one (…代表工作委员会：); a person ends with 代表 / 委员 / 同志.
  const salName = sal.replace(/^(?:尊敬的)?|[:：]$/g, '');
  const person = /(?:代表|委员|同志)们?(?:您好|你好)?[，,！!]?$/.test(salName);
  const salutationIsOrgan = sal !== '' && !person && ORGAN_WHOLE.test(salName);
  const addressee = salutationIsOrgan ? 'organ' : !person ? 'unknown' : /委员/.test(sal) ? 'member' : /代表/.test(sal) ? 'deputy' : 'unknown';
  let name: LetterKindName;
  let evidence: LetterKind['evidence'] = 'form';
  if (/cohandler|co-handler|会办|协办/i.test(role) || COHANDLER_TITLE.test(title) || (salutationIsOrgan && COHANDLER.test(opening))) name = 'cohandler-opinion';
  else if (salutationIsOrgan) name = 'organ-reply';
  else {
    // The document answered, strongest sign first: the title (第N号提案, 政协 / 人大), the
    // acknowledgement's 提案 or 议案, then how the addressee is called (CPPCC proposals are
    // often entitled "关于…的建议", so a 建议 in the acknowledgement alone decides nothing).
    const ack = parts.acknowledgement ? text.slice(parts.acknowledgement.range[0], parts.acknowledgement.range[1]) : opening;
    // (a bare "…的建议" in a title names the document, whichever kind it is: weak too)
    const fromTitle = /提案|政协/.test(title) ? 'proposal-reply' : /议案|人大|第\s?[0-9０-９]+\s?号建议/.test(title) ? 'suggestion-reply' : undefined;
    const fromAck = /提案/.test(ack) ? 'proposal-reply' : /议案|人大/.test(ack) ? 'suggestion-reply' : undefined;
    const fromSalutation = addressee === 'member' ? 'proposal-reply' : addressee === 'deputy' ? 'suggestion-reply' : undefined;
    name = fromTitle ?? fromAck ?? fromSalutation ?? (/建议/.test(ack) ? 'suggestion-reply' : 'unknown');
    evidence = fromTitle ? 'title' : fromAck ? 'acknowledgement' : fromSalutation ? 'salutation' : name === 'unknown' ? 'none' : 'acknowledgement';
  }
  return { name, addressee, evidence, startsMidLetter, requires: KIND_REQUIREMENTS[name] };
}
