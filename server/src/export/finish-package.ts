/**
 * What the `docx` package cannot say, set in the finished package (a line-end mark hangs past the
 * block, as Word and LibreOffice both do by default, so both break lines after 28 characters):
 * - word/fontTable.xml with a fallback for every East-Asian font the letter uses: Word looks a
 *   missing font up by its w:altName, so a machine without 仿宋_GB2312 prints in 仿宋 (`docx`
 *   writes an empty table);
 * - no automatic space between Chinese and Latin letters or digits (w:autoSpaceDE/DN off), so a
 *   line's width is what the 28-character grid counts in Word (LibreOffice 7.4 still adds its own).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { FontSpec } from '../profiles/layout';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One w:font per distinct name; East-Asian fonts get charset 86 (GB2312) and their fallbacks as w:altName. */
export function fontTableXml(fonts: FontSpec[]): string {
  const entries = new Map<string, string>();
  for (const f of fonts) {
    const [name, ...fallbacks] = f.eastAsia;
    if (name && !entries.has(name)) {
      const alt = fallbacks.length > 0 ? `<w:altName w:val="${escape(fallbacks.join(','))}"/>` : '';
      entries.set(name, `<w:font w:name="${escape(name)}">${alt}<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`);
    }
    if (!entries.has(f.latin)) entries.set(f.latin, `<w:font w:name="${escape(f.latin)}"><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="${W_NS}">${[...entries.values()].join('')}</w:fonts>`;
}

/** Paragraph defaults `docx` cannot write (it emits these switches only when on). */
const PARAGRAPH_DEFAULTS = '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';

/** The package with its font table replaced and those paragraph defaults set. */
export function finishPackage(docx: Uint8Array, fonts: FontSpec[]): Buffer {
  const files = unzipSync(docx);
  files['word/fontTable.xml'] = strToU8(fontTableXml(fonts));
  const styles = strFromU8(files['word/styles.xml']);
  // autoSpaceDE/DN come before w:spacing in a w:pPr (ECMA-376 CT_PPrBase order).
  if (!styles.includes('<w:pPrDefault><w:pPr>')) throw new Error('styles.xml without paragraph defaults: the docx package changed its output');
  files['word/styles.xml'] = strToU8(styles.replace('<w:pPrDefault><w:pPr>', `<w:pPrDefault><w:pPr>${PARAGRAPH_DEFAULTS}`));
  return Buffer.from(zipSync(files, { level: 6 }));
}
