import { defineRule } from '../rule';
import { isHan } from '../../text/chars';
import { q } from '../../analysis/finding';
import type { RuleContext } from '../rule';
import { eachPositionInBlocks, proseBlocks, proseChars } from '../../analysis/prose';
import { charSet } from '../../text/char-index';
import { firstAtOrAfter, partitionPoint } from '../../text/search';
import { endOf, startOf } from '../../text/spans';

/** Verbs and adjectives whose ABAB reduplication is normal Chinese (研究研究, 雪白雪白). */
const REDUPLICABLE = new Set(
  (
    '研究 讨论 商量 考虑 学习 休息 锻炼 了解 认识 打扫 收拾 整理 检查 活动 交流 沟通 比较 介绍 体验 尝试 琢磨 思考 放松 ' +
    '准备 清理 调查 练习 打听 溜达 商议 合计 考察 帮助 议论 反思 总结 梳理 分析 说明 解释 适应 熟悉 关心 关照 照顾 ' +
    '雪白 通红 冰凉 笔直 火热 漆黑 碧绿 金黄 蔚蓝 崭新 滚烫 冰冷 雪亮 通明 热闹 高兴 开心 快乐 明白 清楚 干净 舒服 暖和 凉快 ' +
    '哈哈 嘻嘻 呵呵 谢谢 拜拜 咚咚 叮咚 轰隆 哗啦 扑通 滴答'
  ).split(' '),
);
/** Correlative frames that repeat their word by design (一边…一边, 时而…时而). */
const CORRELATIVE =
  /^(?:一边|一面|一手|时而|或者|或是|有的|有时|既是|也是|越是|不论|无论|一方|要么|宁可|不是|就是|还是|是否|一个|一次|一项|一批|一起|一方面|一|有|或|时|要|不|也|既|越|还|就|是|又|边|多|少|大|小|新|老)/;
const ENUM_VERB = /^(?:出台|制定|印发|发布|建立|建设|开展|推进|推动|加强|加大|完善|实施|组织|举办|成立|设立|落实|强化|深化|优化|提升)/;
const CLAUSE_END = '，,。；;：:！!？?';
/** CLAUSE_END by character code: ，,。；;：:！!？? */
function isClauseEnd(c: number): boolean {
  return c === 0xff0c || c === 0x2c || c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a || c === 0xff01 || c === 0x21 || c === 0xff1f || c === 0x3f;
}
/** Before the second mention: a negation or a join (定期或不定期), or a preposition that gives it another role (乡镇公墓…由乡镇聘请). */
const NEGATION_OR_JOIN = '不非未无或和与及跟同由被向对为给让把从经';
/** A clause that opens with an organ's name (…局, …委员会, …中心, …支队). */
const ORGAN_LEAD = /^[\u4e00-\u9fff]{2,10}?(?:局|委员会|委|办公室|办|厅|院|部|中心|支队|大队|中队|所|站|公司|集团|协会|学校|医院|政府)/;
const IN_FRAME = /[时中上下后前里内]|方面|过程|期间|基础|同时|之际|当中|范围/;

/**
 * T03 — (1) a word typed twice in a row (关于关于, 水利水利), except normal reduplication
 * (研究研究, 一项一项, 雪白雪白); (2) a clause that opens with a two-character word and repeats it
 * a few characters later (调解知识产权纠纷调解案件); (3) a stray 在 between an enumerator and
 * its verb (一是在出台《…》，…) when no 时/中/上… closes an 在…时 frame; (4) a two-character word
 * written again across 的 or a working verb (时间开展时间, 建议的建议).
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
    correct: ['调解知识产权纠纷案件165件', '一是出台《…》', '研究研究', '一项一项地落实', '可回收不可回收垃圾桶', '建设项目建设进度'],
    incorrect: ['调解知识产权纠纷调解案件165件', '一是在出台《…》', '关于关于强化…', '利用课余时间开展时间', '“关于加强菜市场管理的建议”建议'],
  },
  check(ctx) {
    const chars = proseChars(ctx);
    // The prose in one flat string (block.value is its slice at the block's offsets): reading it
    // by absolute offset avoids a sliced string per block in the hot loop.
    const t = chars.text;
    const blocks = proseBlocks(ctx);
    // (1) needs every character; (2) and (3) only look at clause starts and at 一是在, found from
    // the character index and the parser's enumerators. A position inside a reported repeat is
    // not looked at again (the repeat is all Han, so no clause mark is skipped).
    const spans: number[] = []; // [start, end) pairs of reported repeats, ascending
    for (const b of blocks) adjacentRepeats(ctx, t, startOf(b), endOf(b), spans);
    // Spans are ascending and disjoint: the last one starting at or before x is the only one
    // that can hold it (a binary search: a scan of all spans per question was quadratic on a
    // document with many repeats).
    const inSpan = (x: number) => {
      const lo = partitionPoint(spans.length >> 1, (i) => spans[2 * i] <= x);
      return lo > 0 && x < spans[2 * (lo - 1) + 1];
    };
    // (2) clause-initial word repeated a few characters later: at each block start and after each
    // clause mark (CLAUSE_END or 、).
    const marks = chars.positions(CLAUSE_MARKS);
    let k = 0;
    for (const b of blocks) {
      const s = startOf(b);
      const e = endOf(b);
      laterRepeatAt(ctx, t, s, e, inSpan);
      if (k < marks.length && marks[k] < s) k = firstAtOrAfter(marks, s);
      for (; k < marks.length && marks[k] < e; k++) if (marks[k] + 1 < e) laterRepeatAt(ctx, t, marks[k] + 1, e, inSpan);
    }
    // (4) a word repeated after one or two characters (时间开展时间, 建议的建议), and (5) the last
    // word of a quoted title written again after it (“关于…的建议”建议).
    for (const b of blocks) {
      nearRepeats(ctx, t, startOf(b), endOf(b), inSpan);
      afterQuoteRepeats(ctx, b.value, startOf(b));
    }
    // (3) 一是在 + verb: the 在 right after a 一是-style enumerator.
    const zai: number[] = [];
    for (const en of ctx.parts.enumItems) {
      const o = endOf(en);
      if (en.style === 'shi' && t.charCodeAt(o) === 0x5728) zai.push(o); // 在
    }
    if (zai.length === 0) return;
    zai.sort((a, b) => a - b);
    let last = -1;
    eachPositionInBlocks(zai, blocks, (i, b) => {
      if (i === last || inSpan(i)) return; // one enumerator end, one look
      last = i;
      strayZai(ctx, t, i, startOf(b), endOf(b));
    });
  },
});

/** CLAUSE_END and 、: a clause starts after each (see (2)). */
const CLAUSE_MARKS = charSet('，,。；;：:！!？?、');

/**
 * (1) adjacent repeat of a 2–4 character word in t[s, e). A repeat of n characters needs
 * t[i + n] === t[i] and t[i + n + 1] === t[i + 1]: equality tests on a sliding window
 * (c0 = t[i] … c4 = t[i + 4], 0 past the end, each character read once) come before the full check.
 */
function adjacentRepeats(ctx: RuleContext, t: string, s: number, e: number, spans: number[]): void {
  let c1 = codeIn(t, s, e);
  let c2 = codeIn(t, s + 1, e);
  let c3 = codeIn(t, s + 2, e);
  let c4 = codeIn(t, s + 3, e);
  for (let i = s; i < e; i++) {
    const c0 = c1;
    c1 = c2;
    c2 = c3;
    c3 = c4;
    c4 = i + 4 < e ? t.charCodeAt(i + 4) : 0;
    if (c4 !== c0 && (c3 !== c0 || c4 !== c1) && (c2 !== c0 || c3 !== c1)) continue;
    const adj = adjacentRepeat(t, i, e);
    if (!adj) continue;
    const w = t.slice(i, i + adj);
    ctx.report({
      range: [i + adj, i + 2 * adj],
      message: { zh: `${q(w + w)}中${q(w)}重复，疑为多打`, en: `${q(w)} is repeated in ${q(w + w)}; probably typed twice` },
    });
    spans.push(i, i + 2 * adj);
    i += 2 * adj - 1;
    // Refill the window after the jump (the next c0 is t[i + 1]).
    c1 = codeIn(t, i + 1, e);
    c2 = codeIn(t, i + 2, e);
    c3 = codeIn(t, i + 3, e);
    c4 = codeIn(t, i + 4, e);
  }
}

/**
 * (2) at the clause start i (block t[s, e)): the clause-initial word t[i], t[i + 1] repeated a few
 * characters later. The repeat is looked for by code first (t[i + 3], t[i + 4] must be Han for any
 * repeat); the word lists are consulted only for a found repeat (all conditions are pure).
 */
function laterRepeatAt(ctx: RuleContext, t: string, i: number, e: number, inSpan: (x: number) => boolean): void {
  if (i + 6 > e) return;
  const c0 = t.charCodeAt(i);
  // A repeat starts at one of i + 6 … i + 10 (and leaves two characters before e): most clauses
  // have none of these equal to t[i], so test that first.
  const last = Math.min(i + 10, e - 3);
  let at = i + 6;
  while (at <= last && t.charCodeAt(at) !== c0) at++;
  if (at > last) return;
  const c1 = t.charCodeAt(i + 1);
  if (!isHan(c0) || !isHan(c1) || c0 === c1 || !isHan(t.charCodeAt(i + 3)) || !isHan(t.charCodeAt(i + 4))) return;
  const j = laterRepeat(t, i, e);
  if (j < 0 || inSpan(i)) return;
  const w = t.slice(i, i + 2);
  if (CORRELATIVE.test(w) || REDUPLICABLE.has(w)) return;
  // 市场监管局加强市场…: the first mention is part of an organ's name, the second another role.
  if (ORGAN_LEAD.test(t.slice(i, j))) return;
  ctx.report({
    range: [i, j + 2],
    message: {
      zh: `${q(t.slice(i, j + 2))}中${q(w)}重复，疑为多余（如${q(t.slice(i, j) + t.slice(j + 2, Math.min(j + 4, e)))}）`,
      en: `${q(w)} is repeated in ${q(t.slice(i, j + 2))}; one is probably redundant`,
    },
  });
}

/**
 * Between the two mentions of (4): 的 alone (建议的建议), or one of the working verbs of letters
 * (时间开展时间): a word does not govern itself across these. Nouns between the mentions make
 * compounds (建设项目建设进度, 新能源等新能源), so only these are judged.
 */
const NEAR_GAP_VERBS = new Set(
  ('升级 开展 加强 推进 落实 实施 组织 建立 完善 推动 提升 做好 加大 进行 利用 安排 制定 出台 印发 ' + '开始 启动 增加 提高 加快 强化 深化 优化 解决 办理 协调 研究 明确 健全 规范 引导 鼓励 保障 确保').split(
    ' ',
  ),
);
/** Correlative frames that repeat a whole two-character word by design (一边…一边, 有的…有的). */
const FRAME_WORDS = new Set('一边 一面 一手 时而 或者 或是 有的 有时 既是 也是 越是 不论 无论 一方 要么 宁可 不是 就是 还是 是否 一个 一次 一项 一批'.split(' '));

/**
 * (4) a two-character word written again across 的 or a working verb (时间开展时间, 建议的建议)
 * in t[s, e); the second mention is reported.
 */
function nearRepeats(ctx: RuleContext, t: string, s: number, e: number, inSpan: (x: number) => boolean): void {
  for (let i = s; i + 5 <= e; i++) {
    const a = t.charCodeAt(i);
    const b = t.charCodeAt(i + 1);
    let j = -1;
    if (t.charCodeAt(i + 2) === 0x7684 && t.charCodeAt(i + 3) === a && t.charCodeAt(i + 4) === b)
      j = i + 3; // 的
    else if (i + 6 <= e && t.charCodeAt(i + 4) === a && t.charCodeAt(i + 5) === b && NEAR_GAP_VERBS.has(t.slice(i + 2, i + 4))) j = i + 4;
    if (j < 0 || a === b || !isHan(a) || !isHan(b) || inSpan(i) || inSpan(j)) continue;
    const w = t.slice(i, i + 2);
    if (FRAME_WORDS.has(w) || REDUPLICABLE.has(w)) continue;
    ctx.report({
      range: [j, j + 2],
      message: {
        zh: `${q(t.slice(i, j + 2))}中${q(w)}相隔不远重复出现，疑为多余`,
        en: `${q(w)} comes twice within a few characters in ${q(t.slice(i, j + 2))}; one is probably redundant`,
      },
    });
    i = j + 1;
  }
}

/**
 * (5) a title's edge word written again outside its marks: “…的建议”建议 / 《…的提案》提案 (the last
 * word after the closing mark) and 关于《关于…》 (the first word before the opening mark).
 */
const AFTER_QUOTE = /([\u4e00-\u9fff]{2})[”"》』]\s?\1|(关于|对于)[《“]\2/g;
function afterQuoteRepeats(ctx: RuleContext, v: string, s: number): void {
  if (!v.includes('”') && !v.includes('》') && !v.includes('"') && !v.includes('』') && !v.includes('《')) return;
  AFTER_QUOTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AFTER_QUOTE.exec(v))) {
    const w = m[1] ?? m[2];
    if (REDUPLICABLE.has(w)) continue;
    // The repeat outside the marks is reported: after the closing mark, or before the opening one.
    const at = m[1] ? s + m.index + m[0].length - 2 : s + m.index;
    ctx.report({
      range: [at, at + 2],
      message: {
        zh: `${q(m[0])}中${q(w)}在引号（书名号）内外重复，疑为多余`,
        en: `${q(w)} comes both inside and right after the quoted title in ${q(m[0])}; one is probably redundant`,
      },
    });
  }
}

/** (3) the 在 at i (block t[s, e)) right after 一是: reported unless a 在…时 frame follows in the clause. */
function strayZai(ctx: RuleContext, t: string, i: number, s: number, e: number): void {
  if (!ENUM_VERB.test(t.slice(i + 1, Math.min(i + 3, e)))) return;
  let k = i + 1;
  let clause = '';
  let depth = 0;
  while (k < e && k - i < 80) {
    const ch = t[k];
    if (ch === '《') depth++;
    else if (ch === '》') depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_END.includes(ch)) break;
    else if (depth === 0) clause += ch;
    k++;
  }
  if (IN_FRAME.test(clause.slice(2))) return;
  // The clause starts after the last clause mark before i (or at the block start).
  let clauseStart = s;
  for (let x = i - 1; x >= s && x >= i - 2; x--) {
    const c = t.charCodeAt(x);
    if (isClauseEnd(c) || c === 0x3001) {
      clauseStart = x + 1;
      break;
    }
  }
  const verb = t.slice(i + 1, Math.min(i + 3, e));
  const enumRaw = t.slice(Math.max(clauseStart, i - 2), i);
  ctx.report({
    range: [i, i + 1],
    message: {
      zh: `${q(enumRaw + '在' + verb)}中的“在”疑为多余，应为${q(enumRaw + verb)}`,
      en: `The “在” in ${q(enumRaw + '在' + verb)} looks redundant; expected ${q(enumRaw + verb)}`,
    },
  });
}

/** The code at i, or 0 at or past the block end e (0 is never a Han character). */
function codeIn(t: string, i: number, e: number): number {
  return i < e ? t.charCodeAt(i) : 0;
}

/**
 * Where the clause-initial word v[i], v[i + 1] comes again with at least four characters between
 * (a whole object, not 建设项目建设进度's 项目), within the clause's Han run; -1 if not, or if
 * the repeat is a parallel frame or a negation.
 */
function laterRepeat(v: string, i: number, end: number): number {
  const a = v.charCodeAt(i);
  const b = v.charCodeAt(i + 1);
  for (let j = i + 4; j <= i + 10 && j + 2 < end; j++) {
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

/** Length (2–4) of a word written twice in a row at i (before the block end), or 0. */
function adjacentRepeat(v: string, i: number, end: number): number {
  for (let n = 4; n >= 2; n--) {
    if (i + 2 * n > end) continue;
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
