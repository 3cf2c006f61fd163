import { defineRule } from '../rule';
import { q } from '../../analysis/finding';
import { startOf } from '../../text/spans';

/**
 * Names that are not works: meetings, organisations, activities, awards, bases, companies.
 * Only exact suffixes; a document title (规划/方案/办法/意见/通知/条例/… at the end) never
 * matches, and a title ending in brackets (（试行）) is left alone.
 */
const NON_WORK =
  /(?:大会|峰会|论坛|博览会|展览会|交易会|洽谈会|推介会|座谈会|研讨会|发布会|交流会|对接会|年会|委员会|协会|学会|商会|理事会|联合会|促进会|活动|大赛|竞赛|比赛|奖|中心|基地|公司|集团|企业|实验室|研究院|研究所|联盟|孵化器|产业园|示范区|艺术节|文化节|旅游节|课程|课题|商标)$/;
/** A government body's name in 书名号 (《市科技局》): short, ending in an organ suffix. */
const AGENCY = /^[\u4e00-\u9fff]{1,10}(?:局|厅|委|办|办公室|政府|人民政府|部)$/;
const DOC_END = /(?:规划|方案|办法|意见|通知|条例|规定|指引|细则|措施|指南|规程|纲要|决定|通告|公告|批复|报告|标准|规则|制度|法|计划|要点|清单|目录|手册|汇编|白皮书|年鉴|报|志|集|书|录|史|记|论|传)$/;

/** C07 — 书名号 marks works; meetings, organisations, activities, awards and brands take quotes or nothing. */
export default defineRule({
  id: 'cite-title-not-for-non-works',
  code: 'C07',
  category: 'citation',
  severity: 'info',
  fixable: 'suggest',
  docs: {
    zh: '书名号用于标示作品名称；会议、组织机构、活动、奖项、企业等名称不用书名号。',
    en: 'Title marks 《》 mark works; meetings, organisations, activities, awards and companies do not take them.',
  },
  source: 'GB/T 15834-2011 附录A 书名号用法补充规则 [S13]',
  examples: { correct: ['“海创会”', '厦门市专精特新中小企业'], incorrect: ['《海创会》', '《厦门市专精特新中小企业》', '《市科技局》'] },
  check(ctx) {
    const ack = ctx.parts.acknowledgement?.title;
    for (const c of ctx.parts.citations) {
      if (c === ack) continue;
      const title = c.title.trim();
      if (title.length < 2 || DOC_END.test(title)) continue;
      // 《海创会》《进博会》: a short name ending in 会 is a fair or a meeting.
      if (!NON_WORK.test(title) && !(title.length <= 5 && title.endsWith('会')) && !AGENCY.test(title)) continue;
      if (/[《〈“]/.test(title)) continue;
      const start = startOf(c);
      const close = c.titleRange[1];
      ctx.report({
        range: [start, close + 1],
        message: {
          zh: `${q(title)}不是作品名称，不应使用书名号，可改用引号或不加标号`,
          en: `${q(title)} is not the name of a work and takes no title marks; use quotation marks or none`,
        },
        suggestions: [
          {
            range: [start, close + 1],
            text: `“${c.title}”`,
            edits: [
              { range: [start, start + 1], text: '“' },
              { range: [close, close + 1], text: '”' },
            ],
            title: { zh: '改用引号', en: 'Use quotation marks' },
          },
          {
            range: [start, close + 1],
            text: c.title,
            edits: [
              { range: [start, start + 1], text: '' },
              { range: [close, close + 1], text: '' },
            ],
            title: { zh: '去掉书名号', en: 'Remove the title marks' },
          },
        ],
      });
    }
  },
});
