/**
 * Footer rules (RULEBOOK §8, F01–F12): a clean synthetic letter in test/fixtures/footer/ (the
 * structure fixture's clean letter) and one variation per missing element and failure kind,
 * each fix applied and compared (rule-tester cases, test/harness/rule-tester.ts); profile switching (generic vs xiamen); the seed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CORPUS, FIXTURES, SEED, corpusFiles, lintText, read } from '../helpers';
import type { LintConfig } from '../../server/src/engine/lint';
import { ruleById, rules } from '../../server/src/rules';
import { ruleTester } from '../harness/rule-tester';
import type { ReplyMessage } from '../../server/src/engine/messages';

const DIR = join(FIXTURES, 'footer');
const CLEAN = read(join(FIXTURES, 'structure', 'clean.txt'));
const FOOTER = new Set(rules.filter((r) => r.category === 'footer').map((r) => r.id));
const fx = (name: string) => read(join(DIR, name));

function footer(text: string, config: LintConfig = {}, path = 'letter.txt'): ReplyMessage[] {
  return lintText(text, { profile: 'xiamen', ...config }, path).messages.filter((m) => FOOTER.has(m.ruleId));
}

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

const rule = (id: string) => ruleById(id)!;
/** Each case is linted with the whole family on, under xiamen: only its own rule may report. */
const inFamily = { profile: 'xiamen', quiet: [...FOOTER] };
const file = (name: string) => ({ name, text: fx(name), ...inFamily });
const missing = { zh: /^.*缺少/ };

// Missing elements (xiamen requires them all).
ruleTester(rule('signer-required'), {
  invalid: [
    { ...file('no-signer.txt'), messages: [missing] },
    { ...file('empty-signer.txt'), messages: [{ at: '领导署名' }] },
  ],
});
ruleTester(rule('contact-person-required'), { invalid: [{ ...file('no-contact.txt'), messages: [missing] }] });
ruleTester(rule('contact-phone-required'), { invalid: [{ ...file('no-phone.txt'), messages: [missing] }] });
ruleTester(rule('issuer-signature-matches'), {
  invalid: [
    { ...file('no-issuer.txt'), messages: [missing] },
    { ...file('issuer-mismatch.txt'), messages: [{ severity: 'warning' }] },
  ],
});
ruleTester(rule('issue-date-required'), { invalid: [{ ...file('no-date.txt'), messages: [missing] }] });
ruleTester(rule('issue-date-consistency'), { invalid: [file('header-date-differs.txt'), file('future-date.txt')] });
ruleTester(rule('disclosure-attribute'), {
  invalid: [
    { ...file('no-disclosure.txt'), messages: [missing], suggestionOutput: CLEAN },
    { ...file('disclosure-odd.txt'), messages: [{ severity: 'warning' }] },
    { ...file('disclosure-withheld.txt'), messages: [{ severity: 'info' }] },
  ],
});
ruleTester(rule('cc-required'), {
  invalid: [
    { ...file('no-cc.txt'), messages: [missing], suggestionOutput: CLEAN },
    { ...file('cc-missing-recipient.txt'), messages: [{ zh: /市人大常委会代表工作委员会/ }] },
    {
      ...inFamily,
      name: 'a proposal copied to the NPC office',
      text: fx('proposal-clean.txt').replace('抄送：市政协提案委员会，市政府督查室。', '抄送：市人大常委会代表工作委员会，市政府督查室。'),
      messages: [{ zh: /市政协提案委员会/ }],
    },
  ],
});
// F08: a deputy's mobile number in a published letter; the letter's own 联系电话 is fine, and
// nothing is checked when the letter is not public.
ruleTester(rule('no-deputy-private-contact-in-public'), {
  valid: [
    { ...inFamily, name: 'the letter’s own mobile number', text: CLEAN.replace('2896599', '13912345678') },
    { ...inFamily, name: 'not public', text: fx('deputy-mobile.txt').replace('（此件主动公开）', '（此件依申请公开）') },
  ],
  invalid: [{ ...file('deputy-mobile.txt'), messages: [{ at: '13812345678' }] }],
});
// F10: 、 separators and the missing 。 (safe fixes).
ruleTester(rule('cc-format'), {
  invalid: [
    { ...file('cc-format.txt'), messages: 2, output: CLEAN },
    { ...file('cc-trailing-comma.txt'), output: CLEAN },
  ],
});
// F11: a reply dated after the deadline from the front matter's 交办日期; without metadata nothing to check.
ruleTester(rule('reply-deadline'), {
  valid: [{ ...inFamily, name: 'no 交办日期', text: CLEAN }],
  invalid: [{ ...file('deadline-late.md'), format: 'md', messages: [{ zh: /2023年3月1日/ }] }],
});
// F12: ASCII colons after labels (safe fix); silent when fullwidth-punct aggregates.
ruleTester(rule('signature-block-labels-fullwidth'), {
  valid: [{ name: 'labels-ascii.txt when fullwidth-punct aggregates', text: fx('labels-ascii.txt'), profile: 'xiamen', config: { aggregateThreshold: 1 } }],
  invalid: [{ ...file('labels-ascii.txt'), messages: 2, output: CLEAN }],
});

test('profile switching: generic asks for no signer, contact, phone, 抄送 or disclosure', () => {
  for (const f of ['no-signer.txt', 'no-contact.txt', 'no-phone.txt', 'no-disclosure.txt', 'no-cc.txt']) {
    assert.deepEqual(footer(fx(f), { profile: 'generic' }), [], f);
  }
  const bare = CLEAN.replace(/领导署名：.*\n联系人：.*\n联系电话：.*\n/, '')
    .replace('（此件主动公开）\n', '')
    .replace(/抄送：.*\n/, '');
  assert.deepEqual(footer(bare, { profile: 'generic' }), []);
  assert.deepEqual(
    footer(bare)
      .map((m) => m.ruleId)
      .sort(),
    ['cc-required', 'contact-person-required', 'contact-phone-required', 'disclosure-attribute', 'signer-required'],
  );
  // Issuer and date are required everywhere.
  assert.deepEqual(
    footer(fx('no-issuer.txt'), { profile: 'generic' }).map((m) => m.ruleId),
    ['issuer-signature-matches'],
  );
  assert.deepEqual(
    footer(fx('no-date.txt'), { profile: 'generic' }).map((m) => m.ruleId),
    ['issue-date-required'],
  );
});

test('F04: real letters 009 and 015 agree with their titles; 010/017 have no title to compare', () => {
  for (const f of ['009.txt', '015.txt', '010.txt', '017.txt', '005.txt', '014.txt', '018.txt']) {
    assert.deepEqual(
      footer(read(join(CORPUS, f)), { profile: 'generic' }).filter((m) => m.ruleId === 'issuer-signature-matches'),
      [],
      f,
    );
  }
});

test('F06: the seed’s header 2023-4-10 equals its 成文日期', () => {
  assert.deepEqual(
    footer(read(SEED)).filter((m) => m.ruleId === 'issue-date-consistency'),
    [],
  );
});

test('F09: info in scraped mode (the seed under xiamen)', () => {
  const found = footer(read(SEED)).filter((m) => m.ruleId === 'cc-required');
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'info');
});

test('corpus guards: letter-spaced labels, 7-digit numbers, contact lines after the date', () => {
  for (const f of corpusFiles()) {
    const found = footer(read(join(CORPUS, f)), { profile: 'generic' });
    for (const m of found) assert.notEqual(m.ruleId, 'contact-person-required', f);
  }
  const seed = footer(read(SEED), { profile: 'xiamen' });
  assert.deepEqual(seed.map((m) => m.ruleId).sort(), ['cc-required', 'disclosure-attribute']);
});
