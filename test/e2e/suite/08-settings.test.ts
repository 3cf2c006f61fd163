/// <reference types="mocha" />
// Settings change behaviour: the profile, replylint.enable, replylint.locale.
import * as assert from 'node:assert/strict';
import { closeAll, fixture, openLetter, ours, ruleOf, rules, setting, waitFor } from './lib/util';

suite('Settings', () => {
  suiteTeardown(closeAll);

  test('switching the profile from generic to xiamen adds the local requirements', async () => {
    const seed = fixture('seed.reply.txt');
    const { diagnostics } = await openLetter(seed);
    const generic = new Set(diagnostics.map(ruleOf));
    for (const id of ['cc-required', 'disclosure-attribute']) assert.ok(!generic.has(id), `${id} is not a generic requirement`);
    const restore = await setting('replylint', 'profile', 'xiamen');
    try {
      await waitFor('xiamen findings', () => rules(seed).includes('cc-required') && rules(seed).includes('disclosure-attribute'));
      const xiamen = rules(seed);
      assert.ok(xiamen.length > generic.size, `${generic.size} → ${xiamen.length}`);
    } finally {
      await restore();
    }
    await waitFor('generic findings again', () => !rules(seed).includes('cc-required') && ours(seed).length === diagnostics.length);
  });

  test('replylint.enable: false clears the findings; true brings them back', async () => {
    const seed = fixture('seed.reply.txt');
    const { diagnostics } = await openLetter(seed);
    assert.ok(diagnostics.length > 0);
    const restore = await setting('replylint', 'enable', false);
    try {
      await waitFor('no findings', () => ours(seed).length === 0);
    } finally {
      await restore();
    }
    await waitFor('the findings back', () => ours(seed).length === diagnostics.length);
  });

  test('replylint.locale: en gives English messages', async () => {
    const seed = fixture('seed.reply.txt');
    await openLetter(seed);
    const restore = await setting('replylint', 'locale', 'en');
    try {
      const d = await waitFor('English messages', () => {
        const x = ours(seed).find((y) => ruleOf(y) === 'doc-number-brackets');
        return x && !x.message.startsWith('发文字号') ? x : undefined;
      });
      assert.match(d.message, /^The year in document number “厦工信函\[2023\]25号”/, d.message);
    } finally {
      await restore();
    }
    await waitFor('Chinese messages again', () => ours(seed).some((y) => ruleOf(y) === 'doc-number-brackets' && y.message.startsWith('发文字号')));
  });
});
