/**
 * LibreOffice for the Word tests: headless conversions with a private profile per test run (so
 * parallel runs do not share a user installation), and reading what LibreOffice saw in the ODT.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import { DOMParser } from '@xmldom/xmldom';

const profile = mkdtempSync(join(tmpdir(), 'replylint-lo-'));

/** `soffice --headless --convert-to <format> <file>`; returns the converted file's path. */
export function convert(file: string, format: string, outdir: string, extra: string[] = []): string {
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...extra, '--convert-to', format, '--outdir', outdir, file], { encoding: 'utf8', timeout: 180_000 });
  const ext = format.split(':')[0];
  const out = join(outdir, basename(file).replace(/\.[^.]+$/, `.${ext}`));
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
  try {
    readFileSync(out);
  } catch {
    throw new Error(`soffice wrote no ${out}: ${r.stdout} ${r.stderr}`);
  }
  return out;
}

const TEXT_NS = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const OFFICE_NS = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';

export interface OdtView {
  /** office:annotation elements (comments), with their text. */
  annotations: string[];
  insertions: number;
  deletions: number;
  /** The body's paragraphs with every change accepted: inserted text kept, deleted text (held in text:tracked-changes) gone, comments left out. */
  acceptedText: string;
}

type Node = { nodeType: number; localName?: string; namespaceURI?: string | null; nodeValue?: string | null; childNodes: ArrayLike<Node>; textContent?: string | null };

export function readOdt(file: string): OdtView {
  const content = unzipSync(readFileSync(file))['content.xml'];
  const doc = new DOMParser().parseFromString(new TextDecoder().decode(content), 'application/xml') as unknown as { getElementsByTagNameNS(ns: string, n: string): ArrayLike<Node> };
  const annotations = Array.from(doc.getElementsByTagNameNS(OFFICE_NS, 'annotation')).map((a) => a.textContent ?? '');
  const text = doc.getElementsByTagNameNS(OFFICE_NS, 'text')[0];
  const lines: string[] = [];
  const walk = (n: Node, line: string[]): void => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) line.push(c.nodeValue ?? '');
      if (c.nodeType !== 1) continue;
      const name = c.localName;
      if (c.namespaceURI === OFFICE_NS && name === 'annotation') continue;
      if (c.namespaceURI === TEXT_NS && name === 'tracked-changes') continue;
      if (c.namespaceURI === TEXT_NS && (name === 'p' || name === 'h')) {
        const own: string[] = [];
        walk(c, own);
        lines.push(own.join(''));
        continue;
      }
      if (c.namespaceURI === TEXT_NS && name === 's') line.push(' '.repeat(Number((c as unknown as { getAttributeNS(ns: string, n: string): string | null }).getAttributeNS(TEXT_NS, 'c')) || 1));
      else if (c.namespaceURI === TEXT_NS && name === 'tab') line.push('\t');
      else if (c.namespaceURI === TEXT_NS && name === 'line-break') line.push('\n');
      else walk(c, line);
    }
  };
  walk(text, []);
  return {
    annotations,
    insertions: doc.getElementsByTagNameNS(TEXT_NS, 'insertion').length,
    deletions: doc.getElementsByTagNameNS(TEXT_NS, 'deletion').length,
    acceptedText: lines.join('\n'),
  };
}
