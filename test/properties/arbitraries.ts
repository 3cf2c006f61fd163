/**
 * Inputs for the property tests and the fuzzer: arbitrary Unicode (unpaired surrogates, NUL,
 * control characters, long lines) and real letters from the corpus and the seed with random
 * cuts, insertions and duplications.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { CORPUS, SEED, corpusFiles, read } from '../helpers';

export const realLetters: string[] = [read(SEED), ...corpusFiles().map((f) => read(join(CORPUS, f)))];

/** Characters letters are made of, plus the ones that trip parsers. */
const letterChars = fc.constantFrom(
  ...'一二三四五六七八九十、，。；：？！（）()《》〈〉〔〕[]【】“”‘’"\'—-~～…·|｜0123456789.%+代表委员收悉答复如下关于建议提案号第年月日联系人电话抄送领导署名签发人是其首先 \n\r\t\u3000',
);

export const arbitraryText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.oneof(letterChars, fc.constant('\u0000'), fc.constant('\ud800'), fc.constant('\udfff')), maxLength: 600 }),
  fc.string({ unit: letterChars, minLength: 2000, maxLength: 6000 }),
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), len: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: letterChars, maxLength: 40 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.nat({ max: 600 }), to: fc.nat() }),
);

function mutate(text: string, ms: Array<{ kind: 'cut' | 'insert' | 'duplicate'; at: number; len?: number; text?: string; to?: number }>): string {
  let t = text;
  for (const m of ms) {
    const at = t.length === 0 ? 0 : m.at % (t.length + 1);
    if (m.kind === 'cut') t = t.slice(0, at) + t.slice(at + (m.len ?? 0));
    else if (m.kind === 'insert') t = t.slice(0, at) + (m.text ?? '') + t.slice(at);
    else {
      const piece = t.slice(at, at + (m.len ?? 0));
      const to = t.length === 0 ? 0 : (m.to ?? 0) % (t.length + 1);
      t = t.slice(0, to) + piece + t.slice(to);
    }
  }
  return t;
}

export const mutatedLetter = fc.tuple(fc.nat({ max: realLetters.length - 1 }), fc.array(mutation, { maxLength: 6 })).map(([i, ms]) => mutate(realLetters[i], ms));

export const anyInput = fc.oneof({ weight: 1, arbitrary: arbitraryText }, { weight: 2, arbitrary: mutatedLetter });
