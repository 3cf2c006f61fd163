/**
 * The body (正文): the blocks between the opening and the footer. A block that starts with a
 * numbering marker (一、 （一） 1. （1） ①…) becomes a heading (its text up to the first sentence
 * end) and opens a section of the marker's level; a section holds the blocks and deeper sections
 * after it and runs to the end of the last block before the next heading of its level or above.
 */
import { matchMarker } from '../markers';
import { pos } from '../position';
import type { Block, Heading, Section } from '../types';
import { end, start, type LetterDraft } from './draft';

/** Fills parts.body and parts.sections from blocks [from, to); returns the body's top-level nodes. */
export function buildBody(d: LetterDraft, from: number, to: number): Array<Section | Block> {
  const { blocks, parts, text, lines } = d;
  const top: Array<Section | Block> = [];
  const stack: Section[] = [];
  // A section's position is set when it closes.
  let prevEnd = -1;
  const close = (sec: Section) => {
    if (sec.position.end.offset !== prevEnd) sec.position = pos(lines, start(sec), prevEnd);
  };
  for (let i = from; i < to; i++) {
    const b = blocks[i];
    parts.body.push(b);
    // Offsets in the whole text (a block ends before a space or a line end, so nothing the
    // marker reader looks at past the block differs from reading the block alone).
    const marker = matchMarker(text, start(b), end(b));
    if (marker) {
      const h = toHeading(d, b, marker);
      // Until it closes, the section spans its heading block (the same, read-only points).
      const section: Section = { type: 'section', depth: marker.level, heading: h, children: [h], position: { start: b.position.start, end: b.position.end } };
      while (stack.length > 0 && stack[stack.length - 1].depth >= marker.level) close(stack.pop()!);
      if (stack.length > 0) stack[stack.length - 1].children.push(section);
      else top.push(section);
      parts.sections.push(section);
      stack.push(section);
    } else if (stack.length > 0) {
      stack[stack.length - 1].children.push(b);
    } else {
      top.push(b);
    }
    prevEnd = end(b);
  }
  for (const sec of stack) close(sec);
  return top;
}

/** Retypes `b` as a heading: its marker and its text after the marker up to the first sentence end. */
function toHeading({ text }: LetterDraft, b: Block, marker: NonNullable<ReturnType<typeof matchMarker>>): Heading {
  const s0 = start(b);
  const h = b as Heading;
  h.type = 'heading';
  h.marker = marker;
  const hs = marker.trailing ? marker.trailing[1] : marker.range[1];
  const rel = b.value.slice(hs - s0);
  const stop = rel.search(/[。；;！？]/);
  const he = stop >= 0 ? hs + stop : end(b);
  h.headingRange = [hs, he];
  h.heading = text.slice(hs, he).trim();
  return h;
}
