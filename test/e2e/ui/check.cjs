// UI check in the real workbench (what a person sees), driven by playwright through the
// runner's --ui mode: the seed letter is open in the editor (--file); this reads the Problems
// panel, the Outline and the "Reply Structure" view from the DOM, checks the expected rows, and
// writes screenshots to --ui-images=DIR (docs/images/ in the e2e run).
//   node runner/code-server-vscode.cjs --extensionDevelopmentPath=ROOT --ui=ui/check.cjs \
//        --file=WS/seed.reply.txt --ui-images=DIR WS
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const EXPECT = {
  problems: [
    // rule id and Chinese message of the seed's 文号 finding, and a few others
    'doc-number-brackets',
    '发文字号“厦工信函[2023]25号”的年份应使用六角括号“〔〕”',
    'fullwidth-punct',
    '“奥利匹克”疑为错别字，应为“奥林匹克”',
  ],
  outline: ['一、办理工作背景', '二、措施与成效', '(一)制定《重点产业发展行动方案》', '(三)着力提升产业基础能力', '1.提升企业创新能力', '三、下一步工作措施'],
  // (Only the rows in view are in the DOM: the cited policies are further down.)
  structure: ['Required elements', '✓ 标题', '✓ 发文字号', 'Sections', '一、办理工作背景', '二、措施与成效', '(三)着力提升产业基础能力', '1.提升企业创新能力'],
  // number and deputy of the seed and of two other letters of the test workspace, with dates
  replies: ['20230019 郭海峰', '2023-04-10', '20230102 张华', '20230101 李明'],
};

module.exports = async function uiCheck(page, ctx) {
  const t0 = Date.now();
  const images = ctx.args.images ? path.resolve(ctx.args.images) : undefined;
  if (images) fs.mkdirSync(images, { recursive: true });
  let passed = 0;
  let failed = 0;
  const expectRows = (what, rows, expected) => {
    for (const e of expected) {
      if (rows.some((r) => r.includes(e))) passed++;
      else {
        failed++;
        console.error(`[ui] ${what}: no row contains “${e}”`);
      }
    }
  };
  // Screenshots go to --ui-images=DIR; with --ui-publish=DIR they are also copied there
  // (docs/images/ for the README) — see run.mjs for when.
  const publish = ctx.args.publish ? path.resolve(ctx.args.publish) : undefined;
  const shot = async (name, clip) => {
    if (!images) return;
    const file = path.join(images, name);
    await page.screenshot({ path: file, clip });
    console.log(`[ui] screenshot ${path.relative(process.cwd(), file)}`);
    if (publish) {
      fs.mkdirSync(publish, { recursive: true });
      fs.copyFileSync(file, path.join(publish, name));
      console.log(`[ui] published ${path.relative(process.cwd(), path.join(publish, name))}`);
    }
  };
  // The sidebar and the start of the editor (the views' screenshots).
  const LEFT = { x: 0, y: 0, width: 820, height: 860 };
  const rowsOf = (selector) => page.$$eval(selector, (rows) => rows.map((r) => `${r.getAttribute('aria-label') || ''} | ${r.textContent || ''}`));
  const headerOf = (title) => page.locator('.pane-header', { hasText: title }).first();
  const pane = (title) => page.locator('.pane', { has: headerOf(title) }).first();
  const setExpanded = async (title, expanded) => {
    const header = headerOf(title);
    await header.waitFor({ timeout: 30000 });
    if (((await header.getAttribute('aria-expanded')) === 'true') !== expanded) await header.click();
    await page.waitForFunction(
      ([t, e]) => [...document.querySelectorAll('.pane-header')].some((h) => (h.textContent || '').toLowerCase().includes(t.toLowerCase()) && h.getAttribute('aria-expanded') === String(e)),
      [title, expanded],
    );
  };

  try {
    // The editor shows the letter, the status bar counts its problems, squiggles are drawn.
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 60000 });
    await page.waitForFunction(
      () => {
        const el = document.querySelector('[id="status.problems"]');
        return el && /[1-9]/.test(el.getAttribute('aria-label') || el.textContent || '');
      },
      null,
      { timeout: 60000 },
    );
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 30000 });
    // The extension's own status-bar item (errors / warnings of the active letter).
    await page.waitForSelector('[id="replylint.replylint.replylint.status"], [id$="replylint.status"]', { timeout: 30000 });
    passed++;

    // Problems panel (the status-bar item opens it).
    await page.click('[id="status.problems"]');
    await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30000 });
    const problems = await rowsOf('.markers-panel .monaco-list-row');
    console.log(`[ui] Problems panel: ${problems.length} rows, e.g.\n    ${problems.slice(0, 4).join('\n    ')}`);
    expectRows('Problems panel', problems, EXPECT.problems);
    await shot('editor-problems.png');

    // Outline view (Explorer): collapse the folder pane to give it room.
    await page.click('[id="status.problems"]'); // close the panel again
    const folder = path.basename(ctx.folder || '');
    if (folder) await setExpanded(folder, false);
    await setExpanded('Outline', true);
    await page.waitForSelector('.outline-pane .monaco-list-row', { timeout: 30000 });
    await page.waitForFunction(() => document.querySelectorAll('.outline-pane .monaco-list-row').length >= 6, null, { timeout: 30000 });
    const outline = await rowsOf('.outline-pane .monaco-list-row');
    console.log(`[ui] Outline: ${outline.length} rows, e.g.\n    ${outline.slice(0, 6).join('\n    ')}`);
    expectRows('Outline', outline, EXPECT.outline);
    await shot('outline.png', LEFT);

    // The "Reply Structure" view (shown when the active editor is a letter).
    await setExpanded('Outline', false);
    await setExpanded('Reply Structure', true);
    const structureRows = pane('Reply Structure').locator('.monaco-list-row');
    await structureRows.nth(4).waitFor({ timeout: 30000 });
    const structure = await structureRows.evaluateAll((rows) => rows.map((r) => `${r.getAttribute('aria-label') || ''} | ${r.textContent || ''}`));
    console.log(`[ui] Reply Structure: ${structure.length} rows, e.g.\n    ${structure.slice(0, 6).join('\n    ')}`);
    expectRows('Reply Structure view', structure, EXPECT.structure);
    await shot('structure.png', LEFT);

    // The "Replies" view: every letter of the workspace (the server's workspace index).
    await setExpanded('Reply Structure', false);
    await setExpanded('Replies', true);
    const replyRows = pane('Replies').locator('.monaco-list-row');
    await replyRows.nth(3).waitFor({ timeout: 30000 });
    const replies = await replyRows.evaluateAll((rows) => rows.map((r) => `${r.getAttribute('aria-label') || ''} | ${r.textContent || ''}`));
    console.log(`[ui] Replies: ${replies.length} rows, e.g.\n    ${replies.slice(0, 4).join('\n    ')}`);
    expectRows('Replies view', replies, EXPECT.replies);
    await shot('replies.png', LEFT);

    // A Word letter: seed.docx opens as a binary file; "Reply Lint: Check Word Document" opens
    // the letter read out of it, with its problems and outline.
    await setExpanded('Replies', false);
    // Opens Quick Open (Control+P) or the command palette (F1), types, and presses Enter once the
    // first row is what was typed: file results arrive after the recent-files rows, and a command
    // whose `when` clause depends on the editor that just opened may be listed only on a second
    // try. Up to three tries.
    const runInQuickInput = async (keys, text) => {
      const want = text.includes(': ') ? text.slice(text.indexOf(': ') + 2) : text;
      for (let attempt = 1; ; attempt++) {
        if (attempt > 1) await page.keyboard.press('Escape');
        await page.keyboard.press(keys);
        const open = await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 8000 }).then(
          () => true,
          (err) => {
            if (attempt >= 3) throw err;
            return false;
          },
        );
        if (!open) continue;
        await page.keyboard.type(text);
        const found = await page
          .waitForFunction(
            (w) => {
              const first = document.querySelector('.quick-input-list .monaco-list-row.focused') || document.querySelector('.quick-input-list .monaco-list-row');
              return !!first && (first.textContent || '').includes(w);
            },
            want,
            { timeout: 8000 },
          )
          .then(
            () => true,
            (err) => {
              if (attempt >= 3) throw err;
              return false;
            },
          );
        if (found) break;
      }
      await page.keyboard.press('Enter');
    };
    // Focus the editor first: after the views above, focus sits in a tree, where typing filters it.
    await page.click('.monaco-editor .view-lines');
    await runInQuickInput('Control+P', 'seed.docx');
    await page.waitForSelector('.tab[aria-label*="seed.docx"]', { timeout: 30000 });
    await runInQuickInput('Control+Shift+P', 'Reply Lint: Check Word Document');
    await page.waitForFunction(
      () => [...document.querySelectorAll('.tab.active')].some((t) => (t.getAttribute('aria-label') || '').includes('seed.docx')) && document.querySelector('.monaco-editor .squiggly-error'),
      null,
      { timeout: 30000 },
    );
    await setExpanded('Outline', true);
    await page.waitForFunction(() => document.querySelectorAll('.outline-pane .monaco-list-row').length >= 6, null, { timeout: 30000 });
    expectRows('Outline of the Word view', await rowsOf('.outline-pane .monaco-list-row'), ['一、办理工作背景', '二、措施与成效']);
    await page.click('[id="status.problems"]');
    await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30000 });
    const wordProblems = await rowsOf('.markers-panel .monaco-list-row');
    expectRows('Problems of the Word view', wordProblems, ['doc-number-brackets', 'seed.docx']);
    await shot('word-view.png');
  } catch (err) {
    failed++;
    console.error(`[ui] ${(err && err.stack) || err}`);
    if (ctx.work) await page.screenshot({ path: path.join(ctx.work, 'ui-failure.png') }).catch(() => {});
  }
  console.log(`[ui] ${passed} passed, ${failed} failed (${Date.now() - t0} ms)`);
  if (ctx.args.summary) fs.writeFileSync(ctx.args.summary, JSON.stringify({ passed, failed }));
  return failed > 0 ? 1 : 0;
};
