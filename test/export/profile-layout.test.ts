// A team's profile file overrides the export layout (`layout`, validated by the profile schema):
// numbers, fonts and their fallbacks; a wrong key is a config error (exit 2, one line).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeDir, runCli, tempDir } from '../cli/cli-helpers';
import { attr, bodyParagraphs, child, children, docxParts, ROOT, xml } from './helpers';

const SEED_SPLIT = join(ROOT, 'test/fixtures/export/seed-split.reply.txt');

function project(layout: unknown): string {
  const dir = tempDir('replylint-export-profile-');
  copyFileSync(SEED_SPLIT, join(dir, 'seed.reply.txt'));
  writeFileSync(join(dir, 'team.replylint-profile.json'), JSON.stringify({ extends: 'generic', id: 'team', layout }, null, 2));
  writeFileSync(join(dir, '.replylintrc.json'), JSON.stringify({ root: true, profile: './team.replylint-profile.json' }));
  return dir;
}

test('a profile file’s layout: 28 pt fixed pitch, a body font list of its own (the rest its fallbacks), 文号 centred', async () => {
  const dir = project({ linePitchPt: 28, docNumberAlign: 'center', fonts: { body: { eastAsia: ['方正仿宋_GBK', '仿宋'] } } });
  try {
    const r = await runCli(['export', 'seed.reply.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const parts = docxParts(readFileSync(join(dir, 'seed.docx')));
    const paras = bodyParagraphs(parts['word/document.xml']);
    const body = paras.find((x) => x.text.startsWith('《关于构建产业链'))!;
    assert.equal(attr(child(child(body.p, 'pPr'), 'spacing'), 'line'), '560');
    assert.equal(attr(child(child(body.runs[0], 'rPr'), 'rFonts'), 'eastAsia'), '方正仿宋_GBK');
    assert.equal(attr(child(child(body.runs[0], 'rPr'), 'sz')), '32', 'the size not given stays 3号');
    const num = paras.find((x) => x.text === '厦工信函〔2023〕25号')!;
    assert.equal(attr(child(child(num.p, 'pPr'), 'jc')), 'center');
    const font = children(xml(parts['word/fontTable.xml']).documentElement!, 'font').find((f) => attr(f, 'name') === '方正仿宋_GBK');
    assert.equal(attr(child(font, 'altName')), '仿宋');
  } finally {
    removeDir(dir);
  }
});

test('an unknown layout key or a wrong value is a config error: exit 2 with one line', async () => {
  for (const layout of [{ lineSpacing: 28 }, { linePitchPt: 'wide' }, { fonts: { body: { eastAsia: [] } } }]) {
    const dir = project(layout);
    try {
      const r = await runCli(['export', 'seed.reply.txt'], { cwd: dir });
      assert.equal(r.code, 2, JSON.stringify(layout));
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /team\.replylint-profile\.json:\d+:\d+: /);
    } finally {
      removeDir(dir);
    }
  }
});
