import { defineRule, type RuleContext } from '../rule';
import type { Block } from '../../parse/types';
import { matchLabel, fieldKind } from '../../parse/patterns';
import { q } from '../../analysis/finding';
import { endOf, rangeOf, startOf } from '../../text/spans';
import { asciiDigits } from '../../text/chars';

const ITEM = /^(\s{0,4})([0-9０-９]{1,2})(\s?[、,，．.:：)）]?)/;

/**
 * S07 — the 附件说明: `附件：名称`, or `附件：1.名称` / `2.名称` for several; no punctuation after a
 * name; never `附件：如文` or `附件2件`. The colon after 附件 is the signature-block label rule's
 * (F12), so it is not reported twice.
 */
export default defineRule({
  id: 'attachment-note-format',
  code: 'S07',
  category: 'structure',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '附件说明写作“附件：1.××××”，多个附件用阿拉伯数字加下脚点编号，附件名称后不加标点。',
    en: 'The attachment note reads “附件：1.××××”: numbered with Arabic numerals and a dot when there are several, no punctuation after a name.',
  },
  source: 'GB/T 9704-2012 §7.3.4 [S4]',
  examples: {
    correct: ['附件：1.厦门市…一览表'],
    incorrect: [
      { text: '附件：1、厦门市…一览表。', output: '附件：1.厦门市…一览表' },
      { text: '附件：如文', output: null },
      { text: '附件2件', output: null },
    ],
  },
  check(ctx) {
    for (const group of attachmentGroups(ctx)) {
      const first = group[0];
      const fs = startOf(first);
      const fe = endOf(first);
      const label = matchLabel(ctx.text, fs, fe);
      if (!label) {
        ctx.report({
          range: [fs, fe],
          message: {
            zh: `附件说明${q(first.value.trim())}应写明附件名称（如“附件：1.××××”），不能只写件数`,
            en: `The attachment note ${q(first.value.trim())} must name the attachments (e.g. “附件：1.××××”), not only count them`,
          },
        });
        continue;
      }
      // Items: the text after the colon on the first line, then each following line.
      const items: Array<[number, number]> = [];
      let vs = label.colon + 1;
      while (vs < fe && /\s/.test(ctx.text[vs])) vs++;
      if (vs < fe) items.push([vs, fe]);
      for (const b of group.slice(1)) items.push(rangeOf(b));
      if (items.length === 0) continue;
      const firstText = ctx.text.slice(items[0][0], items[0][1]).trim();
      if (/^(?:如文|见文|如上|详见正文|见附件)[。.]?$|^\d+\s?[件份]$/.test(firstText)) {
        ctx.report({
          range: [fs, fe],
          message: {
            zh: `附件说明${q(ctx.text.slice(fs, fe).trim())}应写明附件名称（如“附件：1.××××”）`,
            en: `The attachment note ${q(ctx.text.slice(fs, fe).trim())} must name the attachments (e.g. “附件：1.××××”)`,
          },
        });
        continue;
      }
      for (const [s, e] of items) {
        const v = ctx.text.slice(s, e);
        const m = ITEM.exec(v);
        if (m && m[3] !== '.' && m[3] !== '．' && (m[3] !== '' || items.length > 1) && /^[\u4e00-\u9fff《“]/.test(v.slice(m[0].length))) {
          const ps = s + m[1].length + m[2].length;
          const pe = ps + m[3].length;
          const raw = m[2] + m[3];
          ctx.report({
            range: [s + m[1].length, pe],
            message: { zh: `附件序号${q(raw)}应为${q(m[2] + '.')}`, en: `Attachment number ${q(raw)} should be ${q(m[2] + '.')}` },
            fix: { range: [ps, pe], text: '.' },
          });
        }
        // The run of marks at the end (before trailing spaces), found backwards: a regex such as
        // /[。，]+$/ retries from every mark of a long run and takes quadratic time.
        const te = s + v.trimEnd().length;
        let ts = te;
        while (ts > s && '。；;，,、.．'.includes(ctx.text[ts - 1])) ts--;
        if (ts < te) {
          const t = ctx.text.slice(ts, te);
          ctx.report({
            range: [ts, te],
            message: { zh: `附件名称后不加标点，应删除${q(t)}`, en: `No punctuation after an attachment name; delete ${q(t)}` },
            fix: { range: [ts, te], text: '' },
          });
        }
      }
    }
  },
});

/** The 附件说明 line and the numbered lines under it, wherever the parser put them. */
function attachmentGroups(ctx: RuleContext): Block[][] {
  const groups: Block[][] = [];
  const bs = ctx.blocks;
  for (let i = 0; i < bs.length; i++) {
    const b = bs[i];
    if (b.type === 'boilerplate' || b.type === 'title' || b.type === 'salutation') continue;
    const v = b.value;
    const s = startOf(b);
    const label = matchLabel(ctx.text, s, endOf(b));
    const isNote = label ? fieldKind(label.label) === 'attachment' && /^附件/.test(label.label) : /^附件\s?[0-9一二三四五六七八九十]{1,2}\s?[件份]\s?$/.test(v.trim());
    if (!isNote) continue;
    const group = [b];
    if (label) {
      const firstItem = ctx.text.slice(label.colon + 1, endOf(b)).trim();
      let next = 2;
      if (/^[0-9０-９]{1,2}/.test(firstItem)) {
        for (let k = i + 1; k < bs.length; k++) {
          const m = /^\s{0,4}([0-9０-９]{1,2})\s?[、,，．.:：)）]?/.exec(bs[k].value);
          if (!m || Number(asciiDigits(m[1])) !== next) break;
          group.push(bs[k]);
          next++;
        }
      }
    }
    groups.push(group);
  }
  return groups;
}
