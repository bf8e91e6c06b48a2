import { AuditBatcher } from '../audit-batcher';
import { AuditDraft } from '../audit-chain';

/**
 * AuditBatcher (group commit of audit entries): the writer here records the batches it is given and how many run
 * at once; the real writer (one transaction per batch) is exercised by the audit integration tests.
 */
describe('AuditBatcher', () => {
  const draft = (actor: string, n: number): AuditDraft => ({ actorUserId: actor, actorAgencyId: null, action: 'LEAD_READ', subjectType: 'LEAD', subjectId: `${actor}-${n}` });
  const names = (batch: AuditDraft[]) => batch.map((d) => d.subjectId);

  function recorder(delayMs = 5, fail: (batch: AuditDraft[]) => boolean = () => false) {
    const batches: AuditDraft[][] = [];
    let open = 0;
    let peak = 0;
    const write = async (batch: AuditDraft[]) => {
      open += 1;
      peak = Math.max(peak, open);
      await new Promise((r) => setTimeout(r, delayMs));
      open -= 1;
      if (fail(batch)) throw new Error('refused');
      batches.push(batch);
    };
    return { write, batches, peak: () => peak };
  }

  it('writes entries queued within the window as one batch, in order, and resolves after the write', async () => {
    const { write, batches } = recorder();
    const batcher = new AuditBatcher(write, { windowMs: 20, maxEntries: 100, maxPerActor: 100 });
    let settled = 0;
    const all = [1, 2, 3].map((n) => batcher.append(draft('a', n)).then(() => (settled += 1)));
    expect(settled).toBe(0);
    await Promise.all(all);
    expect(batches.map(names)).toEqual([['a-1', 'a-2', 'a-3']]);
  });

  it('runs one batch at a time; entries queued meanwhile go together into the next', async () => {
    const { write, batches, peak } = recorder(30);
    const batcher = new AuditBatcher(write, { windowMs: 1, maxEntries: 100, maxPerActor: 100 });
    const first = batcher.append(draft('a', 1));
    await new Promise((r) => setTimeout(r, 10)); // the first batch is being written
    await Promise.all([first, ...[2, 3, 4].map((n) => batcher.append(draft('b', n)))]);
    expect(batches.map(names)).toEqual([['a-1'], ['b-2', 'b-3', 'b-4']]);
    expect(peak()).toBe(1);
  });

  it('writes at once when maxEntries are queued, without waiting for the window', async () => {
    const { write, batches } = recorder(1);
    const batcher = new AuditBatcher(write, { windowMs: 10_000, maxEntries: 3, maxPerActor: 3 });
    const started = Date.now();
    await Promise.all([1, 2, 3].map((n) => batcher.append(draft('a', n))));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(batches.map(names)).toEqual([['a-1', 'a-2', 'a-3']]);
  });

  it("one actor's burst takes at most maxPerActor places per batch; others' entries are not pushed back; each actor's order is kept", async () => {
    const { write, batches } = recorder(1);
    const batcher = new AuditBatcher(write, { windowMs: 5, maxEntries: 100, maxPerActor: 4 });
    await Promise.all([...Array.from({ length: 10 }, (_, i) => batcher.append(draft('flooder', i))), batcher.append(draft('reader', 0))]);
    expect(batches.map(names)).toEqual([
      ['flooder-0', 'flooder-1', 'flooder-2', 'flooder-3', 'reader-0'],
      ['flooder-4', 'flooder-5', 'flooder-6', 'flooder-7'],
      ['flooder-8', 'flooder-9'],
    ]);
  });

  it('a failed batch is retried entry by entry: only the entry that fails alone is rejected', async () => {
    const { write, batches } = recorder(1, (batch) => batch.some((d) => d.subjectId === 'a-2'));
    const batcher = new AuditBatcher(write, { windowMs: 5, maxEntries: 100, maxPerActor: 100 });
    const results = await Promise.allSettled([1, 2, 3].map((n) => batcher.append(draft('a', n))));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(batches.map(names)).toEqual([['a-1'], ['a-3']]);
  });

  it('drain writes what is queued without waiting for the window', async () => {
    const { write, batches } = recorder(1);
    const batcher = new AuditBatcher(write, { windowMs: 60_000, maxEntries: 100, maxPerActor: 100 });
    const pending = batcher.append(draft('a', 1));
    await batcher.drain();
    await pending;
    expect(batches.map(names)).toEqual([['a-1']]);
  });
});
