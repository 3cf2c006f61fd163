/**
 * What the workspace needs to know about one letter, read once from its parsed tree: the
 * suggestion/proposal number, the deputy or member, the result category, the dates and the cited
 * policies with their comparison keys. Plain data (structured-clone safe), so the CLI's worker
 * threads hand it back with the findings and the index never re-reads a letter.
 */
import type { Range, ReplyRoot } from '../../parse/types';
import type { LineIndex } from '../../text/positions';
import type { Profile } from '../../profiles';
import type { PolicyRegistry } from '../../registry/registry';
import type { Severity } from '../finding';
import type { LetterContext } from '../context';
import { LintMemo } from '../memo';
import { normalizeNumber } from '../header';
import { metaText } from '../meta';
import { isCohandlerLetter, letterKind } from '../addressee';
import { metaDate } from '../dates';
import { validDate } from '../../text/calendar';
import { digitRunsOfNormalized, leadPlaceOfNormalized, looseOfNormalized, normalizeDocNumber, normalizeTitle, placeWordsOfNormalized } from '../../registry/normalize';
import { answerMonths, assignedDate, deadlineOf, type Day } from '../deadline';
import { directiveFacts, type DirectiveFact } from './directives';
import { endOf, rangeOf, startOf } from '../../text/spans';

/** A span in one letter: UTF-16 offsets and 1-based line/column, as the reports print them. */
export interface Place {
  offset: number;
  endOffset: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface CitedPolicy {
  /** The title as written, between 《 and 》. */
  title: string;
  /** normalizeTitle: width, dashes and spaces do not count. */
  exact: string;
  /** looseTitle plus the qualifiers that make two documents (digit runs, place words, lead). */
  loose: string;
  /** normalizeDocNumber of the 文号 cited right after it. */
  doc?: string;
  docRaw?: string;
  place: Place;
  /** The letter's policy registry knows this title or 文号: the registry rules judge it. */
  inRegistry: boolean;
}

export interface LetterFacts {
  kind?: 'npc' | 'cppcc';
  /** 会办/协办 opinions go to the lead unit: they share the number of the reply they support. */
  cohandler: boolean;
  number?: { value: string; key: string; place: Place };
  /** 市十六届人大二次会议 … from the title: numbers restart each session. */
  session?: string;
  deputy?: { name: string; place: Place };
  title?: string;
  titlePlace?: Place;
  category?: string;
  issueDate?: Day;
  issueDatePlace?: Place;
  assigned?: Day;
  /** Where the 交办日期 came from: the letter's front matter, or the config's `assignedDates`. */
  assignedFrom?: 'meta' | 'config';
  /** 交办日期 + the profile's deadlineMonths (+ an approved extension). */
  deadline?: Day;
  citations: CitedPolicy[];
  /** Inline disable comments (Markdown), for silencing cross-letter findings on this letter. */
  directives?: DirectiveFact[];
  /** Severities of the enabled workspace rules under this letter's config. */
  rules: Record<string, Severity>;
}

export function placeOf(lines: LineIndex, r: Range): Place {
  const s = lines.point(r[0]);
  const e = lines.point(r[1]);
  return { offset: r[0], endOffset: r[1], line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

const SESSION = /([省市县区州]?[一二三四五六七八九十〇]+届(?:人大|人民代表大会|政协)?[一二三四五六七八九十〇]+次(?:会议|全会))/;
const NUMBER_KEYS = ['建议编号', '提案编号', '编号', 'number'];
/** Titles that are the suggestion or proposal itself, not a policy (as C05 leaves them out). */
const NOT_POLICY = /(?:建议|提案|议案)$/;

/**
 * The key under which two titles name one document: RULEBOOK C05 (b)'s loose title, plus what
 * C05 requires both to share (digit runs, place words, leading issuer). Exact hashing, so the
 * index groups titles without comparing pairs; C05's edit-distance matching (c) and #12's
 * similarity matcher are not used across letters yet.
 */
export function looseKey(exact: string): string {
  return `${looseOfNormalized(exact)}|${digitRunsOfNormalized(exact)}|${placeWordsOfNormalized(exact)}|${leadPlaceOfNormalized(exact)}`;
}

export interface FactsInput {
  text: string;
  tree: ReplyRoot;
  lines: LineIndex;
  profile: Profile;
  registry?: PolicyRegistry;
  /** The workspace rules enabled for this letter, with their severities. */
  rules: Record<string, Severity>;
  /** Config `assignedDates`: 交办日期 by number, for letters whose front matter has none. */
  assignedDates?: Record<string, string>;
}

/** The configured 交办日期 of a number (keys compared as numbers: 第0019号 = 19). */
function configuredAssignment(dates: Record<string, string> | undefined, key: string | undefined): Day | undefined {
  if (!dates || key === undefined) return undefined;
  for (const [k, v] of Object.entries(dates)) if (normalizeNumber(k) === key) return metaDate(v);
  return undefined;
}

/** The analysis helpers read a LetterContext (one letter, nothing reported). */
function readingContext(i: FactsInput): LetterContext {
  return {
    text: i.text,
    tree: i.tree,
    parts: i.tree.data.parts,
    blocks: i.tree.data.blocks,
    lines: i.lines,
    profile: i.profile,
    scraped: i.tree.data.scraped,
    halfWidthAggregated: false,
    today: new Date(0),
    registry: i.registry,
    memo: new LintMemo(),
  };
}

/**
 * The number from the front matter (建议编号), else the title's 第N号, else the acknowledgement's;
 * it is shown where the letter prints it (title, acknowledgement), the front matter otherwise.
 */
function letterNumber(ctx: LetterContext, lines: LineIndex): LetterFacts['number'] {
  const meta = metaText(ctx, NUMBER_KEYS);
  const t = ctx.parts.title?.number;
  const a = ctx.parts.acknowledgement?.number;
  const raw = meta ?? t?.value ?? a?.value;
  if (raw === undefined) return undefined;
  const value = raw.replace(/^第\s*/, '').replace(/\s*号$/, '');
  const key = normalizeNumber(value);
  const printed = [t, a].find((n) => n && normalizeNumber(n.value) === key)?.range ?? ctx.tree.data.metaRange;
  return printed ? { value, key, place: placeOf(lines, printed) } : undefined;
}

function deputyOf(ctx: LetterContext, lines: LineIndex): LetterFacts['deputy'] {
  const sal = ctx.parts.salutation;
  if (!sal || !sal.name) return undefined;
  const names = sal.names;
  if (names.length === 0) return undefined;
  return { name: names.join('、'), place: placeOf(lines, sal.nameRange) };
}

function citedPolicies(ctx: LetterContext, lines: LineIndex): CitedPolicy[] {
  const ack = ctx.parts.acknowledgement?.title;
  const headerEnd = ctx.parts.header.reduce((m, b) => Math.max(m, endOf(b)), -1);
  const out: CitedPolicy[] = [];
  const keys = new Map<string, { exact: string; loose: string }>();
  for (const c of ctx.parts.citations) {
    const start = startOf(c);
    if (ack && start === ack.position.start.offset) continue;
    if (start < headerEnd) continue;
    const title = c.title.trim();
    if (title.length < 4 || NOT_POLICY.test(title)) continue;
    let k = keys.get(title);
    if (!k) {
      const exact = normalizeTitle(title);
      // The loose key keeps what makes two documents (years, place words) beside it.
      k = { exact, loose: looseKey(exact) };
      keys.set(title, k);
    }
    const doc = c.docNumber ? normalizeDocNumber(c.docNumber.raw) : undefined;
    const reg = ctx.registry;
    const inRegistry = !!reg && (reg.matchTitle(title) !== undefined || (c.docNumber ? reg.lookup(c.docNumber.raw) !== undefined : false));
    out.push({
      title,
      exact: k.exact,
      loose: k.loose,
      doc,
      docRaw: c.docNumber?.raw,
      place: placeOf(lines, [start, c.titleRange[1] + 1]),
      inRegistry,
    });
  }
  return out;
}

/** Reads the facts of one parsed letter. Linear in the letter's citations; no text scans. */
export function letterFacts(i: FactsInput): LetterFacts {
  const ctx = readingContext(i);
  const title = ctx.parts.title;
  const d = ctx.parts.issueDate;
  const number = letterNumber(ctx, i.lines);
  const fromMeta = assignedDate(ctx);
  const assigned = fromMeta ?? configuredAssignment(i.assignedDates, number?.key);
  const category = metaText(ctx, ['类别', 'category'])?.toUpperCase() ?? ctx.parts.printedCategory?.letter;
  return {
    kind: letterKind(ctx),
    cohandler: isCohandlerLetter(ctx),
    number,
    session: title ? SESSION.exec(title.value)?.[1] : undefined,
    deputy: deputyOf(ctx, i.lines),
    title: title?.value.replace(/\s+/g, ' ').trim(),
    titlePlace: title ? placeOf(i.lines, rangeOf(title)) : undefined,
    category,
    issueDate: d && validDate(d.year, d.month, d.day) ? { year: d.year, month: d.month, day: d.day } : undefined,
    issueDatePlace: d ? placeOf(i.lines, rangeOf(d)) : undefined,
    assigned,
    ...(assigned ? { assignedFrom: fromMeta ? ('meta' as const) : ('config' as const) } : {}),
    deadline: assigned ? deadlineOf(assigned, answerMonths(ctx)) : undefined,
    citations: citedPolicies(ctx, i.lines),
    directives: directiveFacts(i.tree.data.directives, i.lines),
    rules: i.rules,
  };
}
