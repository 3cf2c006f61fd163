/**
 * Writes the committed Word fixtures: test/e2e/workspace/seed.docx (the seed split at its
 * sections, for the real-VS-Code tests). `node --import tsx test/docx/write-fixtures.ts`;
 * reader.test.ts checks the committed file still reads as the seed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';
import { docxBytes, seedParagraphs } from './make';

export const E2E_SEED_DOCX = join(ROOT, 'test', 'e2e', 'workspace', 'seed.docx');

if (process.argv[1]?.endsWith('write-fixtures.ts')) {
  void docxBytes(seedParagraphs()).then((b) => writeFileSync(E2E_SEED_DOCX, b));
}
