/**
 * Test letters as real .docx files, written by the `docx` package (a Word-compatible writer):
 * the seed split at its sections, a letter with Word automatic numbering, one with a table header
 * block, one whose 〔2023〕 and 截止 are split across differently formatted runs.
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, Textbox, TextRun, WidthType } from 'docx';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED } from '../helpers';

export type Para = string | Paragraph | Table | Textbox;

export async function docxBytes(children: Para[], numbering?: ConstructorParameters<typeof Document>[0]['numbering']): Promise<Buffer> {
  const doc = new Document({
    creator: 'Reply Lint tests',
    numbering,
    sections: [{ children: children.map((c) => (typeof c === 'string' ? new Paragraph({ children: [new TextRun(c)] }) : c)) }],
  });
  return Packer.toBuffer(doc);
}

export function tmpDir(prefix = 'replylint-docx-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function writeDocx(dir: string, name: string, children: Para[], numbering?: ConstructorParameters<typeof Document>[0]['numbering']): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await docxBytes(children, numbering));
  return file;
}

/** The seed letter (one scraped line and the web page text after it) as paragraphs: split at the spaces between its sections and at its line ends. */
export function seedParagraphs(): string[] {
  return readFileSync(SEED, 'utf8').replace(/\s+$/, '').split(/[ \n]/);
}

type Level = { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string; start?: number };

/** A Word list ("reference") whose levels 0, 1, … have these formats and texts. */
function list(reference: string, levels: Level[]) {
  return { reference, levels: levels.map((l, level) => ({ level, ...l, alignment: AlignmentType.LEFT })) };
}

/** Headings 一、 / （一） numbered by Word. */
export const NUMBERED = {
  config: [
    list('headings', [
      { format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
      { format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
    ]),
  ],
};

/** NUMBERED plus a second list whose level 0 starts at 三, so the reader sees 一、 then 三、. */
export const SKIPPED = { config: [...NUMBERED.config, list('restart', [{ format: LevelFormat.CHINESE_COUNTING, text: '%1、', start: 3 }])] };

/** A short letter whose Word-numbered headings read 一、 then 三、 (a skipped number). */
export function skippedNumberLetter(): Para[] {
  return [
    '郭海峰代表：',
    '《关于构建产业链成长良好生态的建议》收悉。现答复如下：',
    numbered('办理工作背景', 0),
    '我局高度重视。',
    new Paragraph({ children: [new TextRun('措施与成效')], numbering: { reference: 'restart', level: 0 } }),
    '我局积极推进。',
  ];
}

/** The seed's own heading style as Word numbering: 一、 / (一) / 1. (half-width brackets, as typed in the seed). */
export const SEED_NUMBERING = {
  config: [
    list('headings', [
      { format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
      { format: LevelFormat.CHINESE_COUNTING, text: '(%2)' },
      { format: LevelFormat.DECIMAL, text: '%3.' },
    ]),
  ],
};

/** The seed's paragraphs with their typed heading numbers (一、 (一) 1.) made Word automatic numbering. */
export function seedWithWordNumbering(): Paragraph[] {
  return seedParagraphs().map((p) => {
    const m = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+\.)/.exec(p);
    if (!m) return new Paragraph({ children: [new TextRun(p)] });
    const level = m[0].endsWith('、') ? 0 : m[0].startsWith('(') ? 1 : 2;
    return numbered(p.slice(m[0].length), level);
  });
}

export function numbered(text: string, level: number, instance = 1): Paragraph {
  return new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'headings', level, instance } });
}

export function table(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
  });
}

/** A paragraph from runs, every other one bold, so a split keeps visible formatting. */
export function runs(...parts: string[]): Paragraph {
  return new Paragraph({ children: parts.map((text, i) => new TextRun({ text, bold: i % 2 === 1 })) });
}
