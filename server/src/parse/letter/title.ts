/**
 * The title (标题): typed by the header step (letter/header.ts); here a title wrapped onto a
 * second line (…人大二次会议 / 第N号建议办理情况答复的函) is joined, so parts.title spans both
 * lines, and a title with a stray mark at its end still reads as a title.
 */
import { TITLE_END } from '../patterns';
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
