import { defineRule } from './rule';
import { isHan } from '../text/chars';
import { q } from './util';

/** Verbs and adjectives whose ABAB reduplication is normal Chinese (研究研究, 雪白雪白). */
const REDUPLICABLE = new Set(
  ('研究 讨论 商量 考虑 学习 休息 锻炼 了解 认识 打扫 收拾 整理 检查 活动 交流 沟通 比较 介绍 体验 尝试 琢磨 思考 放松 ' +
    '准备 清理 调查 练习 打听 溜达 商议 合计 考察 帮助 议论 反思 总结 梳理 分析 说明 解释 适应 熟悉 关心 关照 照顾 ' +
    '雪白 通红 冰凉 笔直 火热 漆黑 碧绿 金黄 蔚蓝 崭新 滚烫 冰冷 雪亮 通明 热闹 高兴 开心 快乐 明白 清楚 干净 舒服 暖和 凉快 ' +
    '哈哈 嘻嘻 呵呵 谢谢 拜拜 咚咚 叮咚 轰隆 哗啦 扑通 滴答').split(' '),
);
/** Correlative frames that repeat their word by design (一边…一边, 时而…时而). */
const CORRELATIVE = /^(?:一边|一面|一手|时而|或者|或是|有的|有时|既是|也是|越是|不论|无论|一方|要么|宁可|不是|就是|还是|是否|一个|一次|一项|一批|一起|一方面|一|有|或|时|要|不|也|既|越|还|就|是|又|边|多|少|大|小|新|老)/;
const ENUM_VERB = /^(?:出台|制定|印发|发布|建立|建设|开展|推进|推动|加强|加大|完善|实施|组织|举办|成立|设立|落实|强化|深化|优化|提升)/;
const CLAUSE_END = '，,。；;：:！!？?';
/** CLAUSE_END by character code: ，,。；;：:！!？? */
function isClauseEnd(c: number): boolean {
  return c === 0xff0c || c === 0x2c || c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a || c === 0xff01 || c === 0x21 || c === 0xff1f || c === 0x3f;
}
const NEGATION_OR_JOIN = '不非未无或和与及跟同';
const IN_FRAME = /[时中上下后前里内]|方面|过程|期间|基础|同时|之际|当中|范围/;

/**
 * T03 — (1) a word typed twice in a row (关于关于, 水利水利), except normal reduplication
 * (研究研究, 一项一项, 雪白雪白); (2) a clause that opens with a two-character word and repeats it
 * a few characters later (调解知识产权纠纷调解案件); (3) a stray 在 between an enumerator and
 * its verb (一是在出台《…》，…) when no 时/中/上… closes an 在…时 frame.
 */
export default defineRule({
  id: 'duplicated-word',
  code: 'T03',
  category: 'typo',
  severity: 'info',
  fixable: false,
  docs: {
    zh: '检查误重复的词语（如“关于关于”“调解……调解案件”）和列举词后多余的“在”。',
    en: 'Flags words typed twice (关于关于, 调解…调解案件) and a stray 在 after an enumerator.',
  },
  source: 'RULEBOOK §8a T03 (heuristic from the seed)',
  examples: {
    correct: ['调解知识产权纠纷案件165件', '一是出台《…》', '研究研究', '一项一项地落实'],
    incorrect: ['调解知识产权纠纷调解案件165件', '一是在出台《…》', '关于关于强化…'],
  },
  check(ctx) {
    const enumAt = new Set(ctx.parts.enumItems.filter((e) => e.style === 'shi').map((e) => e.position.end.offset!));
    for (const b of ctx.blocks) {
      if (b.type === 'boilerplate') continue;
      const v = b.value;
      const s = b.position.start.offset!;
      const n = v.length;
      let clauseStart = 0; // a block start or just after ，。；：！？、
      // Every character is looked at, with the four after it: keep them in a sliding window
      // (c0 = v[i] … c4 = v[i + 4], 0 past the end) so that each character is read once.
      let c1 = codeAt(v, 0);
      let c2 = codeAt(v, 1);
      let c3 = codeAt(v, 2);
      let c4 = codeAt(v, 3);
      for (let i = 0; i < n; i++) {
        const c0 = c1;
        c1 = c2;
        c2 = c3;
        c3 = c4;
        c4 = i + 4 < n ? v.charCodeAt(i + 4) : 0;
        if (!isHan(c0)) {
          if (isClauseEnd(c0) || c0 === 0x3001) clauseStart = i + 1; // CLAUSE_END or 、
          continue;
        }
        // (1) adjacent repeat of a 2–4 character word. A repeat of n characters needs
        // v[i + n] === v[i] and v[i + n + 1] === v[i + 1]: test that before the full check.
        const adj = c4 === c0 || (c3 === c0 && c4 === c1) || (c2 === c0 && c3 === c1) ? adjacentRepeat(v, i) : 0;
        if (adj) {
          const w = v.slice(i, i + adj);
          ctx.report({
            range: [s + i + adj, s + i + 2 * adj],
            message: { zh: `${q(w + w)}中${q(w)}重复，疑为多打`, en: `${q(w)} is repeated in ${q(w + w)}; probably typed twice` },
          });
          i += 2 * adj - 1;
          // Refill the window after the jump (the next c0 is v[i + 1]).
          c1 = codeAt(v, i + 1);
          c2 = codeAt(v, i + 2);
          c3 = codeAt(v, i + 3);
          c4 = codeAt(v, i + 4);
          continue;
        }
        // (2) clause-initial word repeated a few characters later. The repeat is looked for by
        // code first (v[i + 3], v[i + 4] must be Han for any repeat); the word lists are consulted
        // only for a found repeat (all conditions are pure).
        if (i === clauseStart && i + 6 <= n && isHan(c1) && c0 !== c1 && isHan(c3) && isHan(c4)) {
          const j = laterRepeat(v, i);
          if (j > 0) {
            const w = v.slice(i, i + 2);
            if (!CORRELATIVE.test(w) && !REDUPLICABLE.has(w)) {
              ctx.report({
                range: [s + i, s + j + 2],
                message: {
                  zh: `${q(v.slice(i, j + 2))}中${q(w)}重复，疑为多余（如${q(v.slice(i, j) + v.slice(j + 2, j + 4))}）`,
                  en: `${q(w)} is repeated in ${q(v.slice(i, j + 2))}; one is probably redundant`,
                },
              });
            }
          }
        }
        // (3) 一是在 + verb, with no 在…时 frame in the clause.
        if (c0 === 0x5728 && enumAt.has(s + i) && ENUM_VERB.test(v.slice(i + 1, i + 3))) {
          let k = i + 1;
          let clause = '';
          let depth = 0;
          while (k < v.length && k - i < 80) {
            const ch = v[k];
            if (ch === '《') depth++;
            else if (ch === '》') depth = Math.max(0, depth - 1);
            else if (depth === 0 && CLAUSE_END.includes(ch)) break;
            else if (depth === 0) clause += ch;
            k++;
          }
          if (!IN_FRAME.test(clause.slice(2))) {
            const enumRaw = v.slice(Math.max(clauseStart, i - 2), i);
            ctx.report({
              range: [s + i, s + i + 1],
              message: {
                zh: `${q(enumRaw + '在' + v.slice(i + 1, i + 3))}中的“在”疑为多余，应为${q(enumRaw + v.slice(i + 1, i + 3))}`,
                en: `The “在” in ${q(enumRaw + '在' + v.slice(i + 1, i + 3))} looks redundant; expected ${q(enumRaw + v.slice(i + 1, i + 3))}`,
              },
            });
          }
        }
      }
    }
  },
});

/** The code at i, or 0 past the end (0 is never a Han character). */
function codeAt(v: string, i: number): number {
  return i < v.length ? v.charCodeAt(i) : 0;
}

/**
 * Where the clause-initial word v[i], v[i + 1] comes again with at least four characters between
 * (a whole object, not 建设项目建设进度's 项目), within the clause's Han run; -1 if not, or if
 * the repeat is a parallel frame or a negation.
 */
function laterRepeat(v: string, i: number): number {
  const a = v.charCodeAt(i);
  const b = v.charCodeAt(i + 1);
  for (let j = i + 4; j <= i + 10 && j + 2 < v.length; j++) {
    if (!isHan(v.charCodeAt(j - 1))) return -1;
    if (j >= i + 6 && v.charCodeAt(j) === a && v.charCodeAt(j + 1) === b) {
      // Parallel frames (一手抓…一手抓) repeat what follows, too; 定期或不定期 negates it.
      if (v.charCodeAt(j + 2) === v.charCodeAt(i + 2)) return -1;
      if (NEGATION_OR_JOIN.includes(v[j - 1])) return -1;
      if (!isHan(v.charCodeAt(j + 2))) return -1;
      return j;
    }
  }
  return -1;
}

/** Length (2–4) of a word written twice in a row at i, or 0. */
function adjacentRepeat(v: string, i: number): number {
  for (let n = 4; n >= 2; n--) {
    if (i + 2 * n > v.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const c = v.charCodeAt(i + k);
      if (!isHan(c) || c !== v.charCodeAt(i + n + k)) ok = false;
    }
    if (!ok) continue;
    const w = v.slice(i, i + n);
    if (new Set(w).size === 1) continue; // 哈哈哈哈, 层层层层
    if (w[0] === '一' || REDUPLICABLE.has(w) || /^[〇零一二三四五六七八九十百千万亿]+$/.test(w)) continue;
    return n;
  }
  return 0;
}
