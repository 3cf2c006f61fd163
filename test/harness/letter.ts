/**
 * The correct letter rule examples and rule-tester cases are embedded in when they cannot stand
 * alone (a doc number needs a header, a missing signer needs a footer). The letter is data: one
 * named part per line group (LetterSlot), so an example says which part it stands in for and
 * the harness never special-cases a rule. It lints clean under every rule, in the generic and
 * xiamen profiles (test/rules/examples.test.ts checks it).
 */
import type { LetterSlot } from '../../server/src/rules/rule';

/** The parts in letter order, each the text of one or more lines ('' : absent, e.g. no front matter). */
export const HOST_PARTS: ReadonlyArray<readonly [LetterSlot, string]> = [
  ['front-matter', ''],
  ['category', 'A类'],
  ['title', '厦门市工业和信息化局关于市十六届人大二次会议第20230019号建议办理情况答复的函'],
  ['doc-number', '厦工信函〔2023〕25号'],
  ['header-date', ''],
  ['salutation', '郭海峰代表：'],
  ['ack', '《关于构建产业链成长良好生态、助推先进制造业倍增发展的建议》（第20230019号）收悉。我局作为主办单位，现综合市发改委、市科技局意见，答复如下：'],
  [
    'body',
    [
      '一、办理工作背景',
      '该建议针对先进制造业倍增发展中存在的问题进行了详细的分析，对下一步工作提供了很好的参考。',
      '二、措施与成效',
      '（一）完善政策举措',
      '一是完善配套政策。二是出台支持措施。',
      '（二）提升产业基础能力',
      '市工信局引导企业加强研发创新，提升产业基础能力。',
    ].join('\n'),
  ],
  ['closing', '感谢对我们工作的关心和支持，敬请继续提出宝贵意见。'],
  ['signer', '领导署名：周桂良'],
  ['contact', '联系人：邱忠强'],
  ['phone', '联系电话：2896599'],
  ['issuer', '厦门市工业和信息化局'],
  ['date', '2023年4月10日'],
  ['disclosure', '（此件主动公开）'],
  ['cc', '抄送：市人大常委会代表工作委员会，市政府督查室。'],
];

export interface Embedded {
  /** The whole letter. */
  text: string;
  /** Where the part `at` starts in it (its text may be ''), or 0 when nothing was placed. */
  offset: number;
}

/**
 * The host letter with `parts` changed (part → text; '' removes the part's line), and the
 * offset of part `at`. With no changes it is the correct letter itself.
 */
export function embed(parts: Partial<Record<LetterSlot, string>>, at?: LetterSlot): Embedded {
  const lines: string[] = [];
  let offset = 0;
  let length = 0;
  for (const [slot, text] of HOST_PARTS) {
    const value = slot in parts ? parts[slot]! : text;
    if (slot === at) offset = length;
    if (value === '') continue;
    lines.push(value);
    length += value.length + 1;
  }
  return { text: lines.join('\n') + '\n', offset };
}

/** The correct host letter. */
export const HOST_LETTER = embed({}).text;

/** How the docs name each part (“in a letter, as its …”). */
export const SLOT_LABEL: Record<LetterSlot, { zh: string; en: string }> = {
  'front-matter': { zh: '元数据（YAML）', en: 'front matter' },
  category: { zh: '分类标识', en: 'result category' },
  title: { zh: '标题', en: 'title' },
  'doc-number': { zh: '发文字号', en: 'doc number' },
  'header-date': { zh: '版头日期', en: 'header date' },
  salutation: { zh: '称谓', en: 'salutation' },
  ack: { zh: '开头段', en: 'opening paragraph' },
  body: { zh: '正文', en: 'body' },
  closing: { zh: '结束语', en: 'closing' },
  signer: { zh: '领导署名', en: 'signer' },
  contact: { zh: '联系人', en: 'contact person' },
  phone: { zh: '联系电话', en: 'phone' },
  issuer: { zh: '发文机关署名', en: 'issuer' },
  date: { zh: '成文日期', en: 'date of issue' },
  disclosure: { zh: '公开属性', en: 'disclosure' },
  cc: { zh: '抄送', en: 'copy line' },
};
