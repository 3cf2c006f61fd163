/**
 * Reading policy registry files: JSON (with comments, validated by the registry schema) or CSV
 * (the same columns, English or Chinese headers, as agencies keep them in spreadsheets). Lives in
 * config/ beside the other validated files (the registry schema and its error positions are
 * config's); registry/ itself holds only the policy list and its matching. `loadRegistry` builds
 * the registry of a config's files, cached while none of them changes.
 */
import { statSync } from 'node:fs';
import { findNodeAtLocation } from 'jsonc-parser';
import { errorAt, parseAndValidate, type ConfigError } from './validate';
import { csvColumn, parseCsv, sniffDelimiter, PolicyRegistry, type PolicyEntry, type PolicyStatus, type RegistryFile } from '../registry';
import type { LoadState } from './types';
import { readCached } from './read';

const STATUS: Record<string, PolicyStatus> = {
  'in-force': 'in-force',
  'in force': 'in-force',
  valid: 'in-force',
  现行有效: 'in-force',
  有效: 'in-force',
  现行: 'in-force',
  '': 'in-force',
  amended: 'amended',
  已修订: 'amended',
  已修改: 'amended',
  修订: 'amended',
  修改: 'amended',
  repealed: 'repealed',
  已废止: 'repealed',
  废止: 'repealed',
  失效: 'repealed',
  已失效: 'repealed',
};

/** Chinese date forms in spreadsheets (2023年1月5日, 2023/1/5, 2023.1.5) → ISO. */
function isoDate(s: string): string | undefined {
  const t = s.trim();
  if (!t) return undefined;
  const m = /^(\d{4})(?:\s*[年\-/.]\s*(\d{1,2})(?:\s*[月\-/.]\s*(\d{1,2})\s*日?)?\s*月?)?\s*年?$/.exec(t);
  if (!m) return undefined;
  const p2 = (x: string) => x.padStart(2, '0');
  return m[3] ? `${m[1]}-${p2(m[2])}-${p2(m[3])}` : m[2] ? `${m[1]}-${p2(m[2])}` : m[1];
}

export interface LoadedRegistryFile {
  entries: PolicyEntry[];
  errors: ConfigError[];
}

export function parseRegistryText(text: string, file: string): LoadedRegistryFile {
  return /\.csv$/i.test(file) ? parseCsvRegistry(text, file) : parseJsonRegistry(text, file);
}

function parseJsonRegistry(text: string, file: string): LoadedRegistryFile {
  const { value, root, errors } = parseAndValidate<RegistryFile>(text, file, 'registry');
  if (!value || errors.length > 0 || !root) return { entries: [], errors };
  const lines = lineOf(text);
  const entries = value.policies.map((p, i) => {
    const node = findNodeAtLocation(root, ['policies', i]);
    return { ...p, source: { file, line: node ? lines(node.offset) : 1 } };
  });
  return { entries, errors: [] };
}

function lineOf(text: string): (offset: number) => number {
  return (offset) => {
    let n = 1;
    for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
    return n;
  };
}

function splitList(s: string): string[] {
  return s
    .split(/[;；|｜\n]/)
    .map((x) => x.trim().replace(/^《(.*)》$/, '$1'))
    .filter(Boolean);
}

function parseCsvRegistry(text: string, file: string): LoadedRegistryFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { rows, errors: csvErrors } = parseCsv(body, sniffDelimiter(body));
  const errors: ConfigError[] = csvErrors.map((e) => ({ file, line: e.line, column: e.column, message: `CSV: ${e.message}` }));
  if (rows.length === 0) return { entries: [], errors: [errorAt(file, body, 0, 'empty registry: expected a header row with a "title" column')] };
  const header = rows[0].fields.map((h) => csvColumn(h));
  const unknown = rows[0].fields.findIndex((h, i) => !header[i] && h.trim() !== '');
  if (unknown >= 0) {
    errors.push({ file, line: rows[0].line, column: 1, message: `unknown column "${rows[0].fields[unknown].trim()}" (expected title, aliases, docNumber, issuer, date, status, replacedBy, url, note)` });
  }
  if (!header.includes('title')) {
    errors.push({ file, line: rows[0].line, column: 1, message: 'missing "title" column (标题)' });
    return { entries: [], errors };
  }
  // Each row goes through the same schema as a JSON entry.
  const policies: PolicyEntry[] = [];
  const rowLines: number[] = [];
  for (const row of rows.slice(1)) {
    const e: Record<string, unknown> = {};
    row.fields.forEach((raw, i) => {
      const key = header[i];
      const v = raw.trim();
      if (!key || v === '') return;
      if (key === 'aliases') e.aliases = splitList(v);
      else if (key === 'status') e.status = STATUS[v.toLowerCase()] ?? v;
      else if (key === 'date') e.date = isoDate(v) ?? v;
      else if (key === 'title' || key === 'replacedBy') e[key] = v.replace(/^《(.*)》$/, '$1');
      else e[key] = v;
    });
    if (Object.keys(e).length === 0) continue;
    policies.push(e as unknown as PolicyEntry);
    rowLines.push(row.line);
  }
  const json = JSON.stringify({ policies }, null, 0);
  const checked = parseAndValidate<RegistryFile>(json, file, 'registry');
  for (const err of checked.errors) {
    // Map `policies[i]…` back to the CSV row.
    const m = /policies\[(\d+)\]\.?(\S*)/.exec(err.message);
    const i = m ? Number(m[1]) : 0;
    const msg = err.message.replace(/policies\[\d+\]\.?/, '').trim();
    errors.push({ file, line: rowLines[i] ?? 1, column: 1, message: `row ${i + 2}: ${m && !m[2] && msg.startsWith('is missing') ? 'missing "title"' : msg}` });
  }
  if (errors.length > 0) return { entries: [], errors };
  return { entries: policies.map((p, i) => ({ ...p, source: { file, line: rowLines[i] } })), errors };
}

const cache = new Map<string, { mtimeMs: number; size: number; value: LoadedRegistryFile }>();

/** Reads and parses one registry file, cached by mtime and size. */
export function loadRegistryFile(file: string): LoadedRegistryFile {
  return readCached(
    cache,
    file,
    file,
    'registry',
    (text) => parseRegistryText(text, file),
    (e) => ({ entries: [], errors: [e] }),
  );
}

const registryCache = new Map<string, { stamp: string; registry: PolicyRegistry }>();

/** The policy registry of a config's registry files, cached while none of them changes. */
export function loadRegistry(files: string[], state: LoadState): PolicyRegistry | undefined {
  if (files.length === 0) return undefined;
  const key = files.join('\n');
  const stamp = files
    .map((f) => {
      try {
        const st = statSync(f);
        return `${st.mtimeMs}:${st.size}`;
      } catch {
        return 'missing';
      }
    })
    .join('|');
  const hit = registryCache.get(key);
  if (hit && hit.stamp === stamp) return hit.registry;
  const entries: PolicyEntry[] = [];
  let ok = true;
  for (const f of files) {
    const loaded = loadRegistryFile(f);
    if (loaded.errors.length > 0) {
      state.errors.push(...loaded.errors);
      ok = false;
    }
    entries.push(...loaded.entries);
  }
  const registry = new PolicyRegistry(entries, files);
  if (ok) registryCache.set(key, { stamp, registry });
  return registry;
}
