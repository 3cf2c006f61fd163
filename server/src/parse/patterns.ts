/**
 * Shapes the segmenter and the classifier both recognise at the start of a piece of text.
 * Every pattern is anchored and bounded ({m,n}), so matching costs at most a few dozen steps.
 */

import { formulaRegex, formulaSource } from './formulas';

/** Field labels (the formula lexicon's footer labels), letter-spaced ones included (联 系 人, 抄  报). */
const LABEL_WORDS = formulaRegex(['footer-label']);
const LABEL_AT = /^((?:[\u4e00-\u9fff](?:[ \u3000]{1,3}(?=[\u4e00-\u9fff]))?|、){2,12}?)\s{0,2}[:：]/;
/** A label starts with its label word: "您的联系电话：" is prose. */
const LABEL_START = new RegExp(`^(?:领导|签发|分管|联系|单位|办公|电话|手机|承办|经办|抄|附件|办复|答复|办理|类别|公开|${formulaSource('footer-label')})`);

export interface LabelMatch {
  label: string; // spaces removed
  labelEnd: number; // offset just after the label text (before any spaces and the colon)
  colon: number; // offset of the colon
}

export function matchLabel(text: string, pos: number, end: number): LabelMatch | null {
  const m = LABEL_AT.exec(text.slice(pos, Math.min(end, pos + 32)));
  if (!m) return null;
  const label = m[1].replace(/[ \u3000]/g, '');
  if (!LABEL_WORDS.test(label) || label.length > 10) return null;
  // The label words must start the label: "您的联系电话：" is prose.
  if (!LABEL_START.test(label)) return null;
  return { label, labelEnd: pos + m[1].length, colon: pos + m[0].length - 1 };
}

export type FieldKindName = 'signer' | 'contact' | 'phone' | 'contactPhone' | 'contactUnit' | 'cc' | 'attachment' | 'category' | 'disclosure' | 'other';

export function fieldKind(label: string): FieldKindName {
  if (/抄送|抄报/.test(label)) return 'cc';
  if (/附件/.test(label)) return 'attachment';
  if (/类别/.test(label)) return 'category';
  if (/公开/.test(label)) return 'disclosure';
  if (/署名|签发|分管领导|主管领导|领导签|签批|审核|审签/.test(label)) return 'signer';
  const person = /联系人|承办人|经办人|人员/.test(label);
  const phone = /电话|手机/.test(label);
  if (person && phone) return 'contactPhone';
  if (phone) return 'phone';
  if (person) return 'contact';
  if (/联系单位|联系科室/.test(label)) return 'contactUnit';
  return 'other';
}

/** A whole date: 2023年4月10日, 2023-4-10, 2023.4.10, 2023/4/10, 20241018, 二〇二三年四月十日, 23年4月10日 (wrong, but still the date line) */
export const DATE_WHOLE =
  /^(?:\d{2}年\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|[〇○零一二三四五六七八九OＯ0]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/;

/**
 * A date line typed wrong: spaces inside (2021年 8 月26日) or digits run together with a missing
 * 月 or 日 (2025610, 2022 年629). Only tried where DATE_WHOLE fails; 6–8 digits.
 */
export const DATE_BROKEN_WHOLE = /^(?:19|20)\d{2}\s{0,2}(?:年\s{0,2})?\d{1,2}\s{0,2}(?:月\s{0,2})?\d{0,2}\s{0,2}日?$/;

/** A 发文字号 with any bracket around the year (rules judge the bracket). */
export const DOC_NUMBER_WHOLE = /^[\u4e00-\u9fff]{1,12}[〔[［【(（﹝〈]\s?(?:\d{2,4}|[〇○零一二三四五六七八九]{2,4})\s?[〕\]］】)）﹞〉]\s?第?\s?\d{1,5}\s?号?$/;

/** A 发文字号 line that also carries the category and the disclosure (钱汽发〔2020〕11号A类 同意公开). */
export const DOC_NUMBER_LINE = /^[\u4e00-\u9fff]{1,12}[〔[［【(（﹝]\s?\d{4}\s?[〕\]］】)）﹞]\s?第?\s?\d{1,5}\s?号\s{0,4}(?:[A-DＡ-Ｄ]\s?类)?\s{0,4}(?:同意公开|主动公开|依申请公开|不予公开|不公开)?$/;

/** 郭海峰代表: / 尊敬的宰会凤委员: / 郭胜利、陈爱珍委员: / 王立超  委员 / 代表: / 吕萍代表您好: */
export const SALUTATION_WHOLE = /^(?:尊敬的)?[^\s，。；,;：:!?！？]{0,40}?\s{0,4}(?:代表|委员|同志)(?:们)?(?:\s?(?:您好|你好)[，,！!]?)?\s{0,2}[:：]?$/;
/** The same, as the start of a piece of a long line (the colon is then required). */
export const SALUTATION_START = /^(?:尊敬的)?[^\s，。；,;：:!?！？《》“”]{1,40}?(?:代表|委员)(?:们)?[:：]/;
/** A whole token that is a salutation missing its colon (`郭海峰代表`), or a bare name with a colon (`郭海峰:`). */
export const SALUTATION_TOKEN = /^(?:尊敬的)?(?:[\u4e00-\u9fff·、]{1,16}(?:代表|委员)(?:们)?|[\u4e00-\u9fff·]{2,12}[:：])$/;

/** A footer label written without its colon: 领导署名周桂良, 签发人庞佃宝. */
export const LABEL_NO_COLON = /^(领导署名|签发人|分管领导|联系人|承办人|经办人|联系电话)(?=[\u4e00-\u9fff0-9])/;

/** Where a closing starts a piece of a scraped line (the thanks and formal closings of formulas.ts). */
export const CLOSING_START = /^(?:感谢|衷心感谢|再次感谢|非常感谢|十分感谢|诚挚感谢|特此(?:答复|函复|回复|复函|函告)|此复|专此|以上答复|敬请|欢迎)/;
/** Any closing formula (thanks, an invitation to advise, 特此函复, 以上答复…): see formulas.ts. */
export const CLOSING_ANY = formulaRegex(['closing', 'closing-formal']);

export const BOILERPLATE_START = /^(?:\||｜|相关阅读|相关链接|版权声明|最新内容|热点内容|分享到|打印本页|【打印|关闭窗口|责任编辑|来源[:：]|扫一扫|网站纠错|上一篇|下一篇|附件下载)/;

export const NOTE_WHOLE = /^[（(]\s?此件[^）)]{0,12}[）)]$/;

/** An organ's name standing alone: the 发文机关署名 or a letterhead. */
export const ORGAN_WHOLE = /^[\u4e00-\u9fff（）()·]{2,40}(?:局|委|委员会|办|办公室|厅|院|府|政府|部|中心|大队|支队|所|处|科|公司|集团|站|馆|会|署|行|社)$/;

export const TITLE_END = /(?:答复|复函|的函|答复函|会办意见|协办意见|答复摘要|回复|办理情况|答复意见)$/;

/** A–D alone (B, B类), or any letter with 类 or after a 类别 label (E类, 类别：E): rules judge the set. */
export const CATEGORY_WHOLE = /^(?:(?:(?:(?:办复|答复|办理|办理结果)?类别|办理结果)\s?[:：]?\s?)[A-Za-zＡ-Ｚａ-ｚ]\s?类?|[A-DＡ-Ｄ]\s?类?|[A-Za-zＡ-Ｚ]\s?类)$/;
