/**
 * One config file as a layer: its `extends` first (in order), then its own keys over them, with
 * every referenced file (profile, registry, extended config) resolved from the file's folder and
 * checked to exist. Nearer layers merge over farther ones (mergeLayer).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { builtinProfile } from '../profiles';
import { errorAt, offsetOf } from './validate';
import { readable, readValidated } from './read';
import { loadProfileFile, resolveProfileSpec } from './profile-files';
import { list, type ConfigFileValue, type Layer, type LoadState } from './types';

export function loadLayer(file: string, state: LoadState, seen: Set<string>): Layer | undefined {
  const r = readValidated(file, 'config');
  if (r.errors.length > 0 || !r.value) {
    state.errors.push(...r.errors);
    return undefined;
  }
  const v = r.value as ConfigFileValue;
  const dir = dirname(file);
  const layer: Layer = { rules: {}, registry: [], filters: [], sources: [] };
  // extends first, in order, then this file over them.
  list(v.extends).forEach((ext, i) => {
    if (ext === 'replylint:recommended') return;
    const at = offsetOf(r.root, Array.isArray(v.extends) ? ['extends', i] : ['extends']);
    const target = resolve(dir, ext);
    if (seen.has(target)) {
      state.errors.push(errorAt(file, r.text, at.offset, `"extends" cycle through ${target}`, at.length));
      return;
    }
    if (ext.startsWith('replylint:')) {
      state.errors.push(errorAt(file, r.text, at.offset, `unknown built-in config "${ext}" (expected "replylint:recommended")`, at.length));
      return;
    }
    if (!readable(state, file, target)) return;
    if (!existsSync(target)) {
      state.errors.push(errorAt(file, r.text, at.offset, `extended config not found: ${target}`, at.length));
      return;
    }
    const base = loadLayer(target, state, new Set([...seen, target]));
    if (base) mergeLayer(layer, base);
  });
  if (v.profile !== undefined) {
    const at = { text: r.text, ...offsetOf(r.root, ['profile']) };
    if (typeof v.profile === 'string') {
      if (builtinProfile(v.profile)) layer.profile = v.profile;
      else {
        const p = loadProfileFile(resolve(dir, v.profile), file, state, new Set(), at);
        if (p) layer.profile = p;
      }
    } else {
      const p = resolveProfileSpec(v.profile, file, state, new Set([file]), at);
      if (p) layer.profile = p;
    }
  }
  Object.assign(layer.rules, v.rules ?? {});
  list(v.registry).forEach((p, i) => {
    const target = resolve(dir, p);
    const at = offsetOf(r.root, Array.isArray(v.registry) ? ['registry', i] : ['registry']);
    if (!readable(state, file, target)) return;
    if (!existsSync(target)) {
      state.errors.push(errorAt(file, r.text, at.offset, `registry file not found: ${target}`, at.length));
      return;
    }
    if (!/\.(json|jsonc|csv)$/i.test(target)) {
      state.errors.push(errorAt(file, r.text, at.offset, `registry file must be .json or .csv: ${p}`, at.length));
      return;
    }
    layer.registry = layer.registry.filter((x) => x !== target).concat(target);
  });
  if (v.include !== undefined || v.exclude !== undefined) {
    layer.filters.push({ base: dir, include: v.include === undefined ? undefined : list(v.include), exclude: list(v.exclude) });
  }
  if (v.locale) layer.locale = v.locale;
  if (v.maxFileSize !== undefined) layer.maxFileSize = v.maxFileSize;
  if (v.assignedDates) layer.assignedDates = { ...layer.assignedDates, ...v.assignedDates };
  if (v.root) layer.root = true;
  layer.sources.push(file);
  return layer;
}

export function mergeLayer(into: Layer, from: Layer): void {
  if (from.profile !== undefined) into.profile = from.profile;
  Object.assign(into.rules, from.rules);
  for (const r of from.registry) into.registry = into.registry.filter((x) => x !== r).concat(r);
  into.filters.push(...from.filters);
  if (from.locale) into.locale = from.locale;
  if (from.maxFileSize !== undefined) into.maxFileSize = from.maxFileSize;
  if (from.assignedDates) into.assignedDates = { ...into.assignedDates, ...from.assignedDates };
  for (const s of from.sources) if (!into.sources.includes(s)) into.sources.push(s);
}
