/**
 * When to lint an open document: debounced per document, with a delay that adapts to how long
 * the document takes to lint. delay = min(setting, k × last lint time), so a 1 MB document waits
 * for the typing to pause (and linting never takes more than about 1/k of the CPU while typing).
 * A change to a document that lints in under 25 ms (a letter: ~1 ms once V8 has warmed up,
 * 10–40 ms for the first edits before that), arriving when no lint is pending, waits only
 * BURST_MS: long enough for the rest of a burst (a paste, an undo, edits sent together) to
 * arrive, so that no version the client has already replaced is published, and short enough
 * that each keystroke's result shows at once.
 */
const DEBOUNCE_FACTOR = 3;
const LINT_AT_ONCE_MS = 25;
const BURST_MS = 2;

export class LintScheduler {
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private lintMs = new Map<string, number>();

  /** `run` lints and publishes one document; its failures go to `onError`. */
  constructor(
    private readonly run: (uri: string) => Promise<void>,
    private readonly onError: (err: unknown) => void,
  ) {}

  /** The delay for a change under the user's debounce setting. */
  debounceFor(uri: string, setting: number): number {
    const last = this.lintMs.get(uri);
    if (last === undefined) return setting;
    if (last < LINT_AT_ONCE_MS && !this.timers.has(uri)) return Math.min(setting, BURST_MS);
    return Math.min(setting, Math.max(BURST_MS, Math.round(DEBOUNCE_FACTOR * last)));
  }

  schedule(uri: string, delay: number): void {
    const old = this.timers.get(uri);
    if (old) clearTimeout(old);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        // Two turns of the event loop first: a change read in this turn (the connection handles
        // one message per turn) is applied before linting, so a version the client has already
        // replaced is not linted and published.
        setImmediate(() =>
          setImmediate(() => {
            this.run(uri).catch(this.onError);
          }),
        );
      }, delay),
    );
  }

  /** How long the last lint of this document took (feeds the next delay). */
  linted(uri: string, ms: number): void {
    this.lintMs.set(uri, ms);
  }

  /** A closed document: nothing pending, nothing remembered. */
  forget(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.lintMs.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
