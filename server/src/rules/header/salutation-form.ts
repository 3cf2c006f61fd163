import { defineRule } from '../rule';
import { q } from '../../analysis/finding';
import { headRange } from '../../analysis/header';
import { isOrganName } from '../../analysis/organs';
import { isPlaceholderName } from '../../analysis/salutation';
import { metaNames } from '../../analysis/meta';
import { endOf, startOf } from '../../text/spans';

/** Front-matter keys that name the deputy or member. */
export const PERSON_KEYS = ['代表', '委员', 'deputy', 'member'];

/**
 * H14 — the addressee line: <姓名>代表： / <姓名>委员： / <organ>：, ending with a full-width colon.
 *
 * - Missing line (profile requires a salutation) or missing colon: error; the colon is added
 *   by a safe fix. An ASCII colon (代表:) is a width defect: when the letter is full of ASCII
 *   marks fullwidth-punct reports them all at once, otherwise this rule reports it (safe fix).
 * - 尊敬的…代表： is not reported: GB/T 9704 shows the bare name, but the courtesy is common in
 *   replies to individuals (the RULEBOOK's example is incorrect for its missing colon).
 * - No name (代表： / 委员：): warning. A placeholder name (xxx委员, an anonymised copy) is left alone.
 * - A person's name without 代表/委员 (郭海峰：): warning; an organ or a party/group is fine.
 * - 代表 in a CPPCC (政协) letter or 委员 in an NPC (人大) letter: warning.
 * - Several names (联名建议): info — joint suggestions are answered to each deputy, although
 *   some rules let the lead deputy be answered for all.
 * - Spaces inside the line (王立超  委员): stray-space-cjk's; here (info) only in scraped letters.
 * - A name that the front matter (代表/委员/deputy/member) does not list: warning.
 */
export default defineRule({
  id: 'salutation-form',
  code: 'H14',
  category: 'header',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '称谓行写作“××代表：”“××委员：”或“单位名称：”，末尾用全角冒号。',
    en: 'The addressee line reads “××代表：”, “××委员：” or an organisation name, ending with a full-width colon.',
  },
  source: '主送机关“最后一个主送机关名称后标全角冒号” [S5b]; template “××代表：” [S35]; 逐人答复 [S18][S19][S24]',
  examples: {
    correct: ['郭海峰代表：'],
    incorrect: [
      { text: '郭海峰代表:', output: '郭海峰代表：' },
      { text: '郭海峰代表', output: '郭海峰代表：' },
      { text: '郭海峰：', in: 'salutation', output: null },
    ],
  },
  check(ctx) {
    const s = ctx.parts.salutation;
    if (!s) {
      if (!ctx.profile.require.salutation || ctx.blocks.length === 0) return;
      // A 会办意见 may go to the 主办 unit without a separate line; only ask when the letter has an opening.
      if (!ctx.parts.acknowledgement && ctx.parts.opening.length === 0) return;
      const at = ctx.parts.opening[0] ? startOf(ctx.parts.opening[0]) : headRange(ctx)[0];
      const end = ctx.parts.opening[0] ? Math.min(endOf(ctx.parts.opening[0]), at + 20) : headRange(ctx)[1];
      const mid = ctx.parts.kind.startsMidLetter;
      ctx.report({
        range: [at, end],
        severity: mid ? 'info' : undefined,
        message: mid
          ? { zh: '正文从开头语起，未见称谓（如“郭海峰代表：”）', en: 'The text starts at the acknowledgement with no salutation (e.g. “郭海峰代表：”)' }
          : { zh: '缺少称谓（如“郭海峰代表：”）', en: 'Missing salutation (e.g. “郭海峰代表：”)' },
      });
      return;
    }
    const shown = s.line;

    // 尊敬袁某代表： — 尊敬 without 的.
    if (s.courtesy && s.courtesy[1] - s.courtesy[0] === 2) {
      const at = s.courtesy[1];
      ctx.report({
        range: s.courtesy,
        severity: 'warning',
        message: { zh: `称谓${q(shown)}中“尊敬”后缺少“的”，应为“尊敬的”`, en: `“尊敬” in salutation ${q(shown)} lacks “的”; expected “尊敬的”` },
        fix: { range: [at, at], text: '的' },
      });
    }
    // 吕萍代表您好： — the salutation is the addressee alone; the greeting is spoken style.
    if (s.greeting) {
      const g = ctx.text.slice(s.greeting[0], s.greeting[1]);
      ctx.report({
        range: s.greeting,
        severity: 'info',
        message: { zh: `称谓${q(shown)}中的${q(g.trim())}不合公文称谓格式，应删除`, en: `${q(g.trim())} in salutation ${q(shown)} does not belong in a letter's salutation; delete it` },
        suggestions: [{ range: s.greeting, text: '', title: { zh: `删除${q(g.trim())}`, en: `Delete ${q(g.trim())}` } }],
      });
    }

    // The colon.
    if (!s.colon) {
      ctx.report({
        range: s.lineRange,
        message: { zh: `称谓${q(shown)}末尾缺少全角冒号“：”`, en: `Salutation ${q(shown)} lacks the final full-width colon “：”` },
        fix: { range: [s.lineRange[1], s.lineRange[1]], text: '：' },
      });
    } else if (ctx.text[s.colon[0]] === ':' && !ctx.halfWidthAggregated) {
      ctx.report({
        range: s.colon,
        message: { zh: `称谓${q(shown)}末尾的半角冒号应为全角“：”`, en: `The half-width colon after salutation ${q(shown)} should be full-width “：”` },
        fix: { range: s.colon, text: '：' },
      });
    }

    // Spaces inside the line: stray-space-cjk (P09) reports them, except in scraped letters.
    if (ctx.scraped)
      for (const sp of s.spaces) {
        ctx.report({
          range: sp,
          severity: 'info',
          message: { zh: `称谓${q(shown)}中有多余空格`, en: `Stray space in salutation ${q(shown)}` },
          suggestions: [{ range: sp, text: '', title: { zh: '删除空格', en: 'Remove the space' } }],
        });
      }

    const name = s.name;
    if (s.title) {
      if (name === '') {
        ctx.report({
          range: s.titleRange!,
          severity: 'warning',
          message: {
            zh: `称谓${q(shown)}缺少姓名，应为“××${s.title}：”`,
            en: `Salutation ${q(shown)} gives no name; expected “××${s.title}：”`,
          },
        });
      }
      // 代表 answers an NPC suggestion, 委员 a CPPCC proposal.
      const head = ctx.parts.title?.value ?? '';
      const npc = /人大|人民代表大会/.test(head);
      const cppcc = /政协|政治协商/.test(head);
      let want = npc && !cppcc && s.title === '委员' ? '代表' : cppcc && !npc && s.title === '代表' ? '委员' : undefined;
      // Without 人大 / 政协 in the title, the letter's kind read from the title or the
      // acknowledgement (第N号提案, 提案收悉) tells which the addressee is.
      const kind = ctx.parts.kind;
      const byKind = !npc && !cppcc && (kind.evidence === 'title' || kind.evidence === 'acknowledgement');
      if (!want && byKind && kind.name === 'proposal-reply' && s.title === '代表') want = '委员';
      if (!want && byKind && kind.name === 'suggestion-reply' && s.title === '委员' && /议案|建议/.test(head)) want = '代表';
      if (want && byKind) {
        const doc = want === '委员' ? { zh: '政协提案', en: 'a CPPCC proposal' } : { zh: '人大代表建议', en: 'an NPC suggestion' };
        ctx.report({
          range: s.titleRange!,
          severity: 'warning',
          message: {
            zh: `答复的是${doc.zh}，称谓${q(shown)}中的“${s.title}”应为“${want}”`,
            en: `The letter answers ${doc.en}; “${s.title}” in salutation ${q(shown)} should be “${want}”`,
          },
          suggestions: [{ range: s.titleRange!, text: want, title: { zh: `改为“${want}”`, en: `Change to “${want}”` } }],
        });
      } else if (want) {
        ctx.report({
          range: s.titleRange!,
          severity: 'warning',
          message: {
            zh: `标题为${npc ? '人大代表建议' : '政协提案'}，称谓${q(shown)}中的“${s.title}”应为“${want}”`,
            en: `The title answers ${npc ? 'an NPC suggestion' : 'a CPPCC proposal'}; “${s.title}” in salutation ${q(shown)} should be “${want}”`,
          },
        });
      }
    } else if (name !== '' && !isOrganName(name) && /^[\u4e00-\u9fff·]{2,5}$/.test(name) && !/^(?:您好|你好|各位|大家好)$/.test(name)) {
      ctx.report({
        range: s.nameRange,
        severity: 'warning',
        message: {
          zh: `称谓${q(shown)}缺少“代表”或“委员”，应为${q(name + '代表：')}或${q(name + '委员：')}`,
          en: `Salutation ${q(shown)} lacks “代表” or “委员”; expected ${q(name + '代表：')} or ${q(name + '委员：')}`,
        },
      });
    }

    if (name === '' || isPlaceholderName(name) || !s.title) return;
    const { names, more } = s;
    if (names.length > 1 || more) {
      ctx.report({
        range: s.nameRange,
        severity: 'info',
        message: {
          zh: `称谓${q(shown)}列出多位${s.title}；联名建议一般应分别答复每位${s.title}`,
          en: `Salutation ${q(shown)} lists several addressees; a joint suggestion is usually answered to each one separately`,
        },
      });
    }
    const listed = metaNames(ctx, PERSON_KEYS);
    if (listed.length === 0) return;
    const stray = names.filter((n) => !listed.includes(n));
    if (stray.length > 0) {
      ctx.report({
        range: s.nameRange,
        severity: 'warning',
        message: {
          zh: `称谓中的姓名${q(stray.join('、'))}与元数据中的${q(listed.join('、'))}不一致`,
          en: `Name ${q(stray.join('、'))} in the salutation differs from ${q(listed.join('、'))} in the metadata`,
        },
      });
    }
  },
});
