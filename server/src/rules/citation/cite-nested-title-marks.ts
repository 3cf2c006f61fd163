import { defineRule } from '../rule';
import type { Fix } from '../rule';
import { q } from '../../analysis/finding';

const DOC_WORD = /(?:通知|意见|办法|规定|方案|条例|决定|细则|规划|措施|纲要|规则|指引|指南|标准|批复|公告|通告|报告|法)$/;

/**
 * C02 — a title inside a title uses the single marks 〈〉, not 《》 or ASCII <>; the third level
 * goes back to 《》. A quoted “…” inside a title is only taken for a nested title when it
 * names a document right after 转发/印发/贯彻/落实 (otherwise quotes are ordinary quotes).
 */
export default defineRule({
  id: 'cite-nested-title-marks',
  code: 'C02',
  category: 'citation',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '书名号内再用书名号时，里层用单书名号“〈〉”，不用“《》”“<>”或引号；第三层再用“《》”。',
    en: 'A title inside a title takes the single marks 〈〉, not 《》, <> or quotes; the third level goes back to 《》.',
  },
  source: 'GB/T 15834-2011 书名号 [S12]',
  examples: {
    correct: ['《关于转发〈关于……的通知〉的通知》'],
    incorrect: [
      { text: '《关于转发《关于……的通知》的通知》', output: '《关于转发〈关于……的通知〉的通知》' },
      { text: '《关于转发<关于……的通知>的通知》', output: '《关于转发〈关于……的通知〉的通知》' },
    ],
  },
  check(ctx) {
    const t = ctx.text;
    for (const c of ctx.parts.citations) {
      const [s, e] = c.titleRange;
      if (e - s > 400) continue;
      // Depth walk: the mark that encloses a nested title must alternate 《 〈 《 …
      const stack: Array<{ ch: string; at: number }> = [{ ch: '《', at: s - 1 }];
      for (let i = s; i < e; i++) {
        // By character code: t[i] would make a string per character.
        const c = t.charCodeAt(i);
        if (c === 0x300a || c === 0x3008 || c === 0x3c || c === 0xff1c) {
          stack.push({ ch: t[i], at: i }); // 《 〈 < ＜
        } else if (c === 0x300b || c === 0x3009 || c === 0x3e || c === 0xff1e) {
          const ch = t[i]; // 》 〉 > ＞
          const open = stack.pop();
          if (!open || stack.length === 0) break;
          const outer = stack[stack.length - 1].ch;
          const want = outer === '〈' ? ['《', '》'] : ['〈', '〉'];
          const ascii = open.ch === '<' || open.ch === '＜';
          if (ascii !== (ch === '>' || ch === '＞')) continue;
          if (open.ch === want[0] && ch === want[1]) continue;
          if (ascii && outer === '〈') continue; // <> at the third level: leave it
          const inner = t.slice(open.at + 1, i);
          const wrote = `${open.ch}${inner.length > 12 ? inner.slice(0, 12) + '…' : inner}${ch}`;
          const fix: Fix = {
            range: [open.at, i + 1],
            text: want[0] + inner + want[1],
            edits: [
              { range: [open.at, open.at + 1], text: want[0] },
              { range: [i, i + 1], text: want[1] },
            ],
          };
          ctx.report({
            range: [open.at, i + 1],
            message: {
              zh: `书名号内的书名${q(wrote)}应使用${want[0] === '〈' ? '单书名号“〈〉”' : '书名号“《》”'}`,
              en: `The title inside a title ${q(wrote)} takes ${want[0] === '〈' ? 'the single marks “〈〉”' : 'the marks “《》”'}`,
            },
            fix,
          });
        }
      }
      // “…” naming a document after 转发/印发/贯彻/落实, directly inside the outer title.
      for (let i = s; i < e; i++) {
        if (t.charCodeAt(i) !== 0x201c) continue; // “
        let close = i + 1;
        while (close < e && t.charCodeAt(close) !== 0x201d) close++; // ”
        if (close >= e) break;
        const inner = t.slice(i + 1, close);
        const before = t.slice(Math.max(s, i - 4), i);
        if (/(?:转发|印发|贯彻|落实|执行)$/.test(before) && (inner.startsWith('关于') || DOC_WORD.test(inner)) && !/[《〈“]/.test(inner)) {
          ctx.report({
            range: [i, close + 1],
            message: {
              zh: `书名号内的文件名${q(inner.length > 12 ? inner.slice(0, 12) + '…' : inner)}应使用单书名号“〈〉”，不用引号`,
              en: `The document title ${q(inner.length > 12 ? inner.slice(0, 12) + '…' : inner)} inside a title takes the single marks “〈〉”, not quotation marks`,
            },
            suggestions: [
              {
                range: [i, close + 1],
                text: `〈${inner}〉`,
                title: { zh: '改用单书名号“〈〉”', en: 'Use the single marks “〈〉”' },
              },
            ],
          });
        }
        i = close;
      }
    }
  },
});
