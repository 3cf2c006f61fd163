/**
 * Problems in the text of a config, profile or registry file as the editor shows it (it may not
 * be saved): the schema's, and for a config on disk the files it names that do not exist.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { builtinProfile } from '../profiles';
import { errorAt, offsetOf, parseAndValidate, type ConfigError } from './validate';
import { list, type ConfigFileValue } from './types';

/** Problems in a config file's text (for editor diagnostics on .replylintrc.json). */
export function validateConfigText(text: string, path: string): ConfigError[] {
  const parsed = parseAndValidate<ConfigFileValue>(text, path, 'config');
  if (parsed.errors.length > 0 || !parsed.value || !isAbsolute(path)) return parsed.errors;
  // Referenced files, when the config sits on disk.
  const errors: ConfigError[] = [];
  const dir = dirname(path);
  const v = parsed.value;
  const check = (key: 'extends' | 'registry', what: string) => {
    list(v[key]).forEach((p, i) => {
      if (p.startsWith('replylint:')) return;
      if (!existsSync(resolve(dir, p))) {
        const at = offsetOf(parsed.root, Array.isArray(v[key]) ? [key, i] : [key]);
        errors.push(errorAt(path, text, at.offset, `${what} not found: ${p}`, at.length));
      }
    });
  };
  check('extends', 'extended config');
  check('registry', 'registry file');
  if (typeof v.profile === 'string' && !builtinProfile(v.profile) && !existsSync(resolve(dir, v.profile))) {
    const at = offsetOf(parsed.root, ['profile']);
    errors.push(errorAt(path, text, at.offset, `profile file not found: ${v.profile}`, at.length));
  }
  return errors;
}

/** Problems in a profile or registry file's text (editor diagnostics on those files). */
export function validateProfileText(text: string, path: string): ConfigError[] {
  return parseAndValidate(text, path, 'profile').errors;
}
