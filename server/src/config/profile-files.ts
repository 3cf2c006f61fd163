/**
 * Profiles named by a config: a built-in name, a profile file, or a spec inline, each resolved
 * through its `extends` chain (built-ins and other files) with cycles and missing files reported
 * where they are named.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { builtinProfile, extendProfile, type Profile, type ProfileSpec } from '../profiles';
import { errorAt, offsetOf } from './validate';
import { readable, readValidated } from './read';
import type { LoadState } from './types';

/** Resolves a profile spec (inline or from a file) through its `extends` chain. */
export function resolveProfileSpec(spec: ProfileSpec, specFile: string, state: LoadState, seen: Set<string>, at: { text: string; offset: number; length: number }): Profile | undefined {
  const ext = spec.extends ?? 'generic';
  let base = builtinProfile(ext);
  if (!base) {
    const target = resolve(dirname(specFile), ext);
    base = loadProfileFile(target, specFile, state, seen, at);
    if (!base) return undefined;
  }
  return extendProfile(base, { ...spec, id: spec.id ?? `${base.id}+${relative(dirname(specFile), specFile) || 'inline'}` });
}

export function loadProfileFile(target: string, fromFile: string, state: LoadState, seen: Set<string>, at: { text: string; offset: number; length: number }): Profile | undefined {
  if (seen.has(target)) {
    state.errors.push(errorAt(fromFile, at.text, at.offset, `profile "extends" cycle through ${target}`, at.length));
    return undefined;
  }
  if (!readable(state, fromFile, target)) return undefined;
  if (!existsSync(target)) {
    state.errors.push(errorAt(fromFile, at.text, at.offset, `profile file not found: ${target}`, at.length));
    return undefined;
  }
  const r = readValidated(target, 'profile');
  if (r.errors.length > 0 || !r.value) {
    state.errors.push(...r.errors);
    return undefined;
  }
  const spec = r.value as ProfileSpec;
  const ext = offsetOf(r.root, ['extends']);
  return resolveProfileSpec(spec, target, state, new Set([...seen, target]), { text: r.text, ...ext });
}
