/**
 * Whether two policy titles name one document: the similarity behind cite-same-doc-different-title
 * (C05 d) and the cross-letter citation check. Two titles are one document when, after the
 * RULEBOOK normalisation, they end in the same kind of document (方案, 细则, 办法…), carry the
 * same numbers (years, editions) and places, and the shorter one's distinctive words can be
 * read off the longer one in order once generic words are set aside: a shortened title
 * (…科技成果转移转化… / …科技成果转化…) or a swapped generic word (行动方案 / 工作方案).
 * A swapped distinctive word (工业 / 农业) or another kind of document (实施方案 / 实施细则, a
 * 通知 / the 办法 it issues) keeps them apart.
 *
 * Thresholds, chosen on the corpus's citations and the near-miss pairs in
 * test/rules/title-similarity.test.ts: the shorter core keeps at least 60% of the longer one and
 * at least 5 characters.
 */
import { digitRunsOfNormalized, isSubsequenceOf, looseOfNormalized, normalizeTitle } from './normalize';

/** Kinds of document a title ends with, longest first (实施方案 is a 方案). */
const DOC_KINDS = [
  '方案',
  '细则',
  '办法',
  '意见',
  '通知',
  '规划',
  '计划',
  '措施',
  '规定',
  '条例',
  '决定',
  '纲要',
  '指南',
  '标准',
  '规范',
  '公告',
  '通告',
  '批复',
  '报告',
  '要点',
  '清单',
  '目录',
  '名录',
  '政策',
  '规则',
  '制度',
  '指引',
  '函',
];

/** Words that qualify a document without telling it apart from another (行动方案 = 工作方案). */
const GENERIC = /人民政府|政府办公厅|办公厅|办公室|行动|工作|实施|若干|具体|有关|相关|进一步|加快|推进|推动|促进|支持|加强|全面|大力|暂行|试行|的|和|与|及/g;

const PLACE = /[\u4e00-\u9fff]{1,6}?(?:省|自治区|市|州|县|区)(?=[\u4e00-\u9fff]{4})/y;

export interface TitleShape {
  kind: string;
  digits: string;
  place: string;
  /** The distinctive characters, in order. */
  core: string;
}

export function titleShape(raw: string): TitleShape {
  const exact = normalizeTitle(raw);
  const loose = looseOfNormalized(exact);
  // The place is read from the title as written (the loose key drops 厦门市, 我市…): a national
  // 《关于X的意见》 and the city's 《厦门市关于X的意见》 are two documents.
  PLACE.lastIndex = 0;
  const pm = PLACE.exec(exact);
  const place = pm ? pm[0] : '';
  PLACE.lastIndex = 0;
  const lm = PLACE.exec(loose);
  // A trailing year or range (…规划（2021—2035年）) is compared as digits, not as words.
  const body = loose.slice(lm ? lm[0].length : 0).replace(/\d{4}(?:[-—–~～]\d{4})?年?(?:版)?$/, '');
  const kind = DOC_KINDS.find((k) => body.endsWith(k)) ?? '';
  const issuing = isIssuingNotice(exact);
  return {
    kind: issuing ? '通知' : kind,
    digits: digitRunsOfNormalized(exact),
    place,
    core: body
      .slice(0, body.length - kind.length)
      .replace(GENERIC, '')
      .replace(/[-—–~～\s]/g, ''),
  };
}

/** The two titles name one document (see above); equal titles are not asked about. */
export function similarTitles(a: TitleShape, b: TitleShape): boolean {
  if (!a.kind || a.kind !== b.kind || a.digits !== b.digits) return false;
  if (a.place !== b.place) return false;
  const [s, l] = a.core.length <= b.core.length ? [a.core, b.core] : [b.core, a.core];
  if (s.length < 5 || s.length < l.length * 0.6) return false;
  return isSubsequenceOf(s, l);
}

/** 《关于印发X的通知》: the 通知 that issues a document is not the document (the loose key drops 印发 and 通知). */
export function isIssuingNotice(title: string): boolean {
  const t = title.trim().replace(/[》\s]+$/, '');
  return /印发|颁布|发布/.test(t) && t.endsWith('通知');
}
