/**
 * The formula lexicon: the set phrases a reply is built from, as data. The parser reads it to
 * find the opening, the closing and the footer; the rules read it instead of keeping phrase
 * patterns of their own. Adding a formula is one entry here (with where it comes from and an
 * example that test/parse/formulas.test.ts checks against the parser).
 *
 * `pattern` is a regular-expression fragment without anchors, bounded (no unbounded repeats
 * over arbitrary text) so that scanning a line stays linear.
 */

export type FormulaKind =
  /** The suggestion is acknowledged: 收悉, 已收悉, 交由我局办理. */
  | 'acknowledgement'
  /** The opening hands over to the answer: 现答复如下：. */
  | 'transition'
  /** A closing sentence of thanks, or an invitation to go on advising. */
  | 'closing'
  /** A formal closing that ends the letter without thanks: 特此函复. */
  | 'closing-formal'
  /** The opening or closing of a co-handler's opinion to the lead unit (会办 / 协办). */
  | 'cohandler'
  /** A footer label: 联系人, 承办负责人, 分管单位… (the colon follows). */
  | 'footer-label'
  /** A block after the date that opens appended material belonging to the letter. */
  | 'appendix';

export interface Formula {
  kind: FormulaKind;
  pattern: string;
  /** Where the form comes from: a RULEBOOK source id, a standard, or published letters. */
  source: string;
  /** A sentence that contains the formula. */
  example: string;
}

const LETTERS = 'published replies (test/corpus/letters)';

export const FORMULAS: readonly Formula[] = [
  // ---- acknowledgement (S01) ------------------------------------------------------------------
  { kind: 'acknowledgement', pattern: '收\\s?悉', source: 'RULEBOOK S01 [S35]', example: '《关于××的建议》（第20230019号）收悉。' },
  { kind: 'acknowledgement', pattern: '(?<=[)）号》”"])悉', source: 'RULEBOOK S01 (悉 without 收, reported by ack-sentence)', example: '《关于××的建议》（第088号）悉。' },

  // ---- transition (S03) -----------------------------------------------------------------------
  { kind: 'transition', pattern: '(?:答复|回复|函复|复函|函告|说明|报告|汇报|介绍|反馈|意见|情况)如下', source: 'RULEBOOK S03 [S35]', example: '经认真研究，现答复如下：' },
  { kind: 'transition', pattern: '如下(?:会办|协办)?意见', source: 'RULEBOOK S07 (会办意见)', example: '现提出如下会办意见：' },

  // ---- closing (S05) --------------------------------------------------------------------------
  { kind: 'closing', pattern: '感谢|谢意|谢谢', source: 'RULEBOOK S05 [S35]', example: '感谢您对我们工作的关心和支持。' },
  { kind: 'closing', pattern: '宝贵(?:的)?(?:意见|建议)|批评指正|建言献策|多提意见', source: 'RULEBOOK S05 [S35]', example: '欢迎您继续提出宝贵意见。' },
  { kind: 'closing', pattern: '(?:希望|期待|恳请|敬请|欢迎)[^。！!]{0,16}(?:关心|支持|监督|指导|关注)', source: LETTERS, example: '希望您今后一如既往地关心和支持我们的工作。' },
  { kind: 'closing-formal', pattern: '特此(?:答复|函复|回复|复函|函告|说明|函达)', source: 'GB/T 9704-2012 信函格式; RULEBOOK S05', example: '特此函复。' },
  { kind: 'closing-formal', pattern: '以上(?:答复|回复|意见|情况)', source: LETTERS, example: '以上答复，如有不妥，请批评指正。' },
  { kind: 'closing-formal', pattern: '妥否[，,]?请', source: LETTERS, example: '妥否，请指正。' },
  { kind: 'closing-formal', pattern: '^(?:此复|专此(?:函复|答复|函告))', source: '公文惯用结束语 (GB/T 9704-2012 信函格式)', example: '此复。' },

  // ---- co-handler opinions (S07) ---------------------------------------------------------------
  { kind: 'cohandler', pattern: '(?:会办|协办|配合|参办)(?:意见|件|单位|情况)', source: 'RULEBOOK S07', example: '现将我局协办意见函告如下：' },
  { kind: 'cohandler', pattern: '供(?:你|您|贵)(?:单位|局|委|厅|办|部门)[^。]{0,40}参考', source: 'RULEBOOK S07', example: '提出如下协办意见，供你单位答复代表时参考。' },
  { kind: 'cohandler', pattern: '(?:会办|协办)[^。]{0,12}函告如下', source: 'RULEBOOK S07', example: '现将会办情况函告如下：' },
  { kind: 'cohandler', pattern: '如下(?:会办|协办)?意见', source: 'RULEBOOK S07 (to an organ: a co-handler’s opinion)', example: '现提出如下意见：' },

  // ---- footer labels (F01–F12) ------------------------------------------------------------------
  { kind: 'footer-label', pattern: '领导署名|签发人|(?:主管|分管)?领导签(?:字|批|发)|分管领导|主管领导|签批领导|审核人|审签人', source: 'RULEBOOK F01', example: '领导署名：周桂良' },
  { kind: 'footer-label', pattern: '承办人签字|经办人签字', source: LETTERS, example: '承办人签字：王某' },
  { kind: 'footer-label', pattern: '承办负责人|承办人及联系电话|承办人|经办人|承办单位|承办科室|分管单位|主办单位|责任单位', source: LETTERS, example: '承办负责人：王某' },
  { kind: 'footer-label', pattern: '联系人(?:及电话)?|联系电话|联系方式|联系单位|联系科室|单位联系电话|电话|手机', source: 'RULEBOOK F02, F03', example: '联系人：张三' },
  { kind: 'footer-label', pattern: '抄送|抄报', source: 'GB/T 9704-2012 §10.2; RULEBOOK F10', example: '抄送：市人大代表工作室' },
  { kind: 'footer-label', pattern: '附件', source: 'GB/T 9704-2012 §7.3.4', example: '附件：征询意见表' },
  { kind: 'footer-label', pattern: '(?:办复|答复|办理|办理结果)?类别|办理结果|公开属性|公开方式', source: 'RULEBOOK H10, F09', example: '办理结果：C' },

  // ---- appended material after the date --------------------------------------------------------
  { kind: 'appendix', pattern: '附[:：]|附[:：]?(?:原)?(?:建议|提案|议案)(?:原文|内容)?|附录|附表|(?:建议|提案)原文', source: LETTERS, example: '附：建议原文' },
];

/** One alternation of the fragments of `kinds` (not anchored). */
export function formulaSource(...kinds: FormulaKind[]): string {
  return FORMULAS.filter((f) => kinds.includes(f.kind))
    .map((f) => `(?:${f.pattern})`)
    .join('|');
}

/** A regular expression for the formulas of `kinds`; `anchor: 'start'` matches at the start only. */
export function formulaRegex(kinds: FormulaKind[], anchor?: 'start' | 'whole'): RegExp {
  const body = formulaSource(...kinds);
  return new RegExp(anchor === 'start' ? `^(?:${body})` : anchor === 'whole' ? `^(?:${body})$` : body);
}
