/**
 * A glob matcher that runs in O(path × pattern) time whatever the pattern: `**` (any folders),
 * `*` and `?` (within a segment), `{a,b}` alternatives, case-insensitive. Globs come from
 * workspace settings, so a regex translation (which backtracks exponentially on patterns such as
 * `**\/*a*a*a*a*b.txt`) must not be used.
 */

type Token =
  | { kind: 'char'; c: string }
  | { kind: 'any' } // ?
  | { kind: 'star' } // * within a segment
  | { kind: 'globstar' } // ** : anything, slashes included
  | { kind: 'dirs' }; // **/ : zero or more whole folders

const MAX_ALTERNATIVES = 64;

/** {a,b}c → [ac, bc] (nested braces included), capped at MAX_ALTERNATIVES. */
export function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open < 0) return [glob];
  let depth = 0;
  let close = -1;
  const commas: number[] = [];
  for (let i = open; i < glob.length; i++) {
    const c = glob[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      close = i;
      break;
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  if (close < 0) return [glob];
  const head = glob.slice(0, open);
  const tail = glob.slice(close + 1);
  const bounds = [open, ...commas, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < bounds.length && out.length < MAX_ALTERNATIVES; k++) {
    for (const rest of expandBraces(glob.slice(bounds[k] + 1, bounds[k + 1]) + tail)) {
      if (out.length >= MAX_ALTERNATIVES) break;
      out.push(head + rest);
    }
  }
  return out;
}

function tokenize(glob: string): Token[] {
  const t: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        t.push({ kind: 'dirs' });
      } else t.push({ kind: 'globstar' });
    } else if (c === '*') {
      // Consecutive stars are one star.
      if (t.length === 0 || t[t.length - 1].kind !== 'star') t.push({ kind: 'star' });
    } else if (c === '?') t.push({ kind: 'any' });
    else t.push({ kind: 'char', c: c.toLowerCase() });
  }
  return t;
}

/**
 * Whether `path` (forward slashes) matches one brace-free glob: a set of states per character.
 * A `**\/` token has two states: at a folder start (it may match nothing and move on) and
 * inside a folder name (only the closing slash brings it back to a folder start).
 */
function matchTokens(tokens: Token[], path: string): boolean {
  const m = tokens.length;
  let cur = new Uint8Array(m + 1);
  let next = new Uint8Array(m + 1);
  let curIn = new Uint8Array(m);
  let nextIn = new Uint8Array(m);
  const close = (set: Uint8Array) => {
    // Tokens that can match nothing let the match move on.
    for (let k = 0; k < m; k++) {
      const kind = tokens[k].kind;
      if (set[k] && (kind === 'star' || kind === 'globstar' || kind === 'dirs')) set[k + 1] = 1;
    }
  };
  cur[0] = 1;
  close(cur);
  for (let i = 0; i < path.length; i++) {
    const c = path[i].toLowerCase();
    next.fill(0);
    nextIn.fill(0);
    for (let k = 0; k < m; k++) {
      const tok = tokens[k];
      if (tok.kind === 'dirs') {
        if (cur[k] || curIn[k]) {
          if (c === '/') next[k] = 1;
          else nextIn[k] = 1;
        }
        continue;
      }
      if (!cur[k]) continue;
      switch (tok.kind) {
        case 'char':
          if (tok.c === c) next[k + 1] = 1;
          break;
        case 'any':
          if (c !== '/') next[k + 1] = 1;
          break;
        case 'star':
          if (c !== '/') next[k] = 1;
          break;
        case 'globstar':
          next[k] = 1;
          break;
      }
    }
    close(next);
    let alive = false;
    for (let k = 0; k <= m && !alive; k++) alive = next[k] === 1 || (k < m && nextIn[k] === 1);
    if (!alive) return false;
    [cur, next] = [next, cur];
    [curIn, nextIn] = [nextIn, curIn];
  }
  return cur[m] === 1;
}

export function globMatch(glob: string, path: string): boolean {
  return expandBraces(glob).some((g) => matchTokens(tokenize(g), path));
}
