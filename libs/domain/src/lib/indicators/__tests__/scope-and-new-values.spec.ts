import { AggregatedCell, protectForViewer } from '../indicators';
import { DimensionKey, ProtectedTable } from '../types';

const K = 11;

/**
 * Two attacks an outside probe made through the API, written out on the domain's protection:
 * - a viewer that records a value nobody else has (a citizenship of its own) must not change which of the others'
 *   figures are hidden: the two readings, before and after, would be combined;
 * - zeros a joint operation's two-way tables hide (three-way figures) must not be shown in the task-force tables,
 *   which sum the operation with the records outside operations: a task-force 0 is a 0 in every part.
 */
describe('protection across new values of the viewer and across scopes', () => {
  it('a value only the viewer recorded changes nothing the others\' figures show or hide', () => {
    // Another agency: FEMALE MD 5, MALE BG 19, OTHER MD 32, outside operations. The viewer then records 2 MALE of a
    // citizenship nobody else has (AD). Read before, the table showed MD 37 and MALE × MD 0; read after, OTHER 32 and
    // OTHER × BG 0 — together FEMALE × MD = 37 − 0 − (32 − 0) = 5, a figure below k.
    const others: AggregatedCell[] = [
      { key: ['FEMALE', 'MD'], count: 5, own: 0 },
      { key: ['MALE', 'BG'], count: 19, own: 0 },
      { key: ['OTHER', 'MD'], count: 32, own: 0 },
    ];
    const read = (cells: AggregatedCell[]) => protectForViewer(cells, { dimensions: ['sex', 'citizenship'], k: K });
    const before = read(others);
    const after = read([...others, { key: ['MALE', 'AD'], count: 2, own: 2 }]);
    const pattern = (t: ProtectedTable) =>
      Object.fromEntries(
        t.cells.filter((c) => c.key[1] !== 'AD').map((c) => [c.key.join(' × '), c.suppressed ? 'hidden' : c.count]),
      );
    expect(pattern(after)).toEqual(pattern(before));
    // The viewer's own value reads exactly as recorded.
    expect(after.cells.find((c) => c.key.join() === 'MALE,AD')).toMatchObject({ count: 2, suppressed: false });
  });

  it('random tables: a value only the viewer recorded never moves what is hidden of the others (seeded)', () => {
    // 500 tables of 2–3 sexes × 2–4 citizenships, counts 0–40 (a third of them zeros), then the viewer records 1–12
    // cases of a citizenship nobody else has, in one or two rows. The others' cells must be shown and hidden alike.
    let seed = 20261207;
    const next = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    const sexes = ['FEMALE', 'MALE', 'OTHER'];
    const citizenships = ['BG', 'MD', 'RO', 'UA'];
    let moved = 0;
    for (let run = 0; run < 500; run++) {
      const rows = sexes.slice(0, 2 + Math.floor(next() * 2));
      const cols = citizenships.slice(0, 2 + Math.floor(next() * 3));
      const others: AggregatedCell[] = rows.flatMap((sex) => cols.map((cit) => ({ key: [sex, cit], count: next() < 0.33 ? 0 : Math.floor(next() * 41), own: 0 })));
      const mine: AggregatedCell[] = rows.filter((_, i) => i === 0 || next() < 0.5).map((sex) => ({ key: [sex, 'AD'], count: 1 + Math.floor(next() * 12), own: 0 })).map((c) => ({ ...c, own: c.count }));
      const read = (cells: AggregatedCell[]) => protectForViewer(cells, { dimensions: ['sex', 'citizenship'], k: K });
      const shownOf = (t: ProtectedTable) => JSON.stringify(t.cells.filter((c) => c.key[1] !== 'AD').map((c) => [c.key, c.suppressed, c.count]));
      if (shownOf(read([...others, ...mine])) !== shownOf(read(others))) moved++;
    }
    expect(moved).toBe(0);
  });

  it('the task-force tables hide the zeros an operation\'s tables hide for a three-way figure', () => {
    // In a joint operation, another agency recorded F NG ADULT 15, F RO MINOR 20, M RO ADULT 20, F RO ADULT 2; the
    // viewer M RO ADULT 2. Outside operations the other agency recorded F RO ADULT 20. Inside the operation, with
    // MALE × NG, NG × MINOR and MALE × MINOR all known zeros, F RO ADULT = (RO 42 − MALE 20) − MINOR 20 = 2: the
    // operation's tables hide those zeros. The task-force tables must not show them as 0 either.
    type Row = { part: string; sex: string; cit: string; group: string; n: number; own: number };
    const rows: Row[] = [
      { part: 'danube', sex: 'FEMALE', cit: 'NG', group: 'ADULT', n: 15, own: 0 },
      { part: 'danube', sex: 'FEMALE', cit: 'RO', group: 'MINOR', n: 20, own: 0 },
      { part: 'danube', sex: 'MALE', cit: 'RO', group: 'ADULT', n: 22, own: 2 },
      { part: 'danube', sex: 'FEMALE', cit: 'RO', group: 'ADULT', n: 2, own: 0 },
      { part: '', sex: 'FEMALE', cit: 'RO', group: 'ADULT', n: 20, own: 0 },
    ];
    type Dim = 'sex' | 'cit' | 'group';
    const dimension: Record<Dim, DimensionKey> = { sex: 'sex', cit: 'citizenship', group: 'ageGroup' };
    const by = (of: Row[], pick: (r: Row) => string[]) => of.map((r) => ({ key: pick(r), count: r.n, own: r.own, part: r.part }));
    /** The table a × b (c linked) of the rows `of`, as the API protects it for the viewer. */
    const table = (of: Row[], a: Dim, b: Dim, c: Dim) =>
      protectForViewer(by(of, (r) => [r[a], r[b]]), { dimensions: [dimension[a], dimension[b]], k: K, linked: [{ dimension: dimension[c], first: by(of, (r) => [r[a], r[c]]), second: by(of, (r) => [r[b], r[c]]) }] });
    const cell = (t: ProtectedTable, x: string, y: string) => t.cells.find((c) => c.key[0] === x && c.key[1] === y);
    const zeros: Array<[Dim, Dim, Dim, string, string]> = [
      ['sex', 'cit', 'group', 'MALE', 'NG'],
      ['cit', 'group', 'sex', 'NG', 'MINOR'],
      ['sex', 'group', 'cit', 'MALE', 'MINOR'],
    ];
    const danube = rows.filter((r) => r.part === 'danube');
    // The operation's own tables hide all three (the rule for one scope).
    expect(zeros.map(([a, b, c, x, y]) => cell(table(danube, a, b, c), x, y)?.suppressed)).toEqual([true, true, true]);
    // The task force (both parts) shows none of them as an exact 0.
    const shownZeros = zeros.map(([a, b, c, x, y]) => cell(table(rows, a, b, c), x, y)).filter((z) => z && !z.suppressed && z.count === 0);
    expect(shownZeros).toEqual([]);
  });
});
