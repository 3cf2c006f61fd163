import { defineRule, type RuleContext } from '../rule';
import type { Section } from '../../parse/types';
import { q } from '../../analysis/finding';
import { endOf } from '../../text/spans';
import { LEVEL_EN, LEVEL_ZH } from '../../analysis/markers';

/**
 * N11 — each level uses one marker style across the letter (1. or 1．, （1） or ⑴), and level-2/3
 * headings end one way: either always a bare heading line, or always a heading sentence closed
 * by 。 (with the text after it). A hint only: one finding per level and kind of difference, at
 * the first heading that departs from the style most headings of that level use. Wrong markers
 * (1、, (一)) are N01–N04's and are not compared here.
 */
export default defineRule({
  id: 'marker-style-consistency',
  code: 'N11',
  category: 'numbering',
  severity: 'info',
  fixable: false,
  docs: {
    zh: '同一层级的序号写法全文一致，二、三级标题的结尾方式（单独成行或以句号结束接正文）一致。',
    en: 'Each level uses one marker style throughout, and level-2/3 headings end the same way (a bare line, or a sentence closed by 。).',
  },
  source: 'consistency convention (RULEBOOK N11)',
  examples: { correct: ['（一）完善政策举措 …（二）加快载体建设 …'], incorrect: ['（一）加快科技创新载体建设。… （二）完善政策举措 …'] },
  check(ctx) {
    const byLevel = new Map<number, Section[]>();
    for (const s of ctx.parts.sections) {
      const l = s.heading.marker.level;
      if (l > 4) continue;
      const g = byLevel.get(l) ?? [];
      g.push(s);
      byLevel.set(l, g);
    }
    for (const [level, list] of byLevel) {
      // Marker style: only among the accepted forms.
      if (level === 3) {
        const accepted = list.filter((s) => s.heading.marker.close === '.' || s.heading.marker.close === '．');
        report(
          ctx,
          accepted,
          (s) => s.heading.marker.close!,
          (dev, ref) => ({
            zh: `${LEVEL_ZH[level]}序号${q(dev.heading.marker.raw)}与同级的${q(ref.heading.marker.raw)}写法不一致`,
            en: `${LEVEL_EN[level]} marker ${q(dev.heading.marker.raw)} is written differently from ${q(ref.heading.marker.raw)} at the same level`,
          }),
          (s) => s.heading.marker.range,
        );
      }
      if (level === 4) {
        const accepted = list.filter((s) => s.heading.marker.kind === 'arabic-paren' || s.heading.marker.kind === 'circled');
        report(
          ctx,
          accepted,
          (s) => s.heading.marker.kind,
          (dev, ref) => ({
            zh: `${LEVEL_ZH[level]}序号${q(dev.heading.marker.raw)}与同级的${q(ref.heading.marker.raw)}写法不一致`,
            en: `${LEVEL_EN[level]} marker ${q(dev.heading.marker.raw)} is written differently from ${q(ref.heading.marker.raw)} at the same level`,
          }),
          (s) => s.heading.marker.range,
        );
      }
      if (level === 2 || level === 3) {
        report(
          ctx,
          list,
          (s) => endingOf(ctx.text, s),
          (dev, ref) => {
            const bare = endingOf(ctx.text, dev) === 'bare';
            const d = headingText(ctx.text, dev);
            const r = headingText(ctx.text, ref);
            return bare
              ? {
                  zh: `${LEVEL_ZH[level]}标题${q(d)}单独成行，而同级标题${q(r)}以句号结束并接正文，同级标题的写法应一致`,
                  en: `${LEVEL_EN[level]} heading ${q(d)} is a bare line while ${q(r)} at the same level is a sentence closed by 。; write them the same way`,
                }
              : {
                  zh: `${LEVEL_ZH[level]}标题${q(d)}以句号结束并接正文，而同级标题${q(r)}单独成行，同级标题的写法应一致`,
                  en: `${LEVEL_EN[level]} heading ${q(d)} is a sentence closed by 。 while ${q(r)} at the same level is a bare line; write them the same way`,
                };
          },
          (s) => [s.heading.marker.range[0], s.heading.headingRange[1]],
        );
      }
    }
  },
});

type Msg = { zh: string; en: string };

/** Reports the first section whose style differs from the majority (ties: the first style seen). */
function report(ctx: RuleContext, list: Section[], styleOf: (s: Section) => string, message: (dev: Section, ref: Section) => Msg, rangeOf: (s: Section) => [number, number]) {
  if (list.length < 2) return;
  const counts = new Map<string, number>();
  const firstOf = new Map<string, Section>();
  for (const s of list) {
    const k = styleOf(s);
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (!firstOf.has(k)) firstOf.set(k, s);
  }
  if (counts.size < 2) return;
  let major = '';
  let best = -1;
  for (const [k, n] of counts) {
    if (n > best) {
      best = n;
      major = k;
    }
  }
  const ref = firstOf.get(major)!;
  const dev = list.find((s) => styleOf(s) !== major)!;
  ctx.report({ range: rangeOf(dev), message: message(dev, ref) });
}

/** 'bare': the heading has no sentence mark (a title line); 'sentence': it is closed by 。 etc. */
function endingOf(text: string, s: Section): 'bare' | 'sentence' {
  const h = s.heading;
  const end = endOf(h);
  return h.headingRange[1] < end ? 'sentence' : /[。；;！？]$/.test(text.slice(h.headingRange[0], end).trimEnd()) ? 'sentence' : 'bare';
}

function headingText(text: string, s: Section): string {
  const h = s.heading;
  const end = endOf(h);
  const withMark = h.headingRange[1] < end ? h.headingRange[1] + 1 : h.headingRange[1];
  const t = text.slice(h.marker.range[0], withMark);
  return t.length > 24 ? t.slice(0, 23) + '…' : t;
}
