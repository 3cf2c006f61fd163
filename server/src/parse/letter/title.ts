/**
 * The title (标题): typed by the header step (letter/header.ts); here a title wrapped onto a
 * second line (…人大二次会议 / 第N号建议办理情况答复的函) is joined, so parts.title spans both
 * lines, and a title with a stray mark at its end still reads as a title. Then what the title
 * says is read onto it: the suggestion's number (第N号) and the organ it starts with.
 */
import { ORGAN_WHOLE, TITLE_END } from '../patterns';
import { pos } from '../position';
import { end, setType, start, type LetterDraft } from './draft';

/** Joins the line under the title when the title does not end like one and that line does. */
export function joinWrappedTitle(d: LetterDraft, headerEnd: number): void {
  const { blocks, parts, text, lines } = d;
  const ti = parts.title ? blocks.indexOf(parts.title) : -1;
  if (ti < 0 || ti + 1 >= headerEnd) return;
  const next = blocks[ti + 1];
  // (a word letter-spaced on its own line, 答 复, is read without its spaces)
  const nv = titleCore(next.value.trim().replace(/[ \u3000]+/g, ''));
  if (next.type === 'paragraph' && !TITLE_END.test(titleCore(parts.title!.value.trim())) && TITLE_END.test(nv) && !/[。；，,]/.test(nv) && nv.length <= 60) {
    setType(next, 'title');
    const s0 = start(parts.title!);
    const e1 = end(next);
    parts.title = { type: 'title', value: text.slice(s0, e1), inlines: [], position: pos(lines, s0, e1) };
  }
}

/**
 * A title with a stray mark at its end (…答复的函。) is still the title: the mark is dropped
 * for classification when what remains ends like a title and reads like one (no comma, no 收悉).
 */
export function titleCore(v: string): string {
  const core = v.replace(/[。，；：,;:.！!？?、]$/, '');
  if (core === v || !TITLE_END.test(core) || /[，,]|收悉/.test(core)) return v;
  return core;
}

/** Reads parts.title's number (the first 第N号) and its leading organ (…局关于). */
export function readTitle({ parts }: LetterDraft): void {
  const t = parts.title;
  if (!t) return;
  const m = /第\s{0,2}([0-9０-９A-Za-z]{1,16})\s{0,2}号/.exec(t.value);
  if (m) {
    const s = start(t) + m.index + m[0].indexOf(m[1]);
    t.number = { value: m[1], range: [s, s + m[1].length] };
  }
  const o = /^([\u4e00-\u9fff（）()·]{2,40}?)(?:关于|对)/.exec(t.value.trim());
  if (o && ORGAN_WHOLE.test(o[1])) t.organ = o[1];
}
