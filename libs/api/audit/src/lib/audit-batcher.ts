import { AsyncResource } from 'node:async_hooks';
import { AuditDraft } from './audit-chain';

/** Tuning of AuditBatcher. */
export interface AuditBatcherOptions {
  /** How long (ms) the first entry of an idle batcher waits for others before its batch is written. */
  windowMs: number;
  /** Most entries in one batch (one transaction). */
  maxEntries: number;
  /** Most entries of one actor in one batch; the rest of that actor's wait for the next batch, in order. */
  maxPerActor: number;
}

export const DEFAULT_AUDIT_BATCHER_OPTIONS: AuditBatcherOptions = { windowMs: 2, maxEntries: 200, maxPerActor: 25 };

interface Waiting {
  draft: AuditDraft;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit of audit entries written outside any business transaction (audited reads, refusals): `append`
 * queues a draft and resolves once it is committed. An idle batcher waits `windowMs` for more entries (or until
 * `maxEntries` are queued), then writes them with `write` — one statement that chains them all under one lock
 * of audit_head (appendAuditEntriesAtomically). While it runs, new entries queue and are written together as soon
 * as it ends, so on each API node at most one batch waits for the head lock and an append waits for at most the
 * batch ahead of it, whatever the number of readers.
 *
 * Order: one actor's entries are chained in the order `append` was called; a batch takes at most `maxPerActor`
 * entries of one actor, so one person's burst does not push everyone else's entries back by more than a batch.
 * A batch that fails is retried entry by entry, so one bad entry rejects only its own `append`.
 * Batches run outside the async context of the request that queued them (their SQL is not counted as the
 * request's).
 */
export class AuditBatcher {
  private readonly queue: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  /** `flush` bound to the context the batcher was made in (no request scope). */
  private readonly startFlush: () => void;

  constructor(
    private readonly write: (drafts: AuditDraft[]) => Promise<unknown>,
    private readonly options: AuditBatcherOptions = DEFAULT_AUDIT_BATCHER_OPTIONS,
  ) {
    this.startFlush = AsyncResource.bind(() => {
      if (this.running) return;
      this.running = this.flush().finally(() => {
        this.running = null;
        if (this.queue.length) this.startFlush();
      });
    });
  }

  /** Queues `draft`; resolves when its batch has committed, rejects with the database's error when it could not be written. */
  append(draft: AuditDraft): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ draft, resolve, reject });
      if (this.running) return;
      if (this.queue.length >= this.options.maxEntries) {
        this.clearTimer();
        this.startFlush();
      } else if (!this.timer) {
        this.timer = setTimeout(() => {
          this.timer = null;
          this.startFlush();
        }, this.options.windowMs);
      }
    });
  }

  /** Writes everything queued (without waiting for the window); resolves when the queue is empty. */
  async drain(): Promise<void> {
    this.clearTimer();
    while (this.queue.length || this.running) {
      if (!this.running) this.startFlush();
      await this.running;
    }
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async flush(): Promise<void> {
    while (this.queue.length) {
      const batch = this.take();
      try {
        await this.write(batch.map((w) => w.draft));
        batch.forEach((w) => w.resolve());
      } catch (err) {
        if (batch.length === 1) {
          batch[0].reject(err);
          continue;
        }
        for (const w of batch) {
          try {
            await this.write([w.draft]);
            w.resolve();
          } catch (one) {
            w.reject(one);
          }
        }
      }
    }
  }

  /** Removes and returns the next batch: queue order, at most maxEntries, at most maxPerActor per actor. */
  private take(): Waiting[] {
    const batch: Waiting[] = [];
    const perActor = new Map<string, number>();
    for (let i = 0; i < this.queue.length && batch.length < this.options.maxEntries; ) {
      const actor = this.queue[i].draft.actorUserId ?? 'system';
      const n = perActor.get(actor) ?? 0;
      if (n < this.options.maxPerActor) {
        perActor.set(actor, n + 1);
        batch.push(...this.queue.splice(i, 1));
      } else {
        i += 1;
      }
    }
    return batch;
  }
}
