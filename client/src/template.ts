/**
 * Reply skeletons for "Reply Lint: New reply from template". Pure (no vscode import), so the
 * tests can lint what it produces: every skeleton must be clean under the generic profile.
 */
export type ReplyKind = 'npc' | 'cppcc' | 'cohandle';

export interface TemplateInput {
  kind: ReplyKind;
  /** Deputy's or member's name (without 代表/委员). */
  name: string;
  /** Suggestion / proposal number, digits as registered (e.g. 20230019). */
  number: string;
  /** The handling unit (发文机关), e.g. 厦门市工业和信息化局. */
  unit: string;
  date?: Date;
}

export function chineseDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

function clean(s: string, fallback: string): string {
  const v = s.replace(/[\r\n]+/g, ' ').trim();
  return v.length > 0 ? v : fallback;
}

export function replyTemplate(input: TemplateInput): string {
  const name = clean(input.name, '××').replace(/(代表|委员)[：:]?$/, '');
  const number = clean(input.number, '1').replace(/^第|号$/g, '');
  const unit = clean(input.unit, '××局');
  const date = chineseDate(input.date ?? new Date());
  const noun = input.kind === 'cppcc' ? '提案' : '建议';
  const role = input.kind === 'cppcc' ? '委员' : '代表';

  if (input.kind === 'cohandle') {
    return [
      `${unit}关于第${number}号${noun}的会办意见`,
      '',
      '××局：',
      '',
      `${name}${role}提出的《关于××的${noun}》（第${number}号）收悉。经认真研究，现将我单位会办意见答复如下：`,
      '',
      '一、职责范围内的工作情况',
      '',
      '请在此填写本单位职责范围内的办理情况。',
      '',
      '二、下一步工作打算',
      '',
      '请在此填写下一步工作打算。',
      '',
      '感谢贵单位对我们工作的关心和支持。',
      '',
      unit,
      date,
      '',
    ].join('\n');
  }
  return [
    `${unit}关于第${number}号${noun}办理情况答复的函`,
    '',
    `${name}${role}：`,
    '',
    `您提出的《关于××的${noun}》（第${number}号）收悉。现将办理情况答复如下：`,
    '',
    '一、基本情况',
    '',
    '（一）办理过程',
    '',
    '请在此填写办理过程。',
    '',
    '（二）办理结果',
    '',
    '请在此填写办理结果。',
    '',
    '二、下一步工作',
    '',
    '请在此填写下一步工作打算。',
    '',
    '感谢您对我们工作的关心和支持，敬请继续提出宝贵意见。',
    '',
    unit,
    date,
    '',
  ].join('\n');
}
