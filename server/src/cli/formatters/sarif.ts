/**
 * SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, Azure DevOps, …): one run,
 * every rule with its docs URL, results with regions (line/column and UTF-16 char offsets,
 * `columnKind: utf16CodeUnits`) and fixes as artifact changes. Inputs that could not be linted
 * appear as tool execution notifications, and the invocation is then not successful.
 */
import { pathToFileURL } from 'node:url';
import { DOCS_BASE, type Fix, INTERNAL_RULE_ID, rules, type Severity, workspaceRules } from '../../index';
import type { FileReport, FormatOptions } from '.';
import { artifactUri } from './paths';
import { spanOf, type Span } from './util';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/replylint/replylint';

function level(s: Severity): 'error' | 'warning' | 'note' {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

function pascal(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** A SARIF region: 1-based lines and columns, and the UTF-16 offset and length of the text. */
function region(s: Span, offset: number, endOffset: number) {
  return { startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn, charOffset: offset, charLength: endOffset - offset };
}

export function formatSarif(reports: FileReport[], opts: FormatOptions): string {
  const driverRules = [...rules, ...(opts.workspace ? workspaceRules : [])].map((r) => ({
    id: r.id,
    name: pascal(r.id),
    shortDescription: { text: r.docs[opts.locale] },
    fullDescription: { text: opts.locale === 'zh' ? `${r.docs.zh} ${r.docs.en}` : `${r.docs.en} ${r.docs.zh}` },
    helpUri: DOCS_BASE + r.id + '.md',
    help: { text: `${r.docs[opts.locale]} ${DOCS_BASE + r.id}.md` },
    defaultConfiguration: { level: level(r.severity), enabled: !r.defaultOff },
    properties: { code: r.code, category: r.category, tags: [r.category], fixable: r.fixable || 'no', ...(r.source ? { source: r.source } : {}) } as Record<string, unknown>,
  }));
  const index = new Map(driverRules.map((r, i) => [r.id, i]));
  const internalUsed = reports.some((f) => f.messages.some((m) => m.ruleId === INTERNAL_RULE_ID));
  if (internalUsed) {
    index.set(INTERNAL_RULE_ID, driverRules.length);
    driverRules.push({
      id: INTERNAL_RULE_ID,
      name: pascal(INTERNAL_RULE_ID),
      shortDescription: { text: opts.locale === 'zh' ? '规则运行出错' : 'A rule failed to run' },
      fullDescription: { text: 'A rule threw while checking this file; please report it.' },
      helpUri: INFORMATION_URI,
      help: { text: 'A rule threw while checking this file; please report it.' },
      defaultConfiguration: { level: 'error', enabled: true },
      properties: { code: '', category: 'internal', tags: ['internal'], fixable: 'no' },
    });
  }

  const results = [];
  for (const report of reports) {
    const artifactLocation = artifactUri(report.file, opts.cwd);
    for (const m of report.messages) {
      const s = spanOf(m);
      const fixes = [];
      const change = (fix: Fix, description: string) => ({
        description: { text: description },
        artifactChanges: [
          {
            artifactLocation,
            replacements: (fix.edits && fix.edits.length > 0 ? fix.edits : [fix]).map((e) => ({
              deletedRegion: { charOffset: e.range[0], charLength: e.range[1] - e.range[0] },
              insertedContent: { text: e.text },
            })),
          },
        ],
      });
      // A Word document's fixes are made in its XML (replylint --fix / review), not at text offsets of the file.
      const word = m.paragraph !== undefined;
      if (m.fix && !word) fixes.push(change(m.fix, m.reason));
      for (const sug of word ? [] : (m.suggestions ?? [])) fixes.push(change(sug, sug.title[opts.locale]));
      const ruleIndex = index.get(m.ruleId);
      results.push({
        ruleId: m.ruleId,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: level(m.severity),
        message: { text: m.reason },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: region(s, m.range[0], m.range[1]),
            },
            ...(word
              ? {
                  message: {
                    text: opts.locale === 'zh' ? `${m.location}（区域为 Word 文档提取文本中的位置，一段一行）` : `${m.location} (the region is in the Word document's extracted text, one line per paragraph)`,
                  },
                }
              : {}),
          },
        ],
        ...(word ? { properties: { paragraph: m.paragraph, location: m.location } } : {}),
        ...(m.related && m.related.length > 0
          ? {
              relatedLocations: m.related.map((r, id) => ({
                id,
                physicalLocation: {
                  artifactLocation: artifactUri(r.file, opts.cwd),
                  region: region(r.place, r.place.offset, r.place.endOffset),
                },
              })),
            }
          : {}),
        ...(fixes.length > 0 ? { fixes } : {}),
      });
    }
  }

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'replylint',
            version: opts.version,
            semanticVersion: /^\d+\.\d+\.\d+/.test(opts.version) ? opts.version : undefined,
            informationUri: INFORMATION_URI,
            rules: driverRules,
          },
        },
        invocations: [
          {
            executionSuccessful: opts.notLinted.length === 0,
            toolExecutionNotifications: opts.notLinted.map((n) => ({
              level: 'error',
              message: { text: n.reason },
              locations: [{ physicalLocation: { artifactLocation: artifactUri(n.file, opts.cwd) } }],
            })),
          },
        ],
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(opts.cwd.endsWith('/') ? opts.cwd : opts.cwd + '/').href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
