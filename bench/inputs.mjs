// Generates the benchmark inputs under bench/.work (idempotent): the seed split into
// paragraphs, 1,000 copies (.txt for replylint and the floor, .md twins for the Markdown
// anchors), 1 MB and 10 MB concatenations, and pathological files.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const WORK = new URL('./.work/', import.meta.url).pathname;
const SEED = new URL('../examples/seed.reply.txt', import.meta.url).pathname;

function concatTo(letter, bytes) {
  const parts = [];
  let size = 0;
  const one = Buffer.byteLength(letter + '\n');
  while (size < bytes) {
    parts.push(letter);
    size += one;
  }
  return parts.join('\n');
}

export function generate() {
  const stamp = join(WORK, '.generated-v1');
  const letter = readFileSync(SEED, 'utf8').replace(/ (?=\S)/g, '\n');
  if (existsSync(stamp)) return { letter, dir: WORK };
  mkdirSync(join(WORK, 'letters'), { recursive: true });
  mkdirSync(join(WORK, 'letters-md'), { recursive: true });
  writeFileSync(join(WORK, 'letter.txt'), letter);
  for (let i = 0; i < 1000; i++) {
    const name = `letter-${String(i).padStart(4, '0')}`;
    writeFileSync(join(WORK, 'letters', `${name}.txt`), letter);
    writeFileSync(join(WORK, 'letters-md', `${name}.md`), letter);
  }
  writeFileSync(join(WORK, 'big-1mb.txt'), concatTo(letter, 1 << 20));
  writeFileSync(join(WORK, 'big-1mb.md'), concatTo(letter, 1 << 20));
  writeFileSync(join(WORK, 'big-10mb.txt'), concatTo(letter, 10 << 20));
  writeFileSync(join(WORK, 'big-10mb.md'), concatTo(letter, 10 << 20));
  writeFileSync(join(WORK, 'patho-open-titles.txt'), '郭海峰代表：\n' + '《'.repeat(100000) + '\n');
  writeFileSync(join(WORK, 'patho-markers.txt'), '郭海峰代表：\n' + '一、关于工作\n'.repeat(100000));
  writeFileSync(join(WORK, 'patho-one-line.txt'), concatTo(letter.replace(/\n/g, ' '), 5 << 20).replace(/\n/g, ' '));
  writeFileSync(stamp, new Date().toISOString());
  return { letter, dir: WORK };
}
