import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@taskforce/api-core';

/** The budgets' window: costs charged in the last 60 seconds count (sliding). */
export const COST_WINDOW_MS = 60_000;

/** What `charge` answers: admitted, or refused with the seconds until this cost would fit. */
export type Charge = { admitted: true; used: number } | { admitted: false; used: number; retryAfterSeconds: number };

interface Spent {
  at: number;
  cost: number;
}

/**
 * Per-caller budgets of GraphQL cost: GRAPHQL_COST_PER_MINUTE points within a sliding window of 60 s, kept in this
 * API node's memory — as the login budgets are (LoginFailureBudget, @nestjs/throttler's in-memory storage): with N
 * nodes behind a load balancer a caller may spend up to N budgets, and a restart forgets what was spent.
 *
 * Why not @nestjs/throttler's storage like the login budgets: it counts one hit per call and keeps one expiry time
 * per hit, so charging an operation that costs 2,000 points would take 2,000 calls and 2,000 timestamps. Here one
 * operation is one entry (when, how much).
 *
 * `charge` is synchronous: two requests of one caller arriving together cannot both be admitted into the last
 * room of a budget.
 */
@Injectable()
export class CostBudget implements OnModuleDestroy {
  private readonly spent = new Map<string, Spent[]>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly config: AppConfig) {
    // Callers who stopped asking: their entries have left the window, drop the key.
    this.sweeper = setInterval(() => this.sweep(Date.now()), COST_WINDOW_MS);
    this.sweeper.unref();
  }

  get limit(): number {
    return this.config.GRAPHQL_COST_PER_MINUTE;
  }

  /**
   * Charges `cost` to `key` now, unless the costs charged to it in the last 60 s plus this one would exceed the
   * budget: then nothing is charged and `retryAfterSeconds` (integer ≥ 1) says when enough of them will have left
   * the window for this cost to fit.
   */
  charge(key: string, cost: number, now = Date.now()): Charge {
    const entries = this.live(key, now);
    const answer = this.evaluate(entries, cost, now);
    if (answer.admitted && cost > 0) {
      entries.push({ at: now, cost });
      this.spent.set(key, entries);
    }
    return answer;
  }

  private evaluate(entries: Spent[], cost: number, now: number): Charge {
    const used = entries.reduce((sum, e) => sum + e.cost, 0);
    if (used + cost <= this.limit) return { admitted: true, used: used + cost };
    let freed = 0;
    let fitsAt = now + COST_WINDOW_MS;
    for (const e of entries) {
      freed += e.cost;
      if (used - freed + cost <= this.limit) {
        fitsAt = e.at + COST_WINDOW_MS;
        break;
      }
    }
    return { admitted: false, used, retryAfterSeconds: Math.max(1, Math.ceil((fitsAt - now) / 1000)) };
  }

  /** What `charge` would answer, without charging anything. */
  peek(key: string, cost: number, now = Date.now()): Charge {
    return this.evaluate(this.live(key, now), cost, now);
  }

  /**
   * Charges `cost` to `key` whether or not it fits — for work already done that was refused anyway (a document over
   * a cap, invalid, or estimated above GRAPHQL_MAX_COST): receiving, parsing and checking it was not free, and a
   * flood of such documents is a flood.
   */
  spend(key: string, cost: number, now = Date.now()): void {
    if (cost <= 0) return;
    const entries = this.live(key, now);
    entries.push({ at: now, cost });
    this.spent.set(key, entries);
  }

  /** Points charged to `key` within the window ending `now`. */
  used(key: string, now = Date.now()): number {
    return this.live(key, now).reduce((sum, e) => sum + e.cost, 0);
  }

  private live(key: string, now: number): Spent[] {
    const entries = this.spent.get(key);
    if (!entries) return [];
    const from = now - COST_WINDOW_MS;
    let first = 0;
    while (first < entries.length && entries[first].at <= from) first++;
    if (first) entries.splice(0, first);
    if (!entries.length) this.spent.delete(key);
    return entries;
  }

  private sweep(now: number): void {
    for (const key of [...this.spent.keys()]) this.live(key, now);
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }
}
