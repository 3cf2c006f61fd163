/**
 * Test-only readers for the Word export: the .docx parts (fflate + @xmldom/xmldom), LibreOffice
 * (soffice --headless --convert-to pdf, a private profile per run) and poppler (pdfinfo,
 * pdftotext -bbox). Measures in millimetres.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { DOMParser } from '@xmldom/xmldom';
import { fixUntilStable, lint, type LintConfig } from '../../server/src/index';
import { exportLetter, type ExportResult } from '../../server/src/export';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const TMP = join(ROOT, '.tmp', 'export-tests');
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const PT_MM = 25.4 / 72;

export function tmpDir(tag: string): string {
  mkdirSync(TMP, { recursive: true });
  return mkdtempSync(join(TMP, `${tag}-`));
}

/** Every part of the package, as text. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) out[name] = strFromU8(data);
  return out;
}

export function xml(text: string) {
  return new DOMParser().parseFromString(text, 'text/xml');
}

type El = ReturnType<typeof xml>['documentElement'] & {};

export function children(el: El, local: string): El[] {
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as El).localName === local && (n as El).namespaceURI === W) out.push(n as El);
  return out;
}

export function child(el: El | undefined, local: string): El | undefined {
  return el ? children(el, local)[0] : undefined;
}

export function attr(el: El | undefined, local = 'val'): string | undefined {
  return el?.getAttributeNS(W, local) ?? undefined;
}

/** The body's paragraphs: their text (w:br as a line break) and elements. */
export function bodyParagraphs(documentXml: string): Array<{ text: string; p: El; runs: El[] }> {
  const doc = xml(documentXml);
  const body = child(doc.documentElement!, 'body')!;
  return children(body, 'p').map((p) => {
    const runs = children(p, 'r');
    let text = '';
    for (const r of runs) {
      for (let n = r.firstChild; n; n = n.nextSibling) {
        if (n.nodeType !== 1) continue;
        const e = n as El;
        if (e.localName === 't') text += e.textContent ?? '';
        else if (e.localName === 'br' || e.localName === 'cr') text += '\n';
        else if (e.localName === 'tab') text += '\t';
      }
    }
    return { text, p, runs };
  });
}

/** The letter as the .docx shows it: non-empty body paragraphs, one to a line. */
export function docxLetterText(bytes: Uint8Array): string {
  return bodyParagraphs(docxParts(bytes)['word/document.xml'])
    .map((x) => x.text)
    .filter((t) => t.trim() !== '')
    .join('\n');
}

// ---- real components: LibreOffice and poppler ------------------------------------------------

/** .docx → .pdf with LibreOffice headless, in a profile of its own (parallel runs never share one). */
export function toPdf(docx: string): string {
  const dir = join(docx, '..');
  const profile = mkdtempSync(join(TMP, 'lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 180_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return docx.replace(/\.docx$/, '.pdf');
}

export function pdfInfo(pdf: string): { pages: number; widthMm: number; heightMm: number } {
  const out = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)![1]);
  const m = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out)!;
  return { pages, widthMm: Number(m[1]) * PT_MM, heightMm: Number(m[2]) * PT_MM };
}

export interface Word {
  text: string;
  /** Glyph box, millimetres from the page's top left. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** `pdftotext -bbox`: the words of each page. */
export function pdfWords(pdf: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: Word[][] = [];
  for (const page of html.split('<page ').slice(1)) {
    const words: Word[] = [];
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ x0: +m[1] * PT_MM, y0: +m[2] * PT_MM, x1: +m[3] * PT_MM, y1: +m[4] * PT_MM, text: decodeEntities(m[5]) });
    }
    pages.push(words);
  }
  return pages;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export interface Line {
  words: Word[];
  text: string;
  /** Bottom of the glyphs (the baseline's descent): shared by the words of one line. */
  bottom: number;
  x0: number;
  x1: number;
}

/** Words grouped into printed lines by the bottom of their glyph boxes (within 0.5 mm). */
export function pdfLines(words: Word[]): Line[] {
  const lines: Line[] = [];
  for (const w of [...words].sort((a, b) => a.y1 - b.y1 || a.x0 - b.x0)) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.bottom - w.y1) < 0.5) last.words.push(w);
    else lines.push({ words: [w], text: '', bottom: w.y1, x0: 0, x1: 0 });
  }
  for (const l of lines) {
    l.words.sort((a, b) => a.x0 - b.x0);
    l.text = l.words.map((w) => w.text).join(' ');
    l.x0 = Math.min(...l.words.map((w) => w.x0));
    l.x1 = Math.max(...l.words.map((w) => w.x1));
  }
  return lines;
}

// ---- letters ---------------------------------------------------------------------------------

/** A letter as a writer would export it: safe fixes applied (the engine's --fix), then exported. */
export async function exportFixed(text: string, path: string, config: LintConfig = {}, force = false): Promise<{ fixed: string; result: ExportResult }> {
  const fixed = fixUntilStable({ text, path }, config).output;
  return { fixed, result: await exportLetter({ text: fixed, path }, config, { force }) };
}

export function writeTmp(dir: string, name: string, bytes: Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

/**
 * Findings counted by rule: the same letter in another layout has no more of any. (By rule, not by
 * message: a message quotes a shortened excerpt, and a title broken over lines shortens differently.)
 */
export function findingCounts(text: string, path: string, config: LintConfig = {}): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of lint({ text, path }, config).messages) {
    const key = m.ruleId;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
