/**
 * Step-up requests between the Apollo link that meets REAUTHENTICATION_REQUIRED and the dialog that asks for the
 * password or a code: the link waits on `request()`; the dialog, while mounted, shows itself when a request is pending
 * and `settle`s it — true after a successful `reauthenticate` (the link then sends the operation again), false when
 * the person cancels (the action fails with the original error).
 */
class StepUpStore {
  private waiting: Array<(confirmed: boolean) => void> = [];
  private readonly listeners = new Set<() => void>();

  /** True when a dialog is mounted to answer requests. */
  hasListener(): boolean {
    return this.listeners.size > 0;
  }

  /** True while an action waits for the step-up. */
  isPending(): boolean {
    return this.waiting.length > 0;
  }

  /** Asks for a step-up; resolves true once done, false when cancelled. Parallel requests share one dialog. */
  request(): Promise<boolean> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.emit();
    });
  }

  /** Answers every pending request. */
  settle(confirmed: boolean): void {
    const waiting = this.waiting;
    this.waiting = [];
    waiting.forEach((resolve) => resolve(confirmed));
    this.emit();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    this.listeners.forEach((listener) => listener());
  }
}

export const stepUpStore = new StepUpStore();
