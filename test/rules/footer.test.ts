/**
 * Footer rules (RULEBOOK §8, F01–F12): a clean synthetic letter in test/fixtures/footer/ (the
 * structure fixture's clean letter) and one variation per missing element and failure kind,
 * each fix applied with fixAll and compared; profile switching (generic vs xiamen); the seed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CORPUS, FIXTURES, SEED, corpusFiles, lintText, read } from '../helpers';
import { fixAll, type LintConfig } from '../../server/src/engine/lint';
import { applyFixes } from '../../server/src/engine/fixes';
import { rules } from '../../server/src/rules';
import type { ReplyMessage } from '../../server/src/engine/messages';

const DIR = join(FIXTURES, 'footer');
const CLEAN = read(join(FIXTURES, 'structure', 'clean.txt'));
const FOOTER = new Set(rules.filter((r) => r.category === 'footer').map((r) => r.id));
const fx = (name: string) => read(join(DIR, name));

function footer(text: string, config: LintConfig = {}, path = 'letter.txt'): ReplyMessage[] {
  return lintText(text, { profile: 'xiamen', ...config }, path).messages.filter((m) => FOOTER.has(m.ruleId));
}
function only(text: string, ruleId: string, config: LintConfig = {}, path = 'letter.txt'): ReplyMessage[] {
  const found = footer(text, config, path);
  assert.ok(found.length > 0, `no ${ruleId} finding`);
  assert.deepEqual([...new Set(found.map((m) => m.ruleId))], [ruleId], JSON.stringify(found.map((m) => [m.ruleId, m.text.zh])));
  return found;
}
const at = (text: string, m: ReplyMessage) => text.slice(m.range[0], m.range[1]);
const fixed = (text: string) => fixAll(text, footer(text)).output;

test('footer rules are registered in RULEBOOK order', () => {
  const ids = rules.filter((r) => r.category === 'footer').map((r) => r.code);
  assert.deepEqual(ids, ['F01', 'F02', 'F03', 'F04', 'F05', 'F06', 'F07', 'F08', 'F09', 'F10', 'F11', 'F12']);
});

test('the clean letter and its proposal variant have no footer findings under xiamen or generic', () => {
  assert.deepEqual(footer(CLEAN), []);
  assert.deepEqual(footer(CLEAN, { profile: 'generic' }), []);
  assert.deepEqual(footer(fx('proposal-clean.txt')), []);
  assert.deepEqual(footer(fx('contact-note.txt')), [], 'contact data in a 附注 counts');
  assert.deepEqual(footer(fx('issuer-short.txt')), [], 'a standard short name matches');
  assert.deepEqual(footer(fx('header-date-same.txt')), [], '2023-4-10 is the same day as 2023年4月10日');
  assert.deepEqual(footer(fx('deadline-ok.md'), {}, 'letter.md'), []);
});

for (const [file, rule] of [
  ['no-signer.txt', 'signer-required'],
  ['no-contact.txt', 'contact-person-required'],
  ['no-phone.txt', 'contact-phone-required'],
  ['no-issuer.txt', 'issuer-signature-matches'],
  ['no-date.txt', 'issue-date-required'],
  ['no-disclosure.txt', 'disclosure-attribute'],
  ['no-cc.txt', 'cc-required'],
] as const) {
  test(`missing element: ${file} → ${rule} (xiamen)`, () => {
    const [m] = only(fx(file), rule);
    assert.match(m.text.zh, /^.*缺少/);
  });
}

test('profile switching: generic asks for no signer, contact, phone, 抄送 or disclosure', () => {
  for (const f of ['no-signer.txt', 'no-contact.txt', 'no-phone.txt', 'no-disclosure.txt', 'no-cc.txt']) {
    assert.deepEqual(footer(fx(f), { profile: 'generic' }), [], f);
  }
  const bare = CLEAN.replace(/领导署名：.*\n联系人：.*\n联系电话：.*\n/, '').replace('（此件主动公开）\n', '').replace(/抄送：.*\n/, '');
  assert.deepEqual(footer(bare, { profile: 'generic' }), []);
  assert.deepEqual(footer(bare).map((m) => m.ruleId).sort(), [
    'cc-required', 'contact-person-required', 'contact-phone-required', 'disclosure-attribute', 'signer-required',
  ]);
  // Issuer and date are required everywhere.
  assert.deepEqual(footer(fx('no-issuer.txt'), { profile: 'generic' }).map((m) => m.ruleId), ['issuer-signature-matches']);
  assert.deepEqual(footer(fx('no-date.txt'), { profile: 'generic' }).map((m) => m.ruleId), ['issue-date-required']);
});

test('F01: a signer label without a name', () => {
  const [m] = only(fx('empty-signer.txt'), 'signer-required');
  assert.equal(at(fx('empty-signer.txt'), m), '领导署名');
});

test('F04: a different organ signs', () => {
  const [m] = only(fx('issuer-mismatch.txt'), 'issuer-signature-matches');
  assert.equal(m.severity, 'warning');
});

test('F04: real letters 009 and 015 agree with their titles; 010/017 have no title to compare', () => {
  for (const f of ['009.txt', '015.txt', '010.txt', '017.txt', '005.txt', '014.txt', '018.txt']) {
    assert.deepEqual(footer(read(join(CORPUS, f)), { profile: 'generic' }).filter((m) => m.ruleId === 'issuer-signature-matches'), [], f);
  }
});

test('F06: a header date on another day; a date after today', () => {
  only(fx('header-date-differs.txt'), 'issue-date-consistency');
  only(fx('future-date.txt'), 'issue-date-consistency');
});

test('F06: the seed’s header 2023-4-10 equals its 成文日期', () => {
  assert.deepEqual(footer(read(SEED)).filter((m) => m.ruleId === 'issue-date-consistency'), []);
});

test('F07: a value outside the profile’s set; 不予公开 without a reason', () => {
  const [a] = only(fx('disclosure-odd.txt'), 'disclosure-attribute');
  assert.equal(a.severity, 'warning');
  const [b] = only(fx('disclosure-withheld.txt'), 'disclosure-attribute');
  assert.equal(b.severity, 'info');
});

test('F07: the suggestion inserts （此件主动公开） under the date', () => {
  const t = fx('no-disclosure.txt');
  const [m] = only(t, 'disclosure-attribute');
  assert.equal(applyFixes(t, [m.suggestions![0]]).output, CLEAN);
});

test('F08: a deputy’s mobile number in a published letter', () => {
  const [m] = only(fx('deputy-mobile.txt'), 'no-deputy-private-contact-in-public');
  assert.equal(at(fx('deputy-mobile.txt'), m), '13812345678');
  // The letter's own 联系电话 is fine, and nothing is checked when the letter is not public.
  assert.deepEqual(footer(CLEAN.replace('2896599', '13912345678')), []);
  assert.deepEqual(footer(fx('deputy-mobile.txt').replace('（此件主动公开）', '（此件依申请公开）')), []);
});

test('F09: the profile’s recipients, by letter kind; the suggestion adds the template', () => {
  const [m] = only(fx('cc-missing-recipient.txt'), 'cc-required');
  assert.match(m.text.zh, /市人大常委会代表工作委员会/);
  const t = fx('no-cc.txt');
  const [n] = only(t, 'cc-required');
  assert.equal(applyFixes(t, [n.suggestions![0]]).output, CLEAN);
  const proposal = fx('proposal-clean.txt').replace('抄送：市政协提案委员会，市政府督查室。', '抄送：市人大常委会代表工作委员会，市政府督查室。');
  assert.match(only(proposal, 'cc-required')[0].text.zh, /市政协提案委员会/);
});

test('F09: info in scraped mode (the seed under xiamen)', () => {
  const found = footer(read(SEED)).filter((m) => m.ruleId === 'cc-required');
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'info');
});

test('F10: 、 separators and the missing 。 (safe fixes)', () => {
  const t = fx('cc-format.txt');
  assert.equal(only(t, 'cc-format').length, 2);
  assert.equal(fixed(t), CLEAN);
  const u = fx('cc-trailing-comma.txt');
  only(u, 'cc-format');
  assert.equal(fixed(u), CLEAN);
});

test('F11: a reply dated after the deadline from the front matter’s 交办日期', () => {
  const [m] = only(fx('deadline-late.md'), 'reply-deadline', {}, 'letter.md');
  assert.match(m.text.zh, /2023年3月1日/);
  // Without metadata there is nothing to check.
  assert.deepEqual(footer(CLEAN).filter((x) => x.ruleId === 'reply-deadline'), []);
});

test('F12: ASCII colons after labels (safe fix); silent when fullwidth-punct aggregates', () => {
  const t = fx('labels-ascii.txt');
  assert.equal(only(t, 'signature-block-labels-fullwidth').length, 2);
  assert.equal(fixed(t), CLEAN);
  assert.deepEqual(footer(t, { aggregateThreshold: 1 }).filter((m) => m.ruleId === 'signature-block-labels-fullwidth'), []);
});

test('corpus guards: letter-spaced labels, 7-digit numbers, contact lines after the date', () => {
  for (const f of corpusFiles()) {
    const found = footer(read(join(CORPUS, f)), { profile: 'generic' });
    for (const m of found) assert.notEqual(m.ruleId, 'contact-person-required', f);
  }
  const seed = footer(read(SEED), { profile: 'xiamen' });
  assert.deepEqual(seed.map((m) => m.ruleId).sort(), ['cc-required', 'disclosure-attribute']);
});
