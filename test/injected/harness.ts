/**
 * Defect-injection harness: lint a host letter, inject one defect, lint again, and compare.
 * A finding is new when no finding of the same rule sat at the same (shifted) range before.
 * The injection is caught when a new finding of an expected rule overlaps a mark of the
 * injection (anywhere, for a deleted element); every other new finding is collateral.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/engine/lint';
import type { ReplyMessage } from '../../server/src/engine/messages';
import type { Range } from '../../server/src/parse/types';
import { rules } from '../../server/src/rules';
import { injectors, type Edit, type Injection, type Injector } from './defects';

export const ROOT = new URL('../..', import.meta.url).pathname;
/** The vendored real letters (see test/corpus/letters/README.md). */
export const SHARED = join(ROOT, 'test', 'corpus', 'letters');
export const CLEAN_DIR = join(ROOT, 'test', 'fixtures', 'injected');
export const TODAY = new Date('2026-11-27T00:00:00Z');

export interface Host {
  name: string;
  path: string;
  text: string;
  /** One of the clean letters written for this harness (must lint clean). */
  clean: boolean;
}

export function hosts(): Host[] {
  const out: Host[] = [];
  if (existsSync(CLEAN_DIR)) {
    for (const f of readdirSync(CLEAN_DIR)
      .filter((x) => x.endsWith('.txt'))
      .sort()) {
      const path = join(CLEAN_DIR, f);
      out.push({ name: 'clean/' + f, path, text: readFileSync(path, 'utf8'), clean: true });
    }
  }
  const seed = join(ROOT, 'examples', 'seed.reply.txt');
  if (existsSync(seed)) out.push({ name: 'seed', path: seed, text: readFileSync(seed, 'utf8'), clean: false });
  const corpus = join(SHARED, 'corpus');
  if (existsSync(corpus)) {
    for (const f of readdirSync(corpus)
      .filter((x) => x.endsWith('.txt'))
      .sort()) {
      const path = join(corpus, f);
      out.push({ name: 'corpus/' + f, path, text: readFileSync(path, 'utf8'), clean: false });
    }
  }
  return out;
}

export function lintWith(text: string, profile = 'generic', path = 'letter.txt') {
  return lint({ text, path }, { profile, today: TODAY });
}

/** Rule id → category (the group it is listed in), for per-family figures. */
export const categoryOf: Record<string, string> = Object.fromEntries(rules.map((r) => [r.id, r.category]));

export function expectedRules(inj: Injector): string[] {
  return Array.isArray(inj.rule) ? inj.rule : [inj.rule as string];
}

/** Old offset → new offset through the edits; `side` says where a position inside an edit goes. */
function mapOffset(x: number, edits: Edit[], side: 'start' | 'end'): number {
  let shift = 0;
  for (const e of edits) {
    const delta = e.text.length - (e.end - e.start);
    if (e.start === e.end) {
      // an insertion: what started at its place now starts after it; what ended there stays
      if (x > e.start || (x === e.start && side === 'start')) {
        shift += delta;
        continue;
      }
      break;
    }
    if (x <= e.start) break;
    if (x >= e.end) {
      shift += delta;
      continue;
    }
    // inside the edited range
    return side === 'start' ? e.start + shift : e.start + shift + e.text.length;
  }
  return x + shift;
}

const overlaps = (a: Range, b: Range) => (a[0] < b[1] && b[0] < a[1]) || (a[0] === a[1] && b[0] <= a[0] && a[0] <= b[1]) || (b[0] === b[1] && a[0] <= b[0] && b[0] <= a[1]);

export interface PairResult {
  host: string;
  injector: string;
  profile: string;
  applied: boolean;
  caught: boolean;
  /** New findings of an expected rule (whether or not they overlap). */
  expectedNew: ReplyMessage[];
  /** New findings of other rules that the injector lists as legitimate. */
  accepted: ReplyMessage[];
  /** New findings of other rules: possible false alarms. */
  collateral: ReplyMessage[];
  injection?: Injection;
  after?: string;
  /** The injected defect, for reading: the text around the first mark. */
  snippet?: string;
}

interface BaseLint {
  profile: string;
  result: ReturnType<typeof lintWith>;
}

const baseCache = new Map<string, BaseLint>();
function base(host: Host, profile: string): BaseLint {
  const key = host.name + '|' + profile;
  let b = baseCache.get(key);
  if (!b) {
    b = { profile, result: lintWith(host.text, profile, host.path) };
    baseCache.set(key, b);
  }
  return b;
}

export function runPair(host: Host, inj: Injector): PairResult {
  const profile = inj.profile ?? 'generic';
  const before = base(host, profile).result;
  const res: PairResult = { host: host.name, injector: inj.id, profile, applied: false, caught: false, expectedNew: [], accepted: [], collateral: [] };
  let injection: Injection | null;
  try {
    injection = inj.apply(host.text, before.tree);
  } catch (e) {
    throw new Error(`injector ${inj.id} threw on ${host.name}: ${(e as Error).stack}`, { cause: e });
  }
  if (!injection || injection.text === host.text) return res;
  res.applied = true;
  res.injection = injection;
  res.after = injection.text;
  const m0 = injection.marks[0];
  res.snippet = injection.text.slice(Math.max(0, m0[0] - 8), Math.min(injection.text.length, m0[1] + 8)).replace(/\n/g, '⏎');
  const after = lintWith(injection.text, profile, host.path);
  // multiset of old findings keyed by rule + shifted range
  const old = new Map<string, number>();
  for (const m of before.messages) {
    const zero = m.range[0] === m.range[1];
    const k = `${m.ruleId}@${mapOffset(m.range[0], injection.edits, 'start')}-${mapOffset(m.range[1], injection.edits, zero ? 'start' : 'end')}`;
    old.set(k, (old.get(k) ?? 0) + 1);
  }
  // Pass 1: the same rule at the same (shifted) range. Pass 2: a finding that moved or changed its
  // count (an aggregated finding now starting at the next mark, a missing-element finding placed
  // at a different end of the letter) matches an unmatched old finding of the same rule whose
  // message is the same once digits are dropped.
  const shape = (m: ReplyMessage) => `${m.ruleId}|${m.text.zh.replace(/（[^（）]*）/g, '').replace(/[\d０-９]+/g, '#')}`;
  const fresh: ReplyMessage[] = [];
  for (const m of after.messages) {
    const k = `${m.ruleId}@${m.range[0]}-${m.range[1]}`;
    const n = old.get(k) ?? 0;
    if (n > 0) old.set(k, n - 1);
    else fresh.push(m);
  }
  const leftover = new Map<string, number>();
  for (const m of before.messages) {
    const zero = m.range[0] === m.range[1];
    const k = `${m.ruleId}@${mapOffset(m.range[0], injection.edits, 'start')}-${mapOffset(m.range[1], injection.edits, zero ? 'start' : 'end')}`;
    if ((old.get(k) ?? 0) > 0) {
      old.set(k, old.get(k)! - 1);
      leftover.set(shape(m), (leftover.get(shape(m)) ?? 0) + 1);
    }
  }
  const expected = new Set(expectedRules(inj));
  const ok = new Set(inj.alsoOk ?? []);
  for (const m of fresh) {
    const n = leftover.get(shape(m)) ?? 0;
    if (n > 0) {
      leftover.set(shape(m), n - 1);
      continue;
    }
    if (expected.has(m.ruleId)) {
      res.expectedNew.push(m);
      if (inj.anywhere || injection.marks.some((r) => overlaps(m.range, r))) res.caught = true;
    } else if (ok.has(m.ruleId)) res.accepted.push(m);
    else res.collateral.push(m);
  }
  return res;
}

export function runAll(filter?: { injector?: string; host?: string }): PairResult[] {
  const out: PairResult[] = [];
  for (const inj of injectors) {
    if (filter?.injector && inj.id !== filter.injector) continue;
    for (const h of hosts()) {
      if (filter?.host && !h.name.includes(filter.host)) continue;
      out.push(runPair(h, inj));
    }
  }
  return out;
}

/** Findings on a clean letter (should be none). */
export function cleanFindings(profiles = ['generic', 'xiamen']): Array<{ host: string; profile: string; m: ReplyMessage }> {
  const out: Array<{ host: string; profile: string; m: ReplyMessage }> = [];
  for (const h of hosts().filter((x) => x.clean)) for (const p of profiles) for (const m of lintWith(h.text, p, h.path).messages) out.push({ host: h.name, profile: p, m });
  return out;
}

export { injectors };
