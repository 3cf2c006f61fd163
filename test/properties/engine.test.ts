import { test } from 'node:test';
import fc from 'fast-check';
import { anyInput, realLetters } from './arbitraries';
import { checkInvariants } from './invariants';

const runs = Number(process.env.REPLYLINT_PROPERTY_RUNS ?? 3000);

test('real letters: the engine keeps its promises (ranges, fix safety, one-pass fixed point)', () => {
  for (const letter of realLetters) {
    checkInvariants(letter, 'txt');
    checkInvariants(letter, 'md');
  }
});

test('any text: never throws, every range and fix is valid, fix-all is a fixed point', () => {
  fc.assert(
    fc.property(anyInput, (text) => checkInvariants(text, 'txt')),
    { numRuns: runs, seed: 20261127 },
  );
});

test('any text as Markdown', () => {
  fc.assert(
    fc.property(anyInput, (text) => checkInvariants(text, 'md')),
    { numRuns: Math.ceil(runs / 3), seed: 42 },
  );
});
