import { PERTURBATION_BOUND } from '@taskforce/domain';
import { AgencyKind, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { gql, login as signIn, startTestApp, TestApp } from '../support/test-app';

/**
 * Disclosure attacks on small-cell protection (k = 11), run against the real API and PostgreSQL.
 *
 * The attacker is one agency. It knows every figure the API returned to it (over any number of queries, at any
 * time) and its own records; it does not see other agencies' records. Each test lets the attacker do its arithmetic
 * explicitly: every figure is an unknown "others' part" (the records not its own), a figure shown as n gives
 * exactly n − own — or, for a figure marked perturbed (cell-key noise, a published method), n − own within
 * ±PERTURBATION_BOUND and at least k — a suppressed one is only known to be ≥ 0, and every sum the tables publish (cells → row or column
 * total, totals → grand total, flows → citizenship and country-of-exploitation totals, flows → total) is an equation.
 * Bounds are tightened over these equations until nothing changes (interval propagation, as an auditor's shuttle
 * algorithm does). The victim's cell must not come out as a single value.
 *
 * The victim is the Romanian prosecutors (RO-DIOC): in each scenario they recorded 3 records of one kind, and no
 * agency other than the attacker shares that cell, so the others' part of the cell is exactly the victim's 3.
 * Expected figures come from the fixture below, never from the API.
 *
 * Scenarios are kept apart by indicator (each indicator is its own set of records):
 *   VICTIM_IDENTIFIED    padding inside Danube Route: one-way and two-way tables
 *   VICTIM_REFERRED      padding outside operations, the attacker adding its records one at a time
 *   VICTIM_ASSISTED      padding in the flows of Danube Route
 *   PROSECUTION          padding in a target's progress, one record at a time
 *   INVESTIGATION_OPENED linked tables (citizenship vs citizenship × sex), attacker without records of its own
 *   CONVICTION           linked tables (flows vs country of exploitation), attacker without records of its own
 */

/** One figure's unknown others' part, named by the categories it is restricted to, e.g. `CITIZENSHIP=MD|SEX=FEMALE`. */
type Var = string;

interface Rec {
  citizenship?: string | null;
  sex?: string | null;
  countryOfExploitation?: string | null;
}

const FIELD: Record<string, keyof Rec> = { CITIZENSHIP: 'citizenship', SEX: 'sex', COUNTRY_OF_EXPLOITATION: 'countryOfExploitation' };

const cellVar = (parts: Array<[string, string]>): Var => (parts.length ? parts.map(([d, v]) => `${d}=${v}`).join('|') : 'TOTAL');

/** The attacker's arithmetic: own records, what it was shown, the published sums, and interval propagation. */
class Attacker {
  readonly own: Rec[] = [];
  private readonly lo = new Map<Var, number>();
  private readonly hi = new Map<Var, number>();
  private readonly equations = new Map<string, { parts: Var[]; whole: Var }>();

  /** Records of the attacker's own agency that fall in the figure `v`. */
  ownIn(v: Var): number {
    if (v === 'TOTAL') return this.own.length;
    const conditions = v.split('|').map((c) => c.split('=') as [string, string]);
    return this.own.filter((r) => conditions.every(([d, value]) => (r[FIELD[d]] ?? 'UNKNOWN') === value)).length;
  }

  /**
   * A figure as published: shown (n) gives others' part n − own exactly, or when `perturbed` within
   * ±PERTURBATION_BOUND of it and at least k (a perturbed figure counts others' records, and a shown one is never
   * 1 … k − 1 of them); suppressed (null) gives ≥ 0.
   */
  learn(v: Var, shown: number | null, perturbed = false): void {
    if (!this.lo.has(v)) {
      this.lo.set(v, 0);
      this.hi.set(v, Infinity);
    }
    if (shown === null) return;
    const others = shown - this.ownIn(v);
    this.narrow(v, perturbed ? Math.max(others - PERTURBATION_BOUND, 11) : others, perturbed ? others + PERTURBATION_BOUND : others);
  }

  private narrow(v: Var, lo: number, hi: number): void {
    this.lo.set(v, Math.max(this.lo.get(v)!, lo));
    this.hi.set(v, Math.min(this.hi.get(v)!, hi));
  }

  relate(parts: Var[], whole: Var): void {
    for (const v of [...parts, whole]) this.learn(v, null);
    this.equations.set(JSON.stringify([parts, whole]), { parts, whole });
  }

  /** Tightens every bound over every equation until nothing changes. */
  solve(): void {
    for (let round = 0, changed = true; changed && round < 1000; round++) {
      changed = false;
      const tighten = (v: Var, lo: number, hi: number) => {
        if (lo > this.lo.get(v)!) {
          this.lo.set(v, lo);
          changed = true;
        }
        if (hi < this.hi.get(v)!) {
          this.hi.set(v, hi);
          changed = true;
        }
      };
      for (const { parts, whole } of this.equations.values()) {
        const los = parts.map((p) => this.lo.get(p)!);
        const his = parts.map((p) => this.hi.get(p)!);
        const sumLo = los.reduce((s, x) => s + x, 0);
        const sumHi = his.reduce((s, x) => s + x, 0);
        tighten(whole, sumLo, sumHi);
        parts.forEach((p, i) => {
          const othersHi = his.filter((_, j) => j !== i).reduce((s, x) => s + x, 0);
          const othersLo = sumLo - los[i];
          tighten(p, this.lo.get(whole)! - othersHi, this.hi.get(whole)! - othersLo);
        });
      }
    }
  }

  bounds(v: Var): [number, number] {
    this.solve();
    return [this.lo.get(v) ?? 0, this.hi.get(v) ?? Infinity];
  }

  /** Reads a one- or two-way indicatorTable answer into figures and equations. */
  readTable(dimensions: string[], t: TableAnswer): void {
    const cellOf = (key: string[]) => cellVar(key.map((v, i) => [dimensions[i], v]));
    t.cells.forEach((c) => this.learn(cellOf(c.key), c.count, c.perturbed));
    this.learn('TOTAL', t.total.count);
    if (dimensions.length === 1) {
      this.relate(t.cells.map((c) => cellOf(c.key)), 'TOTAL');
      return;
    }
    const [rows, cols] = t.categories;
    rows.forEach((r, i) => {
      this.learn(cellVar([[dimensions[0], r]]), t.rowTotals[i].count, t.rowTotals[i].perturbed);
      this.relate(cols.map((c) => cellOf([r, c])), cellVar([[dimensions[0], r]]));
    });
    cols.forEach((c, j) => {
      this.learn(cellVar([[dimensions[1], c]]), t.columnTotals[j].count, t.columnTotals[j].perturbed);
      this.relate(rows.map((r) => cellOf([r, c])), cellVar([[dimensions[1], c]]));
    });
    this.relate(rows.map((r) => cellVar([[dimensions[0], r]])), 'TOTAL');
    this.relate(cols.map((c) => cellVar([[dimensions[1], c]])), 'TOTAL');
  }

  /**
   * Reads a caseFlows answer (country level) as the citizenship × country-of-exploitation table: listed flows are
   * shown cells, unlisted ones are unknown (suppressed or empty), the unknown groups are sums of the UNKNOWN row or
   * column, and the citizenship and country-of-exploitation totals (known from the one-way tables) are its margins.
   */
  readFlows(f: FlowsAnswer, origins: string[], destinations: string[]): void {
    const O = [...new Set([...origins.filter((o) => o !== 'UNKNOWN'), ...f.flows.map((x) => x.from)])];
    const D = [...new Set([...destinations.filter((d) => d !== 'UNKNOWN'), ...f.flows.map((x) => x.to)])];
    const flow = (o: string, d: string) => cellVar([['CITIZENSHIP', o], ['COUNTRY_OF_EXPLOITATION', d]]);
    for (const o of O) for (const d of D) this.learn(flow(o, d), f.flows.find((x) => x.from === o && x.to === d)?.count ?? null, f.perturbed);
    for (const o of [...O, 'UNKNOWN']) this.relate([...D, 'UNKNOWN'].map((d) => flow(o, d)), cellVar([['CITIZENSHIP', o]]));
    for (const d of [...D, 'UNKNOWN']) this.relate([...O, 'UNKNOWN'].map((o) => flow(o, d)), cellVar([['COUNTRY_OF_EXPLOITATION', d]]));
    this.relate(O.map((o) => cellVar([['CITIZENSHIP', o]])).concat(cellVar([['CITIZENSHIP', 'UNKNOWN']])), 'TOTAL');
    // The unknown groups as published.
    this.learn('UNKNOWN_ORIGIN', f.unknownOrigin.count, f.unknownOrigin.perturbed);
    this.relate(D.map((d) => flow('UNKNOWN', d)), 'UNKNOWN_ORIGIN');
    this.learn('UNKNOWN_DESTINATION', f.unknownDestination.count, f.unknownDestination.perturbed);
    this.relate(O.map((o) => flow(o, 'UNKNOWN')), 'UNKNOWN_DESTINATION');
    this.learn(flow('UNKNOWN', 'UNKNOWN'), f.unknownBoth.count, f.unknownBoth.perturbed);
    this.learn('TOTAL', f.total.count);
    // Records in the suppressed figures: the unlisted flows (and unknown groups shown as suppressed).
    const unlisted = O.flatMap((o) => D.filter((d) => !f.flows.some((x) => x.from === o && x.to === d)).map((d) => flow(o, d)));
    const hiddenGroups = [
      ...(f.unknownOrigin.count === null ? ['UNKNOWN_ORIGIN'] : []),
      ...(f.unknownDestination.count === null ? ['UNKNOWN_DESTINATION'] : []),
      ...(f.unknownBoth.count === null ? [flow('UNKNOWN', 'UNKNOWN')] : []),
    ];
    if (f.suppressedRecords.count !== null) {
      // The attacker's own records in the suppressed figures are not others': subtract them like any figure's own part.
      const ownHidden = [...unlisted, ...hiddenGroups].reduce((s, v) => s + this.ownInGroup(v), 0);
      // A figure of its own for each set of suppressed figures (the set changes from one answer to the next).
      const suppressed = `SUPPRESSED:${[...unlisted, ...hiddenGroups].join(',')}`;
      // Computed from the flows as shown: within the noise of every shown flow and group when they are perturbed.
      const slack = f.suppressedRecords.perturbed ? PERTURBATION_BOUND * (f.flows.length + O.length + D.length + 1) : 0;
      this.learn(suppressed, null);
      this.narrow(suppressed, f.suppressedRecords.count - ownHidden - slack, f.suppressedRecords.count - ownHidden + slack);
      this.relate([...unlisted, ...hiddenGroups], suppressed);
    }
  }

  private ownInGroup(v: Var): number {
    if (v === 'UNKNOWN_ORIGIN') return this.own.filter((r) => !r.citizenship && !!r.countryOfExploitation).length;
    if (v === 'UNKNOWN_DESTINATION') return this.own.filter((r) => !!r.citizenship && !r.countryOfExploitation).length;
    return this.ownIn(v);
  }

  private learnExact(v: Var, others: number): void {
    this.learn(v, null);
    this.lo.set(v, Math.max(this.lo.get(v)!, others));
    this.hi.set(v, Math.min(this.hi.get(v)!, others));
  }

  /** A single figure the attacker was shown (a target's achieved count), own part subtracted by the caller. */
  learnOthers(v: Var, others: number | null): void {
    if (others === null) this.learn(v, null);
    else this.learnExact(v, others);
  }
}

interface Figure {
  count: number | null;
  perturbed?: boolean;
}
interface TableAnswer {
  categories: string[][];
  cells: Array<{ key: string[]; count: number | null; perturbed?: boolean }>;
  rowTotals: Figure[];
  columnTotals: Figure[];
  total: Figure;
}
interface FlowsAnswer {
  flows: Array<{ from: string; to: string; count: number }>;
  suppressedFlows: number;
  suppressedRecords: Figure;
  unknownOrigin: Figure;
  unknownDestination: Figure;
  unknownBoth: Figure;
  total: Figure;
  perturbed?: boolean;
}

const TABLE = `query($input: IndicatorTableInput!) { indicatorTable(input: $input) {
  categories cells { key count perturbed } rowTotals { count perturbed } columnTotals { count perturbed } total { count } } }`;
const FLOWS = `query($input: CaseFlowsInput!) { caseFlows(input: $input) {
  flows { from to count } perturbed suppressedFlows suppressedRecords { count perturbed } unknownOrigin { count perturbed }
  unknownDestination { count perturbed } unknownBoth { count perturbed } total { count } } }`;

describe('disclosure attacks: a viewer cannot pin another agency’s suppressed count', () => {
  let t: TestApp;
  let agency: Record<string, string>;
  let danube: string;
  let nl: string; // the padding attacker (NL police, member of Danube Route)
  let es: string; // the attacker without records of its own (ES border police, member of Danube Route)
  /** The victim's records per scenario, as inserted: the true hidden counts come from here. */
  const victim: Record<string, Rec[]> = {};

  const add = async (n: number, acronym: string, operationId: string | null, indicator: string, rec: Rec) => {
    await t.db.query(
      `INSERT INTO case_records (source, key, agency_id, operation_id, indicator, citizenship, sex, country_of_exploitation)
       SELECT 'agency', 'agency:' || gen_random_uuid()::text, $1, $2, $3, $4, $5, $6 FROM generate_series(1, $7)`,
      [agency[acronym], operationId, indicator, rec.citizenship ?? null, rec.sex ?? null, rec.countryOfExploitation ?? null, n],
    );
    if (acronym === 'RO-DIOC') victim[indicator] = [...(victim[indicator] ?? []), ...Array.from({ length: n }, () => rec)];
  };
  /** The victim's true count in a cell, from the fixture. */
  const victimCount = (indicator: string, where: Rec) =>
    (victim[indicator] ?? []).filter((r) => Object.entries(where).every(([f, v]) => r[f as keyof Rec] === v)).length;

  const table = async (token: string, input: Record<string, unknown>): Promise<TableAnswer> => {
    const res = await gql(t.url, TABLE, { input: { source: 'agency', ...input } }, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.indicatorTable;
  };
  const flows = async (token: string, input: Record<string, unknown>): Promise<FlowsAnswer> => {
    const res = await gql(t.url, FLOWS, { input: { source: 'agency', level: 'COUNTRY', ...input } }, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.caseFlows;
  };
  /** The attacker records one of its own cases through the API, and remembers it. */
  const recordOwn = async (attacker: Attacker, token: string, indicator: string, rec: Rec, operationId: string | null = null) => {
    const res = await gql(t.url, `mutation($inputs: [RecordCaseInput!]!) { recordCases(inputs: $inputs) { id } }`, { inputs: [{ indicator, operationId, ...rec }] }, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    attacker.own.push(rec);
  };
  const expectNotPinned = ([lo, hi]: [number, number], truth: number) => {
    expect(truth).toBeGreaterThan(0);
    expect(truth).toBeLessThan(11);
    expect(lo).toBeLessThanOrEqual(truth); // the attacker's arithmetic is sound…
    expect(hi).toBeGreaterThanOrEqual(truth);
    expect(hi).toBeGreaterThan(lo); // …and does not pin the victim's count.
  };

  const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    // Four agencies in Danube Route: the NL police (the padding attacker, and the coordinator's agency), the Romanian
    // prosecutors (the victim), the Belgian labour inspectors (other records) and the Spanish border police (the
    // attacker without records).
    const f = new FixtureBuilder(t.db);
    await f.agency(
      { acronym: 'NL-POL', country: 'NL' },
      { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' },
      { acronym: 'BE-SIS', kind: AgencyKind.LABOUR_INSPECTORATE, country: 'BE' },
      { acronym: 'ES-BIP', kind: AgencyKind.BORDER_IMMIGRATION, country: 'ES' },
    );
    await f.person(
      { email: 'member@nl.test', agency: 'NL-POL' },
      { email: 'coordinator@nl.test', agency: 'NL-POL', roles: [Role.COORDINATOR] },
      { email: 'liaison@es.test', agency: 'ES-BIP', roles: [Role.LIAISON_OFFICER] },
    );
    await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC', 'BE-SIS', 'ES-BIP'], coordinators: ['coordinator@nl.test'] });
    agency = f.agencies;
    danube = f.operations['Danube Route'];
    nl = await login(t.url, 'member@nl.test');
    es = await login(t.url, 'liaison@es.test');
  });
  afterAll(() => t?.close());

  describe('own-record padding', () => {
    it('inside a joint operation: the one-way and the two-way table (cell, and row total minus own cells)', async () => {
      const I = 'VICTIM_IDENTIFIED';
      // Danube Route: RO 3 × (MD, FEMALE) — the victim; BE 20 × (RO, FEMALE), 25 × (RO, MALE); and the attacker,
      // NL, 8 × (MD, MALE) — so the citizenship cell MD reads 3 + 8 = 11 and the row MD of the two-way table too.
      await add(3, 'RO-DIOC', danube, I, { citizenship: 'MD', sex: 'FEMALE' });
      await add(20, 'BE-SIS', danube, I, { citizenship: 'RO', sex: 'FEMALE' });
      await add(25, 'BE-SIS', danube, I, { citizenship: 'RO', sex: 'MALE' });
      const attacker = new Attacker();
      for (let i = 0; i < 8; i++) attacker.own.push({ citizenship: 'MD', sex: 'MALE' });
      await add(8, 'NL-POL', danube, I, { citizenship: 'MD', sex: 'MALE' });

      const oneWay = await table(nl, { indicator: I, operationId: danube, dimensions: ['CITIZENSHIP'] });
      const solo = new Attacker();
      solo.own.push(...attacker.own);
      solo.readTable(['CITIZENSHIP'], oneWay);
      expectNotPinned(solo.bounds('CITIZENSHIP=MD'), victimCount(I, { citizenship: 'MD' }));

      const twoWay = await table(nl, { indicator: I, operationId: danube, dimensions: ['CITIZENSHIP', 'SEX'] });
      const row = new Attacker();
      row.own.push(...attacker.own);
      row.readTable(['CITIZENSHIP', 'SEX'], twoWay);
      expectNotPinned(row.bounds('CITIZENSHIP=MD|SEX=FEMALE'), victimCount(I, { citizenship: 'MD', sex: 'FEMALE' }));

      // Everything together, the sex table too.
      attacker.readTable(['CITIZENSHIP'], oneWay);
      attacker.readTable(['CITIZENSHIP', 'SEX'], twoWay);
      attacker.readTable(['SEX'], await table(nl, { indicator: I, operationId: danube, dimensions: ['SEX'] }));
      expectNotPinned(attacker.bounds('CITIZENSHIP=MD|SEX=FEMALE'), victimCount(I, { citizenship: 'MD', sex: 'FEMALE' }));
      expectNotPinned(attacker.bounds('CITIZENSHIP=MD'), victimCount(I, { citizenship: 'MD' }));
    });

    it('outside operations, adding own records one at a time and asking again each time', async () => {
      const I = 'VICTIM_REFERRED';
      // Outside operations: RO 3 × (MD, FEMALE) — the victim; BE 20 × (RO, FEMALE), 25 × (RO, MALE). The attacker
      // (NL) then records (MD, MALE) cases one by one, up to 12, and asks for every table after each one.
      await add(3, 'RO-DIOC', null, I, { citizenship: 'MD', sex: 'FEMALE' });
      await add(20, 'BE-SIS', null, I, { citizenship: 'RO', sex: 'FEMALE' });
      await add(25, 'BE-SIS', null, I, { citizenship: 'RO', sex: 'MALE' });
      const attacker = new Attacker();
      for (let step = 0; step <= 12; step++) {
        if (step > 0) await recordOwn(attacker, nl, I, { citizenship: 'MD', sex: 'MALE' });
        attacker.readTable(['CITIZENSHIP'], await table(nl, { indicator: I, dimensions: ['CITIZENSHIP'] }));
        attacker.readTable(['SEX'], await table(nl, { indicator: I, dimensions: ['SEX'] }));
        attacker.readTable(['CITIZENSHIP', 'SEX'], await table(nl, { indicator: I, dimensions: ['CITIZENSHIP', 'SEX'] }));
        // Everything learnt so far, at every step.
        expectNotPinned(attacker.bounds('CITIZENSHIP=MD|SEX=FEMALE'), victimCount(I, { citizenship: 'MD', sex: 'FEMALE' }));
        expectNotPinned(attacker.bounds('CITIZENSHIP=MD'), victimCount(I, { citizenship: 'MD' }));
      }
    });

    it('flows of a joint operation (origin → destination), with the one-way tables', async () => {
      const I = 'VICTIM_ASSISTED';
      // Danube Route: RO 3 × MD→NL — the victim; BE 20 × RO→BE, 15 × RO→NL; the attacker (NL) 8 × MD→NL.
      await add(3, 'RO-DIOC', danube, I, { citizenship: 'MD', countryOfExploitation: 'NL' });
      await add(20, 'BE-SIS', danube, I, { citizenship: 'RO', countryOfExploitation: 'BE' });
      await add(15, 'BE-SIS', danube, I, { citizenship: 'RO', countryOfExploitation: 'NL' });
      const attacker = new Attacker();
      for (let step = 0; step < 8; step++) {
        // The attacker's records arrive one at a time; it asks again each time.
        await recordOwn(attacker, nl, I, { citizenship: 'MD', countryOfExploitation: 'NL' }, danube);
        const cit = await table(nl, { indicator: I, operationId: danube, dimensions: ['CITIZENSHIP'] });
        const coe = await table(nl, { indicator: I, operationId: danube, dimensions: ['COUNTRY_OF_EXPLOITATION'] });
        attacker.readTable(['CITIZENSHIP'], cit);
        attacker.readTable(['COUNTRY_OF_EXPLOITATION'], coe);
        attacker.readFlows(await flows(nl, { indicator: I, operationId: danube }), cit.categories[0], coe.categories[0]);
        expectNotPinned(attacker.bounds('CITIZENSHIP=MD|COUNTRY_OF_EXPLOITATION=NL'), victimCount(I, { citizenship: 'MD', countryOfExploitation: 'NL' }));
      }
    });

    it('target progress: achieved count of a period, the attacker adding its records one at a time', async () => {
      const I = 'PROSECUTION';
      // Danube Route, entered today: RO 3 (the victim) — and the attacker (NL) up to 8 more, one at a time; BE's 30
      // were entered last year. The attacker's coordinator sets a target for today only.
      const today = new Date().toISOString().slice(0, 10);
      await add(3, 'RO-DIOC', danube, I, {});
      await add(30, 'BE-SIS', danube, I, {});
      await t.db.query(`UPDATE case_records SET created_at = now() - interval '400 days' WHERE indicator = $1 AND agency_id = $2`, [I, agency['BE-SIS']]);
      const coordinator = await login(t.url, 'coordinator@nl.test');
      const SET = `mutation($input: SetOperationTargetInput!) { setOperationTarget(input: $input) { id } }`;
      const todayTarget = await gql(t.url, SET, { input: { operationId: danube, indicator: I, periodStart: today, periodEnd: today, target: 1000 } }, coordinator);
      expect(todayTarget.errors).toBeUndefined();
      const INDICATORS = `query($id: ID!) { operationIndicators(operationId: $id) { targets { periodStart periodEnd indicator target achieved { count } progress } } }`;
      const attacker = new Attacker();
      for (let step = 0; step <= 8; step++) {
        if (step > 0) await recordOwn(attacker, nl, I, {}, danube);
        const res = await gql(t.url, INDICATORS, { id: danube }, coordinator);
        expect(res.errors).toBeUndefined();
        const target = res.data!.operationIndicators.targets.find((x: { indicator: string; periodStart: string }) => x.indicator === I && x.periodStart === today);
        // Others' part = achieved − own (all the attacker's records are entered today); progress × target gives it too.
        const shown = target.achieved.count ?? (target.progress !== null && target.progress < 1 ? Math.round(target.progress * target.target) : null);
        attacker.learnOthers('TODAY', shown === null ? null : shown - attacker.own.length);
        expectNotPinned(attacker.bounds('TODAY'), victim[I].length);
      }
    });
  });

  describe('linked tables, attacker without records of its own', () => {
    it('citizenship (one-way) and citizenship × sex (two-way, with its zero cells)', async () => {
      const I = 'INVESTIGATION_OPENED';
      // Danube Route: RO 3 × (MD, FEMALE) — the victim; BE 40 × (MD, MALE), 12 × (NG, FEMALE).
      // Citizenship: MD 43, NG 12; sex: FEMALE 15, MALE 40 — no small figure in either one-way table, so both are
      // shown. The two-way table: MD × FEMALE = 3 is small; (NG, MALE) is a zero. If the two-way table hid its
      // margins while showing the zero, NG × FEMALE = 12 − 0 and MD × FEMALE = 15 − 12 = 3 would follow.
      await add(3, 'RO-DIOC', danube, I, { citizenship: 'MD', sex: 'FEMALE' });
      await add(40, 'BE-SIS', danube, I, { citizenship: 'MD', sex: 'MALE' });
      await add(12, 'BE-SIS', danube, I, { citizenship: 'NG', sex: 'FEMALE' });
      const attacker = new Attacker(); // ES has no records here
      attacker.readTable(['CITIZENSHIP'], await table(es, { indicator: I, operationId: danube, dimensions: ['CITIZENSHIP'] }));
      attacker.readTable(['SEX'], await table(es, { indicator: I, operationId: danube, dimensions: ['SEX'] }));
      attacker.readTable(['CITIZENSHIP', 'SEX'], await table(es, { indicator: I, operationId: danube, dimensions: ['CITIZENSHIP', 'SEX'] }));
      expectNotPinned(attacker.bounds('CITIZENSHIP=MD|SEX=FEMALE'), victimCount(I, { citizenship: 'MD', sex: 'FEMALE' }));
    });

    it('flows (the map) and the country-of-exploitation table', async () => {
      const I = 'CONVICTION';
      // Danube Route: RO 3 × MD→NL — the victim; BE 20 × RO→NL, 15 × RO→BE. Country of exploitation: NL 23, BE 15.
      await add(3, 'RO-DIOC', danube, I, { citizenship: 'MD', countryOfExploitation: 'NL' });
      await add(20, 'BE-SIS', danube, I, { citizenship: 'RO', countryOfExploitation: 'NL' });
      await add(15, 'BE-SIS', danube, I, { citizenship: 'RO', countryOfExploitation: 'BE' });
      const attacker = new Attacker();
      const cit = await table(es, { indicator: I, operationId: danube, dimensions: ['CITIZENSHIP'] });
      const coe = await table(es, { indicator: I, operationId: danube, dimensions: ['COUNTRY_OF_EXPLOITATION'] });
      attacker.readTable(['CITIZENSHIP'], cit);
      attacker.readTable(['COUNTRY_OF_EXPLOITATION'], coe);
      attacker.readFlows(await flows(es, { indicator: I, operationId: danube }), cit.categories[0], coe.categories[0]);
      expectNotPinned(attacker.bounds('CITIZENSHIP=MD|COUNTRY_OF_EXPLOITATION=NL'), victimCount(I, { citizenship: 'MD', countryOfExploitation: 'NL' }));
    });
  });
});
