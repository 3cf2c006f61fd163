import { defineRule } from '../rule';
import { q } from '../../analysis/finding';
import { proseBlocks, proseChars } from '../../analysis/prose';
import { endOf, startOf } from '../../text/spans';

/** A time expression right after 截止 (bounded, anchored at the scan point). */
const TIME_AFTER =
  /^(?:[ \u3000]?)(?:\d{4}年|\d{1,2}月|\d{1,2}日|[〇零一二三四五六七八九]{4}年|[一二三四五六七八九十]{1,3}月|目前|当前|现在|今年|去年|上年|本年|明年|年底|年末|年初|月底|月末|上月|本月|今天|今日|昨天|昨日|发稿|上半年|下半年|第[一二三四]季度|[一二三四]季度)/;
/** 报名截止2023年5月10日: 截止 is the verb of a deadline there, not the 截至 of a tally. */
const DEADLINE_SUBJECT = /(?:报名|申报|受理|投标|征集|申请|提交|登记|预约|招标|活动|时间|日期|有效期|期限)$/;

/**
 * T02 — 截至 goes before a time (截至2022年，共认定…); 截止 comes after it (…日截止, 截止日期).
 * 截止到 + time is acceptable usage, reported as info without a fix.
 */
export default defineRule({
  id: 'jiezhi-vs-jiezhi',
  code: 'T02',
  category: 'typo',
  severity: 'warning',
  fixable: 'safe',
  docs: {
    zh: '时间词之前用“截至”（截至2022年）；“截止”用于时间之后（……日截止、截止日期）。',
    en: 'Before a time expression write 截至 (截至2022年); 截止 follows the time (…日截止, 截止日期).',
  },
  source: '《现代汉语词典》 as cited [S17]',
  examples: {
    correct: ['截至2022年，共认定…', '报名于5月10日截止', '截止日期'],
    incorrect: [
      { text: '截止2022年，共认定…', output: '截至2022年，共认定…' },
      { text: '截止目前', output: '截至目前' },
    ],
  },
  check(ctx) {
    const blocks = proseBlocks(ctx);
    // One indexOf walk over the prose (block.value is its slice at the block's offsets) instead of
    // one per block; a 截止 outside the blocks or across a block end is skipped.
    const t = proseChars(ctx).text;
    let bi = 0;
    for (let at = t.indexOf('截止'); at >= 0; at = t.indexOf('截止', at + 2)) {
      while (bi < blocks.length && endOf(blocks[bi]) <= at) bi++;
      if (bi === blocks.length) break;
      const b = blocks[bi];
      const s = startOf(b);
      if (at < s || at + 2 > endOf(b)) continue;
      const v = b.value;
      const i = at - s;
      if (DEADLINE_SUBJECT.test(v.slice(Math.max(0, i - 3), i))) continue;
      const rest = v.slice(i + 2, i + 16);
      const dao = rest.startsWith('到') || rest.startsWith('至');
      const m = TIME_AFTER.exec(dao ? rest.slice(1) : rest);
      if (!m) continue;
      const range: [number, number] = [s + i, s + i + 2];
      const shown = v.slice(i, i + 2 + (dao ? 1 : 0) + m[0].length);
      if (dao) {
        ctx.report({
          range,
          severity: 'info',
          message: {
            zh: `${q(shown)}可写作${q('截至' + shown.slice(3))}`,
            en: `${q(shown)} can be written ${q('截至' + shown.slice(3))}`,
          },
          suggestions: [{ range: [s + i, s + i + 3], text: '截至', title: { zh: '改为“截至”', en: 'Change to “截至”' } }],
        });
        continue;
      }
      ctx.report({
        range,
        message: {
          zh: `时间词前应用“截至”，${q(shown)}应为${q('截至' + shown.slice(2))}`,
          en: `Before a time expression write “截至”: ${q(shown)} should be ${q('截至' + shown.slice(2))}`,
        },
        fix: { range: [s + i + 1, s + i + 2], text: '至' },
      });
    }
  },
});
