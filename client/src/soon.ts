/** Runs a task once, a moment after the last request (coalesces bursts of notifications). */
export class Soon {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly task: () => unknown) {}

  schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.task();
    }, delay);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
