/**
 * Structure rules (RULEBOOK §3, S01–S09): a clean synthetic letter in test/fixtures/structure/
 * and one variation per failure kind, each fix applied with fixAll and compared with the clean
 * text; suggestions checked by applying them; the seed's S09 finding; corpus guards.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CORPUS, FIXTURES, SEED, lintText, read } from '../helpers';
import { fixAll, type LintConfig } from '../../server/src/engine/lint';
import { applyFixes } from '../../server/src/engine/fixes';
import { rules } from '../../server/src/rules';
import type { ReplyMessage } from '../../server/src/engine/messages';

const DIR = join(FIXTURES, 'structure');
const CLEAN = read(join(DIR, 'clean.txt'));
const STRUCTURE = new Set(rules.filter((r) => r.category === 'structure').map((r) => r.id));
const fx = (name: string) => read(join(DIR, name));

function structure(text: string, config: LintConfig = {}, path = 'letter.txt'): ReplyMessage[] {
  return lintText(text, { profile: 'xiamen', ...config }, path).messages.filter((m) => STRUCTURE.has(m.ruleId));
}
function only(text: string, ruleId: string, path = 'letter.txt'): ReplyMessage[] {
  const found = structure(text, {}, path);
  assert.ok(found.length > 0, `no ${ruleId} finding`);
  assert.deepEqual([...new Set(found.map((m) => m.ruleId))], [ruleId], JSON.stringify(found.map((m) => [m.ruleId, m.text.zh])));
  return found;
}
const at = (text: string, m: ReplyMessage) => text.slice(m.range[0], m.range[1]);
const fixed = (text: string) => fixAll(text, structure(text)).output;
const suggested = (text: string, m: ReplyMessage) => applyFixes(text, [m.suggestions![0]]).output;

test('structure rules are registered in RULEBOOK order', () => {
  const ids = rules.filter((r) => r.category === 'structure').map((r) => r.code);
  assert.deepEqual(ids, ['S01', 'S02', 'S03', 'S04', 'S05', 'S06', 'S07', 'S08', 'S09']);
});

test('the clean letter has no structure findings (generic and xiamen)', () => {
  assert.deepEqual(structure(CLEAN), []);
  assert.deepEqual(structure(CLEAN, { profile: 'generic' }), []);
  assert.deepEqual(structure(fx('attachments-fixed.txt')), []);
});

test('S01: no acknowledgement at all is an error', () => {
  const [m] = only(fx('no-ack.txt'), 'ack-sentence');
  assert.equal(m.severity, 'error');
});

test('S01: 收悉 without the suggestion’s title or number', () => {
  const [m] = only(fx('ack-no-title.txt'), 'ack-sentence');
  assert.equal(m.severity, 'warning');
  assert.equal(at(fx('ack-no-title.txt'), m), '收悉');
});

test('S01: a title cited with its number lacks 书名号 (suggestion adds them)', () => {
  const t = fx('ack-no-book-marks.txt');
  const [m] = only(t, 'ack-sentence');
  assert.equal(m.severity, 'warning');
  assert.equal(suggested(t, m), CLEAN);
});

test('S01: 悉 without 收 (suggestion inserts 收)', () => {
  const t = fx('ack-xi.txt');
  const [m] = only(t, 'ack-sentence');
  assert.match(m.text.zh, /收悉/);
  assert.equal(suggested(t, m), CLEAN);
});

test('S01: a 《》 title without the number the title gives is a hint', () => {
  const t = fx('ack-no-number.txt');
  const [m] = only(t, 'ack-sentence');
  assert.equal(m.severity, 'info');
  assert.equal(suggested(t, m), CLEAN);
});

test('S02: ASCII brackets around the number (safe fix)', () => {
  const t = fx('ack-number-ascii.txt');
  const [m] = only(t, 'ack-number-format');
  assert.equal(at(t, m), '(第20230019号)');
  assert.equal(fixed(t), CLEAN);
});

test('S02: 〔〕 around the number (safe fix)', () => {
  const t = fx('ack-number-square.txt');
  only(t, 'ack-number-format');
  assert.equal(fixed(t), CLEAN);
});

test('S02: missing 第 is a suggestion, not a safe fix', () => {
  const t = fx('ack-number-no-di.txt');
  const [m] = only(t, 'ack-number-format');
  assert.equal(m.fix, undefined);
  assert.equal(suggested(t, m), CLEAN);
});

test('S02: width-only brackets are left to fullwidth-punct when it aggregates', () => {
  const t = fx('ack-number-ascii.txt');
  assert.deepEqual(structure(t, { aggregateThreshold: 1 }).filter((m) => m.ruleId === 'ack-number-format'), []);
});

test('S03: co-handlers from the front matter must all be named', () => {
  const [m] = only(fx('cohandlers-meta.md'), 'cohandler-sentence', 'letter.md');
  assert.match(m.text.zh, /市人社局/);
});

test('S03: “作为主办单位” without naming the co-handlers', () => {
  only(fx('cohandler-claim-only.txt'), 'cohandler-sentence');
});

test('S04: ASCII colon after 答复如下 (safe fix)', () => {
  const t = fx('transition-ascii.txt');
  const [m] = only(t, 'answer-transition');
  assert.equal(m.severity, 'info');
  assert.equal(fixed(t), CLEAN);
});

test('S04: 答复如下。 takes a colon (safe fix)', () => {
  const t = fx('transition-full-stop.txt');
  only(t, 'answer-transition');
  assert.equal(fixed(t), CLEAN);
});

test('S04: no transition at all', () => {
  const [m] = only(fx('no-transition.txt'), 'answer-transition');
  assert.match(m.text.zh, /缺少过渡语/);
});

test('S05: missing closing formula (suggestion inserts one)', () => {
  const t = fx('no-closing.txt');
  const [m] = only(t, 'closing-thanks');
  assert.equal(m.severity, 'warning');
  const out = suggested(t, m);
  assert.ok(structure(out).every((x) => x.ruleId !== 'closing-thanks'), out);
});

test('S05: thanks only in the opening is a hint; 会办意见 and cut-off texts are not judged', () => {
  const thanked = fx('no-closing.txt').replace('现综合市发改委、市科技局意见，', '感谢您的建议，现综合市发改委、市科技局意见，');
  assert.equal(structure(thanked).find((m) => m.ruleId === 'closing-thanks')?.severity, 'info');
  const cut = '郭海峰代表：\n《关于××的建议》（第1号）收悉。现答复如下：\n近年来，我局积极推进相关工作，一是';
  assert.deepEqual(structure(cut).filter((m) => m.ruleId === 'closing-thanks'), []);
  assert.deepEqual(structure(read(join(CORPUS, '003.txt'))).filter((m) => m.ruleId === 'closing-thanks'), []);
});

test('S06: 抄送 above the date, the organ under the date, 联系人 inside the body', () => {
  const [a] = only(fx('cc-before-date.txt'), 'element-order');
  assert.match(a.text.zh, /抄送/);
  const [b] = only(fx('issuer-after-date.txt'), 'element-order');
  assert.match(b.text.zh, /发文机关署名/);
  const [c] = only(fx('contact-in-body.txt'), 'element-order');
  assert.match(c.text.zh, /联系人/);
});

test('S06: contact data after the date or in a 附注 before the signature is allowed', () => {
  for (const f of ['005.txt', '014.txt', '018.txt']) {
    assert.deepEqual(structure(read(join(CORPUS, f))).filter((m) => m.ruleId === 'element-order'), [], f);
  }
});

test('S07: 1、 numbering and punctuation after names (safe fixes)', () => {
  const t = fx('attachments.txt');
  const found = only(t, 'attachment-note-format');
  assert.equal(found.length, 4);
  assert.equal(fixed(t), fx('attachments-fixed.txt'));
});

test('S07: 附件2件 and 附件：如文 name no attachment', () => {
  only(fx('attachment-count.txt'), 'attachment-note-format');
  only(fx('attachment-as-text.txt'), 'attachment-note-format');
});

test('S08: a co-handler (front matter) answering the deputy; a 会办意见 title addressed to a deputy', () => {
  only(fx('cohandler-role.md'), 'cohandler-letter-variant', 'letter.md');
  only(fx('cohandler-title-to-deputy.txt'), 'cohandler-letter-variant');
  assert.deepEqual(structure(read(join(CORPUS, '003.txt'))).filter((m) => m.ruleId === 'cohandler-letter-variant'), []);
});

test('S09: page residue after the date; the suggestion truncates after the letter', () => {
  const t = fx('residue.txt');
  const [m] = only(t, 'trailing-boilerplate');
  assert.equal(m.fix, undefined);
  assert.equal(suggested(t, m), CLEAN);
});

test('S09: the seed — one warning from the “|” to the end, truncated after the date', () => {
  const seed = read(SEED);
  const found = structure(seed, { profile: 'generic' });
  assert.deepEqual(found.map((m) => m.ruleId), ['trailing-boilerplate']);
  const [m] = found;
  assert.equal(m.severity, 'warning');
  assert.equal(m.range[0], 7011);
  assert.equal(m.range[1], seed.length);
  const out = suggested(seed, m);
  assert.ok(out.endsWith('厦门市工业和信息化局 2023年4月10日\n'), JSON.stringify(out.slice(-30)));
});
