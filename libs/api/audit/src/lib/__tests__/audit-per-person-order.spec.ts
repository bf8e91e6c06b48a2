import type { DataSource } from 'typeorm';
import { AuditAction, AuditSubject } from '../audit-chain';
import { AuditService } from '../audit.service';

/**
 * Appends in a transaction of their own are made one at a time per person (AuditService.record): a stub DataSource
 * counts the transactions open at once, per person and in all.
 */
describe('AuditService: one append at a time per person', () => {
  function stub() {
    const open = new Map<string, number>();
    const peak = new Map<string, number>();
    let allOpen = 0;
    let allPeak = 0;
    const order: string[] = [];
    const db = {
      transaction: async (work: (m: unknown) => Promise<unknown>) => {
        const manager = {
          query: async (sql: string, params?: unknown[]) => {
            if (sql.startsWith('SELECT seq')) return [{ seq: '0', hash: '0'.repeat(64) }];
            if (sql.startsWith('INSERT INTO audit_entries')) {
              const who = String(params?.[2]);
              order.push(`${who}:${String(params?.[6])}`);
              open.set(who, (open.get(who) ?? 0) + 1);
              peak.set(who, Math.max(peak.get(who) ?? 0, open.get(who)!));
              allOpen++;
              allPeak = Math.max(allPeak, allOpen);
              await new Promise((r) => setTimeout(r, 5));
              open.set(who, open.get(who)! - 1);
              allOpen--;
            }
            return [];
          },
        };
        return work(manager);
      },
    } as unknown as DataSource;
    return { db, peak, order, allPeak: () => allPeak };
  }
  const event = (n: number) => ({ action: AuditAction.LEAD_READ, subjectType: AuditSubject.LEAD, subjectId: `lead-${n}` });

  it('fifteen appends of one person run one after the other, in order; two people run side by side', async () => {
    const { db, peak, order, allPeak } = stub();
    const audit = new AuditService(db);
    const flooder = { userId: 'flooder', agencyId: 'a' };
    const reader = { userId: 'reader', agencyId: 'b' };
    await Promise.all([...Array.from({ length: 15 }, (_, i) => audit.record(flooder, event(i))), audit.record(reader, event(99))]);
    expect(peak.get('flooder')).toBe(1);
    expect(peak.get('reader')).toBe(1);
    expect(allPeak()).toBe(2); // the reader did not wait for the flooder's fifteen
    expect(order.filter((o) => o.startsWith('flooder')).map((o) => o.split(':')[1])).toEqual(Array.from({ length: 15 }, (_, i) => `lead-${i}`));
    expect(order.indexOf('reader:lead-99')).toBeLessThan(2);
  });

  it('a failed append does not block the next one of the same person', async () => {
    let calls = 0;
    const db = {
      transaction: async () => {
        calls++;
        if (calls === 1) throw new Error('deadlock');
      },
    } as unknown as DataSource;
    const audit = new AuditService(db);
    const who = { userId: 'p', agencyId: 'a' };
    const [first, second] = await Promise.allSettled([audit.record(who, event(1)), audit.record(who, event(2))]);
    expect(first.status).toBe('rejected');
    expect(second.status).toBe('fulfilled');
    expect(calls).toBe(2);
  });
});
