/**
 * Structure rules (RULEBOOK §3, S01–S09): a clean synthetic letter in test/fixtures/structure/
 * and one variation per failure kind, as rule-tester cases (test/harness/rule-tester.ts): each
 * fix and suggestion applied and compared with the clean text; the seed's S09 finding; corpus guards.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CORPUS, FIXTURES, SEED, lintText, read } from '../helpers';
import type { LintConfig } from '../../server/src/engine/lint';
import { applyFixes } from '../../server/src/engine/fixes';
import { ruleById, rules } from '../../server/src/rules';
import { ruleTester } from '../harness/rule-tester';
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

const rule = (id: string) => ruleById(id)!;
/** Each case is linted with the whole family on, under xiamen: only its own rule may report. */
const inFamily = { profile: 'xiamen', quiet: [...STRUCTURE] };
const file = (name: string) => ({ name, text: fx(name), ...inFamily });

ruleTester(rule('ack-sentence'), {
  invalid: [
    { ...file('no-ack.txt'), messages: [{ severity: 'error' }] },
    { ...file('ack-no-title.txt'), messages: [{ severity: 'warning', at: '收悉' }] },
    { ...file('ack-no-book-marks.txt'), messages: [{ severity: 'warning' }], suggestionOutput: CLEAN },
    { ...file('ack-xi.txt'), messages: [{ zh: /收悉/ }], suggestionOutput: CLEAN },
    { ...file('ack-no-number.txt'), messages: [{ severity: 'info' }], suggestionOutput: CLEAN },
  ],
});

ruleTester(rule('ack-number-format'), {
  valid: [{ name: 'S02: width-only brackets are left to fullwidth-punct when it aggregates', text: fx('ack-number-ascii.txt'), profile: 'xiamen', config: { aggregateThreshold: 1 } }],
  invalid: [
    { ...file('ack-number-ascii.txt'), messages: [{ at: '(第20230019号)' }], output: CLEAN },
    { ...file('ack-number-square.txt'), output: CLEAN },
    { ...file('ack-number-no-di.txt'), output: null, suggestionOutput: CLEAN },
  ],
});

ruleTester(rule('cohandler-sentence'), {
  invalid: [{ ...file('cohandlers-meta.md'), format: 'md', messages: [{ zh: /市人社局/ }] }, file('cohandler-claim-only.txt')],
});

ruleTester(rule('answer-transition'), {
  invalid: [
    { ...file('transition-ascii.txt'), messages: [{ severity: 'info' }], output: CLEAN },
    { ...file('transition-full-stop.txt'), output: CLEAN },
    { ...file('no-transition.txt'), messages: [{ zh: /缺少过渡语/ }] },
  ],
});

test('S05: missing closing formula (suggestion inserts one)', () => {
  const t = fx('no-closing.txt');
  const [m] = only(t, 'closing-thanks');
  assert.equal(m.severity, 'warning');
  const out = suggested(t, m);
  assert.ok(
    structure(out).every((x) => x.ruleId !== 'closing-thanks'),
    out,
  );
});

test('S05: thanks only in the opening is a hint; 会办意见 and cut-off texts are not judged', () => {
  const thanked = fx('no-closing.txt').replace('现综合市发改委、市科技局意见，', '感谢您的建议，现综合市发改委、市科技局意见，');
  assert.equal(structure(thanked).find((m) => m.ruleId === 'closing-thanks')?.severity, 'info');
  const cut = '郭海峰代表：\n《关于××的建议》（第1号）收悉。现答复如下：\n近年来，我局积极推进相关工作，一是';
  assert.deepEqual(
    structure(cut).filter((m) => m.ruleId === 'closing-thanks'),
    [],
  );
  assert.deepEqual(
    structure(read(join(CORPUS, '003.txt'))).filter((m) => m.ruleId === 'closing-thanks'),
    [],
  );
});

ruleTester(rule('element-order'), {
  invalid: [
    { ...file('cc-before-date.txt'), messages: [{ zh: /抄送/ }] },
    { ...file('issuer-after-date.txt'), messages: [{ zh: /发文机关署名/ }] },
    { ...file('contact-in-body.txt'), messages: [{ zh: /联系人/ }] },
  ],
});

test('S06: contact data after the date or in a 附注 before the signature is allowed', () => {
  for (const f of ['005.txt', '014.txt', '018.txt']) {
    assert.deepEqual(
      structure(read(join(CORPUS, f))).filter((m) => m.ruleId === 'element-order'),
      [],
      f,
    );
  }
});

ruleTester(rule('attachment-note-format'), {
  invalid: [{ ...file('attachments.txt'), messages: 4, output: fx('attachments-fixed.txt') }, file('attachment-count.txt'), file('attachment-as-text.txt')],
});

ruleTester(rule('cohandler-letter-variant'), {
  invalid: [{ ...file('cohandler-role.md'), format: 'md' }, file('cohandler-title-to-deputy.txt')],
});

test('S08: a real 会办意见 (corpus 003) is not reported', () => {
  assert.deepEqual(
    structure(read(join(CORPUS, '003.txt'))).filter((m) => m.ruleId === 'cohandler-letter-variant'),
    [],
  );
});

ruleTester(rule('trailing-boilerplate'), {
  invalid: [{ ...file('residue.txt'), messages: 1, output: null, suggestionOutput: CLEAN }],
});

test('S09: the seed — one warning from the “|” to the end, truncated after the date', () => {
  const seed = read(SEED);
  const found = structure(seed, { profile: 'generic' });
  assert.deepEqual(
    found.map((m) => m.ruleId),
    ['trailing-boilerplate'],
  );
  const [m] = found;
  assert.equal(m.severity, 'warning');
  assert.equal(m.range[0], 7011);
  assert.equal(m.range[1], seed.length);
  const out = suggested(seed, m);
  assert.ok(out.endsWith('厦门市工业和信息化局 2023年4月10日\n'), JSON.stringify(out.slice(-30)));
});
