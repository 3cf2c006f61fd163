import { defineRule } from '../rule';
import { q } from '../../analysis/finding';

/**
 * N01 — a level-1 marker is a Chinese numeral followed by 顿号: 一、. The parser also takes 一.
 * 一． 一， 一: as level-1 markers (only at a block start and before text), so they are judged here.
 * The wrong mark is wrong in either width, so this is not a width-only finding.
 */
export default defineRule({
  id: 'heading-l1-marker',
  code: 'N01',
  category: 'numbering',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '一级标题序号用汉字数字加顿号，如“一、”。',
    en: 'A level-1 marker is a Chinese numeral followed by 顿号, e.g. “一、”.',
  },
  source: 'GB/T 9704-2012 §7.3.3; GB/T 15834-2011 附录B [S4][S9]',
  examples: {
    correct: ['一、办理工作背景'],
    incorrect: [
      { text: '一.办理工作背景', output: '一、办理工作背景' },
      { text: '一，办理工作背景', output: '一、办理工作背景' },
      { text: '一：办理工作背景', output: '一、办理工作背景' },
    ],
  },
  check(ctx) {
    for (const s of ctx.parts.sections) {
      const m = s.heading.marker;
      if (m.kind !== 'cn-dun' || m.close === undefined || m.close === '、') continue;
      const at = m.numeralRange[1];
      const want = ctx.text.slice(m.range[0], at) + '、';
      ctx.report({
        range: m.range,
        message: {
          zh: `一级标题序号${q(m.raw)}用错标点${q(m.close)}，应为${q(want)}`,
          en: `Level-1 marker ${q(m.raw)} uses ${q(m.close)}; expected ${q(want)}`,
        },
        fix: { range: [at, at + 1], text: '、' },
      });
    }
  },
});
