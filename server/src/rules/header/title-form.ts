import { defineRule } from '../rule';
import { q } from '../../analysis/finding';
import { isTitleLineJoin } from '../../analysis/header';
import { startOf } from '../../text/spans';

/** A title's tail that names a 文种: …答复, …答复函, …答复的函, …复函, …会办意见, …答复摘要. */
const DOC_TYPE_END = /(?:答复|函|(?:会办|协办|办理|答复)意见|答复摘要)$/;
/** …回复 / …回复函: 回复 is not a 文种. */
const HUIFU_END = /回复(?:的?函)?$/;
/** What the letter answers: a 建议/提案/议案 (or 批评和意见). */
const MATTER = /建议|提案|议案|批评|意见/;
/** The suggestion named by number, by its title in 《》, or described as 关于…的建议. */
const NUMBERED = /第\s{0,2}[0-9０-９A-Za-z]{1,16}\s{0,2}号/;

function describesMatter(t: string): boolean {
  if (/《[^》]{2,}》/.test(t) || /[“"][^”"]{4,}[”"]/.test(t)) return true;
  // 关于加强垃圾分类工作的建议 — a subject, not a person (关于郭海峰代表的建议 names nobody's matter).
  const m = /(?:关于|对)([^，。]{2,80}?)的(?:建议|提案|议案)/.exec(t.replace(/^(?:关于|对)\s?(?=关于|对)/, ''));
  return !!m && !/(?:代表|委员|同志)$/.test(m[1]);
}

/**
 * H02 — the title follows the reply-title pattern: <organ>关于<session>第N号建议(办理情况)答复的函,
 * with the variants real letters use (…答复函, …的答复, …答复的函, …的复函, …会办意见,
 * …答复摘要, 对…的答复, 关于…提案的答复). Checked piecewise, so each finding says what is off:
 * the 文种 (missing, or 回复 instead of 答复), the number (or the suggestion's own title), and
 * stray spaces inside a scraped title. A missing organ is title-required's (H01) hint.
 */
export default defineRule({
  id: 'title-form',
  code: 'H02',
  category: 'header',
  severity: 'warning',
  fixable: 'suggest',
  docs: {
    zh: '标题符合“××关于××会议第×号建议（提案）办理情况答复的函”等规范形式，写明编号和文种。',
    en: 'The title follows the reply-title pattern (…关于…第N号建议办理情况答复的函 and its variants), naming the number and the document type.',
  },
  source: '《党政机关公文处理工作条例》第九条(七) [S8]; 主办/会办 titles [S23]',
  examples: {
    correct: ['…关于市十六届人大二次会议第20230019号建议办理情况答复的函', '…关于省政协十二届二次会议第20230019号提案的答复'],
    incorrect: ['…关于郭海峰代表建议的回复'],
  },
  check(ctx) {
    const b = ctx.parts.title;
    if (!b) return;
    const raw = b.value;
    const lead = raw.length - raw.trimStart().length;
    const s = startOf(b) + lead;
    // A trailing mark is title-no-trailing-punct's (H03); judge the words before it.
    const t = raw.trim().replace(/[。，；：,;:.、！!？?]+$/, '');
    const e = s + t.length;
    const flat = t.replace(/\s+/g, '');
    const short = flat.length > 20 ? '…' + flat.slice(-16) : flat;

    const hf = HUIFU_END.exec(t);
    if (hf) {
      const at = s + hf.index;
      ctx.report({
        range: [at, at + 2],
        message: { zh: `标题${q(short)}中的“回复”不是公文文种，应为“答复”`, en: `“回复” in title ${q(short)} is not a document type; expected “答复”` },
        suggestions: [{ range: [at, at + 2], text: '答复', title: { zh: '改为“答复”', en: 'Change to “答复”' } }],
      });
    } else if (!DOC_TYPE_END.test(flat)) {
      ctx.report({
        range: [s, e],
        message: {
          zh: `标题${q(short)}未以文种结尾（如“…答复的函”“…的答复”）`,
          en: `Title ${q(short)} does not end with a document type (e.g. “…答复的函”, “…的答复”)`,
        },
      });
    }

    // A 复函 to an organ (or a co-handler's opinion) may answer several suggestions or none by
    // number: only a kind that requires the number is asked for the matter and the number.
    if (ctx.parts.kind.requires.number) {
      if (!MATTER.test(t)) {
        ctx.report({
          range: [s, e],
          message: {
            zh: `标题${q(short)}未写明所答复的建议或提案`,
            en: `Title ${q(short)} does not name the suggestion or proposal it answers`,
          },
        });
      } else if (!NUMBERED.test(t) && !describesMatter(t)) {
        const kind = /提案|委员|政协/.test(t) ? '提案' : '建议';
        ctx.report({
          range: [s, e],
          message: {
            zh: `标题${q(short)}未写明${kind}编号（如“第20230019号${kind}”）`,
            en: `Title ${q(short)} does not give the ${kind === '提案' ? 'proposal' : 'suggestion'} number (e.g. “第20230019号${kind}”)`,
          },
        });
      }
    }

    // Spaces inside the title (人大 一次会议). stray-space-cjk (P09) reports them in ordinary
    // letters; it is off for scraped ones, where the title's spaces are reported here (info:
    // often a lost line break of a two-line title).
    if (!ctx.scraped) return;
    const re = /[ \t\u3000\u00a0]+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) {
      const at = s + m.index;
      if (isTitleLineJoin(ctx.text, at, at + m[0].length)) continue;
      const around = t.slice(Math.max(0, m.index - 4), m.index + m[0].length + 4);
      ctx.report({
        range: [at, at + m[0].length],
        severity: 'info',
        message: {
          zh: `标题中${q(around)}有多余空格，应删除`,
          en: `Stray space in the title at ${q(around)}; remove it`,
        },
        suggestions: [{ range: [at, at + m[0].length], text: '', title: { zh: '删除空格', en: 'Remove the space' } }],
      });
    }
  },
});
