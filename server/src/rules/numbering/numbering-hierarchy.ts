import { defineRule } from '../rule';
import { canonicalMarker, LEVEL_EN, LEVEL_ZH } from '../../analysis/markers';
import { childSections, siblingGroups } from '../../analysis/sections';
import type { Section } from '../../parse/types';
import { q } from '../../analysis/finding';

/**
 * N07 — going down, no level is skipped: 一、 directly followed by 1. (without （一）). Only a
 * parent → child step is judged: a letter whose highest level is 1. or （一） does not skip
 * anything (real letters often number only 1. 2. 3.), but a body that starts at （一） lacks its
 * first level. Levels beyond the fourth (①, 1)) are
 * N10's. One finding per parent and level.
 */
export default defineRule({
  id: 'numbering-hierarchy',
  code: 'N07',
  category: 'numbering',
  severity: 'warning',
  fixable: false,
  docs: {
    zh: '结构层次序数依次使用“一、”“（一）”“1.”“（1）”，向下不跳级。',
    en: 'Levels go 一、 → （一） → 1. → （1） without skipping a level on the way down.',
  },
  source: 'GB/T 9704-2012 §7.3.3 “依次可以用” [S4][S9]; “不能在一级标题之后直接跳到三级标题” [S9 bbs.5imtv]',
  examples: {
    correct: ['一、… （一）… 1.…', '1.… 2.… 3.…'],
    incorrect: ['一、… 1.…（no （一））', { text: '（一）完善政策举措\n市工信局完善配套政策。\n（二）提升产业基础能力\n市工信局引导企业加强研发创新。', in: 'body' }],
  },
  check(ctx) {
    // A body whose highest level is （一）: the first level 一、 is missing above it. (A body
    // numbered 1. 2. 3. alone is common and accepted; （一） is by its form a second level.)
    const top = ctx.parts.sections.filter((sec) => sec.heading.marker.level <= 4);
    const highest = Math.min(...top.map((sec) => sec.heading.marker.level));
    if (top.length > 0 && highest === 2) {
      const m = top.find((sec) => sec.heading.marker.level === 2)!.heading.marker;
      const want = canonicalMarker(1, m.ordinal);
      ctx.report({
        range: m.range,
        message: {
          zh: `正文序号从二级序号${q(m.raw)}开始，缺少一级序号；第一层应为${q(want)}`,
          en: `The body's numbering starts at the level-2 marker ${q(m.raw)} with no level 1 above it; the first level is ${q(want)}`,
        },
      });
    }
    const parents = new Map<Section, Section>();
    for (const s of ctx.parts.sections) for (const c of childSections(s)) parents.set(c, s);
    for (const group of siblingGroups(ctx)) {
      const first = group[0];
      const parent = parents.get(first);
      if (!parent) continue;
      const pl = parent.heading.marker.level;
      const cl = first.heading.marker.level;
      if (pl > 4 || cl > 4 || cl <= pl + 1) continue;
      const pm = parent.heading.marker;
      const cm = first.heading.marker;
      const skipped = [];
      for (let l = pl + 1; l < cl; l++) skipped.push(canonicalMarker(l, 1));
      const skippedZh = skipped.map(q).join('、');
      ctx.report({
        range: cm.range,
        message: {
          zh: `${LEVEL_ZH[pl]}标题${q(pm.raw)}下直接使用${LEVEL_ZH[cl]}序号${q(cm.raw)}，跳过了${skippedZh}这一层级`,
          en: `${LEVEL_EN[cl]} marker ${q(cm.raw)} sits directly under ${LEVEL_EN[pl]} ${q(pm.raw)}, skipping ${skipped.map(q).join(', ')}`,
        },
      });
    }
  },
});
