import { byKeys, currentRequestScope, groupByKeys, inRequestScope, loadByKey, oncePerRequest } from '../request-scope';

/** A batch function that records each call's keys and answers `value-<key>` (null for keys starting with "x"). */
function recordingBatch() {
  const calls: string[][] = [];
  const batch = async (keys: readonly string[]) => {
    calls.push([...keys]);
    return keys.map((k) => (k.startsWith('x') ? null : `value-${k}`));
  };
  return { calls, batch };
}

describe('RequestScope', () => {
  it('answers the loads of one tick with one batch, each caller getting its own key', async () => {
    const { calls, batch } = recordingBatch();
    const values = await inRequestScope(() => Promise.all(['a', 'b', 'x1', 'c'].map((k) => loadByKey('test', k, batch))));
    expect(values).toEqual(['value-a', 'value-b', null, 'value-c']);
    expect(calls).toEqual([['a', 'b', 'x1', 'c']]);
  });

  it('keeps nothing between ticks: a later load of the same key asks again', async () => {
    const { calls, batch } = recordingBatch();
    await inRequestScope(async () => {
      await loadByKey('test', 'a', batch);
      await loadByKey('test', 'a', batch);
    });
    expect(calls).toEqual([['a'], ['a']]);
  });

  it('keeps loaders of different names apart', async () => {
    const first = recordingBatch();
    const second = recordingBatch();
    await inRequestScope(() => Promise.all([loadByKey('one', 'a', first.batch), loadByKey('two', 'a', second.batch), loadByKey('one', 'b', first.batch)]));
    expect(first.calls).toEqual([['a', 'b']]);
    expect(second.calls).toEqual([['a']]);
  });

  it('loads alone outside a request', async () => {
    const { calls, batch } = recordingBatch();
    expect(currentRequestScope()).toBeUndefined();
    const values = await Promise.all([loadByKey('test', 'a', batch), loadByKey('test', 'b', batch)]);
    expect(values).toEqual(['value-a', 'value-b']);
    expect(calls).toEqual([['a'], ['b']]);
  });

  it('rejects only the caller whose key was answered with an Error', async () => {
    const batch = async (keys: readonly string[]) => keys.map((k) => (k === 'bad' ? new Error('no such thing') : k.toUpperCase()));
    const settled = await inRequestScope(() => Promise.allSettled([loadByKey('test', 'ok', batch), loadByKey('test', 'bad', batch)]));
    expect(settled[0]).toEqual({ status: 'fulfilled', value: 'OK' });
    expect(settled[1]).toMatchObject({ status: 'rejected', reason: { message: 'no such thing' } });
  });

  it('computes once per key in a read-only request, every time otherwise', async () => {
    let runs = 0;
    const compute = async () => ++runs;
    const writing = await inRequestScope(async () => [await oncePerRequest('k', compute), await oncePerRequest('k', compute)]);
    expect(writing).toEqual([1, 2]);
    const reading = await inRequestScope(async (scope) => {
      scope.markReadOnly();
      return [await oncePerRequest('k', compute), await oncePerRequest('k', compute), await oncePerRequest('other', compute)];
    });
    expect(reading).toEqual([3, 3, 4]);
  });

  it('does not keep a failure: the next ask computes again', async () => {
    let runs = 0;
    const flaky = async () => {
      runs += 1;
      if (runs === 1) throw new Error('first time fails');
      return runs;
    };
    const result = await inRequestScope(async (scope) => {
      scope.markReadOnly();
      await expect(oncePerRequest('k', flaky)).rejects.toThrow('first time fails');
      return oncePerRequest('k', flaky);
    });
    expect(result).toBe(2);
  });

  it('counts nothing by itself: statements start at 0', async () => {
    expect(await inRequestScope(async (scope) => scope.statements)).toBe(0);
  });
});

describe('byKeys and groupByKeys', () => {
  const rows = [
    { id: 'b', group: 'g1', n: 2 },
    { id: 'a', group: 'g2', n: 1 },
    { id: 'c', group: 'g1', n: 3 },
  ];

  it('answers in the order of the keys, repeated keys repeated, missing keys with the given value', () => {
    expect(byKeys(['a', 'z', 'b', 'a'], rows, (r) => r.id, null, (r) => r.n)).toEqual([1, null, 2, 1]);
  });

  it('groups rows under their key in the rows’ order, with an empty list for a key without rows', () => {
    expect(groupByKeys(['g1', 'g3', 'g2'], rows, (r) => r.group, (r) => r.id)).toEqual([['b', 'c'], [], ['a']]);
  });
});
