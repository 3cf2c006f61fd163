import { defineRule } from './rule';
import type { Citation } from '../parse/types';
import { digitRuns, editDistance, looseTitle, normalizeDocNumber, normalizeTitle } from '../registry/normalize';
import { q } from './util';

/** Place words looseTitle drops: two titles must agree on them (a national 《关于X的意见》 and
 * the city's 《厦门市关于X的意见》 are two documents). */
const PLACE = /厦门市|我市|我省|福建省|本市|全市/g;
/** A leading issuer-like prefix (河北省…, 湖里区…): titles that disagree on it are not paired. */
const LEAD_PLACE = /^[\u4e00-\u9fff]{1,5}?(?:省|自治区|市|州|县|区)/;

function places(title: string): string {
  return (normalizeTitle(title).match(PLACE) ?? []).sort().join(',');
}

function short(s: string): string {
  return s.length > 40 ? s.slice(0, 40) + '…' : s;
}

/**
 * C05 — one policy, one title. (a) the same 文号 after two different titles: error. (b) titles
 * equal after the RULEBOOK normalisation (关于/的/印发/通知, place words, brackets, dashes)
 * and (c) titles within 20% edits of each other that carry the same year range: warning.
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
    incorrect: ['《厦门市先进制造业倍增计划实施方案（2022—2026年）》…《厦门市关于先进制造业倍增计划的实施方案（2022—2026年）》'],
  },
  check(ctx) {
    const ack = ctx.parts.acknowledgement?.title;
    const headerEnd = ctx.parts.header.reduce((m, b) => Math.max(m, b.position.end.offset!), -1);
    const policies: Citation[] = [];
    for (const c of ctx.parts.citations) {
      if (c === ack || (ack && c.position.start.offset === ack.position.start.offset)) continue;
      if (c.position.start.offset! < headerEnd) continue;
      const title = c.title.trim();
      if (title.length < 4 || /(?:建议|提案|议案)$/.test(title)) continue;
      if (ctx.parts.boilerplate.some((b) => c.position.start.offset! >= b.position.start.offset! && c.position.start.offset! < b.position.end.offset!)) continue;
      policies.push(c);
    }
    const reported = new Set<Citation>();
    const report = (later: Citation, earlier: Citation, severity: 'error' | 'warning', sameNumber: boolean) => {
      if (reported.has(later)) return;
      reported.add(later);
      let want = earlier.title;
      const m = ctx.registry?.matchTitle(earlier.title) ?? ctx.registry?.matchTitle(later.title);
      if (m && m.kind === 'exact') want = m.entry.title;
      const why = sameNumber
        ? { zh: `同一文号${q(later.docNumber!.raw)}`, en: ` with the same number ${q(later.docNumber!.raw)}` }
        : { zh: '', en: '' };
      ctx.report({
        range: [later.position.start.offset!, later.titleRange[1] + 1],
        severity,
        message: {
          zh: `${why.zh}所引文件标题${q('《' + short(later.title) + '》')}与前文${q('《' + short(earlier.title) + '》')}不一致，同一文件应使用同一标题`,
          en: `The cited title ${q('《' + short(later.title) + '》')}${why.en} differs from the earlier ${q('《' + short(earlier.title) + '》')}; cite one document under one title`,
        },
        suggestions: [{
          range: later.titleRange, text: want,
          title: { zh: `统一为${q('《' + short(want) + '》')}`, en: `Use ${q('《' + short(want) + '》')}` },
        }],
      });
    };

    const keys = policies.map((c) => ({
      c,
      exact: normalizeTitle(c.title),
      loose: looseTitle(c.title),
      norm: looseTitle(c.title),
      digits: digitRuns(c.title),
      places: places(c.title),
      lead: (LEAD_PLACE.exec(normalizeTitle(c.title).replace(PLACE, '')) ?? [''])[0],
      num: c.docNumber ? normalizeDocNumber(c.docNumber.raw) : undefined,
    }));
    // (a) same 文号, different titles.
    const byNum = new Map<string, (typeof keys)[number]>();
    for (const k of keys) {
      if (!k.num) continue;
      const first = byNum.get(k.num);
      if (!first) byNum.set(k.num, k);
      else if (first.exact !== k.exact) report(k.c, first.c, 'error', true);
    }
    // (b)/(c) titles that name one document two ways. First form of each title wins.
    const seen: Array<(typeof keys)[number]> = [];
    for (const k of keys) {
      if (reported.has(k.c)) continue;
      let match: (typeof keys)[number] | undefined;
      for (const e of seen) {
        if (e.exact === k.exact) {
          match = undefined;
          break;
        }
        if (e.num && k.num && e.num !== k.num) continue; // two numbers: two documents
        if (e.digits !== k.digits || e.places !== k.places || e.lead !== k.lead) continue;
        if (e.loose === k.loose) {
          match = e;
          break;
        }
        // (c) needs a year range on both sides (RULEBOOK), and long enough titles.
        if (!/\d{4}-\d{4}/.test(e.exact.replace(/-+/g, '-')) || e.norm.length < 8) continue;
        const max = Math.floor(Math.max(e.norm.length, k.norm.length) * 0.2);
        if (max >= 1 && editDistance(e.norm, k.norm, max) <= max) {
          match = e;
          break;
        }
      }
      if (match) report(k.c, match.c, 'warning', false);
      else if (!seen.some((e) => e.exact === k.exact)) seen.push(k);
    }
  },
});
