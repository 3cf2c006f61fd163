import { defineRule } from '../rule';
import type { Citation } from '../../parse/types';
import { digitRunsOfNormalized, editDistance, leadPlaceOfNormalized, looseOfNormalized, normalizeDocNumber, normalizeTitle, placeWordsOfNormalized } from '../../registry/normalize';
import { q } from '../../analysis/finding';
import { isIssuingNotice, similarTitles, titleShape, type TitleShape } from '../../registry/similar';
import { endOf, startOf } from '../../text/spans';

/**
 * The comparison keys of one title, all derived from its normalizeTitle form. Only exact and
 * loose are needed for every pair of titles; the others are worked out the first time a pair
 * could match (most titles of a letter never get there).
 */
class TitleKeys {
  readonly exact: string;
  /** looseTitle (RULEBOOK C05 b), also the string the edit distance compares. */
  readonly loose: string;
  private _digits?: string;
  private _places?: string;
  private _lead?: string;
  private _yearRange?: boolean;

  constructor(title: string) {
    this.exact = normalizeTitle(title);
    this.loose = looseOfNormalized(this.exact);
  }

  get digits(): string {
    return (this._digits ??= digitRunsOfNormalized(this.exact));
  }

  /** The place words looseTitle drops: two titles must agree on them (a national 《关于X的意见》
   * and the city's 《厦门市关于X的意见》 are two documents). */
  get places(): string {
    return (this._places ??= placeWordsOfNormalized(this.exact));
  }

  /** A leading issuer-like prefix (河北省…, 湖里区…): titles that disagree on it are not paired. */
  get lead(): string {
    return (this._lead ??= leadPlaceOfNormalized(this.exact));
  }

  /** Carries a year range such as 2022-2026 (needed for the edit-distance match). */
  get yearRange(): boolean {
    return (this._yearRange ??= this.exact.includes('-') && /\d{4}-\d{4}/.test(this.exact.replace(/-+/g, '-')));
  }
}

/** Same digit runs, place words and leading issuer: a difference there means two documents. */
function sameQualifiers(a: TitleKeys, b: TitleKeys): boolean {
  return a.digits === b.digits && a.places === b.places && a.lead === b.lead;
}

function short(s: string): string {
  return s.length > 40 ? s.slice(0, 40) + '…' : s;
}

/**
 * C05 — one policy, one title. (a) the same 文号 after two different titles: error. (b) titles
 * equal after the RULEBOOK normalisation (关于/的/印发/通知, place words, brackets, dashes)
 * and (c) titles within 20% edits of each other that carry the same year range: warning;
 * (d) a shortened or reworded title of the same document (registry/similar.ts): info.
 * Width and dash differences alone are P01/D04's; the acknowledgement's suggestion title and
 * titles of suggestions/proposals are not policies.
 */
export default defineRule({
  id: 'cite-same-doc-different-title',
  code: 'C05',
  category: 'citation',
  severity: 'warning',
  fixable: 'suggest',
  docs: {
    zh: '同一份文件在同一封答复中应使用同一个标题，不应以不同名称引用。',
    en: 'One document is cited under one title throughout a letter.',
  },
  source: 'internal consistency; 答复须事实准确 [S26][S37]',
  examples: {
    correct: ['《厦门市先进制造业倍增计划实施方案（2022—2026年）》…《厦门市先进制造业倍增计划实施方案（2022—2026年）》'],
    incorrect: [{ text: '出台《厦门市先进制造业倍增计划实施方案（2022—2026年）》。\n落实《厦门市关于先进制造业倍增计划的实施方案（2022—2026年）》。', in: 'body' }],
  },
  check(ctx) {
    const ack = ctx.parts.acknowledgement?.title;
    const headerEnd = ctx.parts.header.reduce((m, b) => Math.max(m, endOf(b)), -1);
    const policies: Citation[] = [];
    for (const c of ctx.parts.citations) {
      if (c === ack || (ack && startOf(c) === startOf(ack))) continue;
      if (startOf(c) < headerEnd) continue;
      const title = c.title.trim();
      if (title.length < 4 || title.endsWith('建议') || title.endsWith('提案') || title.endsWith('议案')) continue;
      if (ctx.parts.boilerplate.some((b) => startOf(c) >= startOf(b) && startOf(c) < endOf(b))) continue;
      policies.push(c);
    }
    const reported = new Set<Citation>();
    const report = (later: Citation, earlier: Citation, severity: 'error' | 'warning' | 'info', sameNumber: boolean) => {
      if (reported.has(later)) return;
      reported.add(later);
      let want = earlier.title;
      const m = ctx.registry?.matchTitle(earlier.title) ?? ctx.registry?.matchTitle(later.title);
      if (m && m.kind === 'exact') want = m.entry.title;
      const why = sameNumber ? { zh: `同一文号${q(later.docNumber!.raw)}`, en: ` with the same number ${q(later.docNumber!.raw)}` } : { zh: '', en: '' };
      ctx.report({
        range: [startOf(later), later.titleRange[1] + 1],
        severity,
        message: {
          zh: `${why.zh}所引文件标题${q('《' + short(later.title) + '》')}与前文${q('《' + short(earlier.title) + '》')}不一致，同一文件应使用同一标题`,
          en: `The cited title ${q('《' + short(later.title) + '》')}${why.en} differs from the earlier ${q('《' + short(earlier.title) + '》')}; cite one document under one title`,
        },
        suggestions: [
          {
            range: later.titleRange,
            text: want,
            title: { zh: `统一为${q('《' + short(want) + '》')}`, en: `Use ${q('《' + short(want) + '》')}` },
          },
        ],
      });
    };

    // A letter cites the same few titles again and again: derive each title's keys once.
    const byTitle = new Map<string, TitleKeys>();
    const keys = policies.map((c) => {
      let t = byTitle.get(c.title);
      if (!t) byTitle.set(c.title, (t = new TitleKeys(c.title)));
      return { c, t, num: c.docNumber ? normalizeDocNumber(c.docNumber.raw) : undefined };
    });
    // (a) same 文号, different titles.
    const byNum = new Map<string, (typeof keys)[number]>();
    for (const k of keys) {
      if (!k.num) continue;
      const first = byNum.get(k.num);
      if (!first) byNum.set(k.num, k);
      else if (first.t.exact !== k.t.exact) report(k.c, first.c, 'error', true);
    }
    // (b)/(c) titles that name one document two ways. First form of each title wins.
    const seen: Array<(typeof keys)[number]> = [];
    for (const k of keys) {
      if (reported.has(k.c)) continue;
      let match: (typeof keys)[number] | undefined;
      for (const e of seen) {
        if (e.t.exact === k.t.exact) {
          match = undefined;
          break;
        }
        if (e.num && k.num && e.num !== k.num) continue; // two numbers: two documents
        // (b) equal loose keys, or (c) within 20% edits with a year range on both sides
        // (RULEBOOK) and long enough titles; either only for titles with the same qualifiers.
        // 《关于印发X的通知》 and 《X》 are two documents (the notice and what it issues).
        if (isIssuingNotice(e.c.title) !== isIssuingNotice(k.c.title)) continue;
        if (e.t.loose === k.t.loose) {
          if (!sameQualifiers(e.t, k.t)) continue;
          match = e;
          break;
        }
        if (e.t.loose.length < 8 || !e.t.yearRange) continue;
        const max = Math.floor(Math.max(e.t.loose.length, k.t.loose.length) * 0.2);
        if (max < 1 || Math.abs(e.t.loose.length - k.t.loose.length) > max || !sameQualifiers(e.t, k.t)) continue;
        if (editDistance(e.t.loose, k.t.loose, max) <= max) {
          match = e;
          break;
        }
      }
      if (match) report(k.c, match.c, 'warning', false);
      else if (!seen.some((e) => e.t.exact === k.t.exact)) seen.push(k);
    }
    // (d) a title shortened or reworded (转移转化 / 转化, 行动方案 / 工作方案): the same kind of
    // document, numbers and place, the shorter's distinctive words in the longer in order
    // (registry/similar.ts). A judgement, so a hint. Compared within one kind of document, and
    // against the first 200 distinct titles of that kind at most (a letter cites a few dozen).
    const byKind = new Map<string, Array<{ c: Citation; shape: TitleShape; exact: string }>>();
    const shapes = new Map<string, TitleShape>();
    for (const k of keys) {
      if (reported.has(k.c)) continue;
      let shape = shapes.get(k.c.title);
      if (!shape) shapes.set(k.c.title, (shape = titleShape(k.c.title)));
      if (!shape.kind) continue;
      const list = byKind.get(shape.kind) ?? [];
      if (list.length === 0) byKind.set(shape.kind, list);
      if (list.some((e) => e.exact === k.t.exact)) continue;
      const match = list.find((e) => similarTitles(e.shape, shape!) && !(e.c.docNumber && k.c.docNumber));
      if (match) report(k.c, match.c, 'info', false);
      else if (list.length < 200) list.push({ c: k.c, shape, exact: k.t.exact });
    }
  },
});
