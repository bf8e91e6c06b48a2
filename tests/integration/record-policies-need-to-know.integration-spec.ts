import { positional, whereArgs } from '@taskforce/api-core';
import { CaseRecordScopePolicy } from '@taskforce/api-indicators';
import { LeadPolicy } from '@taskforce/api-leads';
import { OperationPolicy } from '@taskforce/api-operations';
import { TaskPolicy } from '@taskforce/api-tasks';
import {
  Pillar,
  TaskPriority,
  TaskStatus,
} from '@taskforce/domain';
import { randomUUID } from 'node:crypto';
import { FixtureBuilder } from '../support/fixture-builder';
import { startTestApp, TestApp } from '../support/test-app';
import { AGREEMENTS, RULES } from '../support/sharing-law';
import { AGENCIES, LEADS, OPERATIONS, PEOPLE } from '../support/sample-task-force';

/**
 * Each record kind's policy object gives its rule three ways — SQL predicate, in-memory check, `require` — and they
 * must never disagree. Checked here over every agency × every record, against expectations written out by hand
 * from the task force built in `taskForce` below (leads shared as its sharing law decides):
 *
 *   Danube Route    — NL-POL, RO-DIOC, BE-SIS, ES-BIP, SPF, Europol, IOM (5 tasks)
 *   Coastal Harvest — TH-AHTD, NG-NATA, IOM (2 tasks)
 *   leads           — recruiters (NL-POL's; shared RO-DIOC, BE-SIS), brokers (TH-AHTD's; shared NG-NATA),
 *                     organs (RO-DIOC's, not shared), barge (NL-POL's; shared SPF)
 *
 * RPSA and JTF-SEC (the platform admin's agency) take part in nothing and read no lead.
 */

type Op = 'danube' | 'coastal';
const OPERATION: Record<Op, string> = { danube: 'Joint Operation Danube Route', coastal: 'Joint Operation Coastal Harvest' };
const LEAD = {
  recruiters: 'Recruiters moving Romanian women through Rotterdam to Valencia',
  brokers: 'Brokers recruiting Nigerian deckhands for long-haul fishing vessels',
  organs: 'Kidney sale offers to indebted workers, surgery arranged in Spain',
  barge: 'Forced labour on a Rotterdam-registered barge; crew recruited in Nigeria',
} as const;
type LeadKey = keyof typeof LEAD;

const ACRONYMS = ['NL-POL', 'RO-DIOC', 'BE-SIS', 'ES-BIP', 'SPF', 'IOM', 'Europol', 'NG-NATA', 'TH-AHTD', 'RPSA', 'JTF-SEC'] as const;
type Agency = (typeof ACRONYMS)[number];

const SEES: Record<Agency, Op[]> = {
  'NL-POL': ['danube'],
  'RO-DIOC': ['danube'],
  'BE-SIS': ['danube'],
  'ES-BIP': ['danube'],
  SPF: ['danube'],
  IOM: ['danube', 'coastal'],
  Europol: ['danube'],
  'NG-NATA': ['coastal'],
  'TH-AHTD': ['coastal'],
  RPSA: [],
  'JTF-SEC': [],
};

const READS: Record<Agency, LeadKey[]> = {
  'NL-POL': ['recruiters', 'barge'],
  'RO-DIOC': ['recruiters', 'organs'],
  'BE-SIS': ['recruiters'],
  'ES-BIP': [],
  SPF: ['barge'],
  IOM: [],
  Europol: [],
  'NG-NATA': ['brokers'],
  'TH-AHTD': ['brokers'],
  RPSA: [],
  'JTF-SEC': [],
};

const TASKS_PER_OPERATION: Record<Op, number> = { danube: 5, coastal: 2 };

/** Eleven agencies, Danube Route and Coastal Harvest with their tasks, the sharing law and the four leads (the sample task force). */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency(...Object.values(AGENCIES));
  await f.person(PEOPLE['coordinator@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['liaison@es.test'], PEOPLE['liaison@spf.test'], PEOPLE['analyst@europol.test'], PEOPLE['coordinator@th.test']);
  await f.operation(OPERATIONS.danube);
  await f.operation(OPERATIONS.coastal);
  const danube = { operation: OPERATION.danube, by: 'coordinator@nl.test' };
  const coastal = { operation: OPERATION.coastal, by: 'coordinator@th.test' };
  await f.task(
    { ...danube, title: 'Coordinate victim reception at the Rotterdam shelter', to: 'SPF', priority: TaskPriority.HIGH, status: TaskStatus.IN_PROGRESS, movedBy: 'liaison@spf.test' },
    { ...danube, title: 'Request bank records of the recruitment agency', to: 'RO-DIOC', person: 'liaison@ro.test', pillar: Pillar.PROSECUTION, priority: TaskPriority.URGENT },
    { ...danube, title: 'Joint inspection of seasonal farms in West Flanders', to: 'BE-SIS', pillar: Pillar.PROSECUTION },
    { ...danube, title: 'Awareness leaflets at the Madrid bus terminal', to: 'ES-BIP', pillar: Pillar.PREVENTION, priority: TaskPriority.LOW, status: TaskStatus.DONE, movedBy: 'liaison@es.test' },
    { ...danube, title: 'Cross-check suspects against the analysis project', to: 'Europol', pillar: Pillar.PARTNERSHIP, status: TaskStatus.BLOCKED, movedBy: 'analyst@europol.test' },
    { ...coastal, title: 'Identify vessels named in recruitment reports', to: 'TH-AHTD', pillar: Pillar.PROSECUTION, priority: TaskPriority.HIGH },
    { ...coastal, title: 'Return and reintegration support plan', to: 'IOM' },
  );
  await f.agreement(AGREEMENTS['UN-TIP-PROTOCOL'], AGREEMENTS['NL-RO-MLA'], AGREEMENTS['NLPOL-SPF-MOU'], AGREEMENTS['NL-TH-PILOT']);
  await f.rule(RULES['NL-1'], RULES['NL-2'], RULES['NL-3'], RULES['NGO-1'], RULES['RO-1']);
  await f.lead(LEADS.recruiters, LEADS.brokers, LEADS.organs, LEADS.barge);
}

/** The error a `require` gave, as the client would see it (code and message), or null when it resolved. */
async function refusal(attempt: Promise<unknown>): Promise<{ code: unknown; message: string } | null> {
  try {
    await attempt;
    return null;
  } catch (err) {
    const e = err as { extensions?: { code?: unknown }; message: string };
    return { code: e.extensions?.code, message: e.message };
  }
}

describe('record policies: SQL predicate, in-memory check and require agree', () => {
  let t: TestApp;
  let operations: OperationPolicy;
  let tasks: TaskPolicy;
  let leads: LeadPolicy;
  let scopes: CaseRecordScopePolicy;
  const agencyId = {} as Record<Agency, string>;
  const operationId = {} as Record<Op, string>;
  const leadId = {} as Record<LeadKey, string>;
  const viewer = (a: Agency) => ({ agencyId: agencyId[a] });

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    await taskForce(t);
    operations = t.app.get(OperationPolicy);
    tasks = t.app.get(TaskPolicy);
    leads = t.app.get(LeadPolicy);
    scopes = t.app.get(CaseRecordScopePolicy);
    for (const a of await t.db.query('SELECT id, acronym FROM agencies')) agencyId[a.acronym as Agency] = a.id;
    for (const op of Object.keys(OPERATION) as Op[]) operationId[op] = (await t.db.query('SELECT id FROM operations WHERE name = $1', [OPERATION[op]]))[0].id;
    const rows: Array<{ id: string; summary: string }> = await t.db.query('SELECT id, summary FROM leads');
    for (const key of Object.keys(LEAD) as LeadKey[]) leadId[key] = rows.find((r) => r.summary === LEAD[key])!.id;
  });
  afterAll(() => t.close());

  it.each(ACRONYMS)('operations seen by %s: the same through the SQL predicate, its array form, canSee, isVisible and require', async (agency) => {
    const expected = SEES[agency].map((op) => operationId[op]).sort();
    const bySql = (await t.db.createQueryBuilder().from('operations', 'o').select('o.id', 'id').where(...whereArgs(OperationPolicy.visibleWhere(viewer(agency), 'o.id'))).getRawMany()).map((r) => r.id).sort();
    const ids = positional(OperationPolicy.visibleIds(viewer(agency)));
    const byArray = ((await t.db.query(`SELECT unnest(${ids.sql})::text AS id`, ids.values)) as Array<{ id: string }>).map((r) => r.id).sort();
    expect(bySql).toEqual(expected);
    expect(byArray).toEqual(expected);
    for (const op of Object.keys(OPERATION) as Op[]) {
      const sees = SEES[agency].includes(op);
      const facts = await operations.facts(operationId[op]);
      expect(OperationPolicy.canSee(viewer(agency), facts!)).toBe(sees);
      expect(await operations.isVisible(viewer(agency), operationId[op])).toBe(sees);
      expect(await refusal(operations.require(viewer(agency), operationId[op]))).toEqual(sees ? null : { code: 'NOT_FOUND', message: 'Operation not found' });
    }
  });

  it.each(ACRONYMS)('tasks seen by %s: the SQL predicate counts exactly the tasks require lets through', async (agency) => {
    const all: Array<{ id: string; operation_id: string }> = await t.db.query('SELECT id::text, operation_id::text FROM tasks');
    const bySql = (await t.db.createQueryBuilder().from('tasks', 't').select('t.id::text', 'id').where(...whereArgs(TaskPolicy.visibleWhere(viewer(agency), 't'))).getRawMany()).map((r) => r.id).sort();
    const byRequire: string[] = [];
    for (const task of all) {
      const answer = await refusal(tasks.require(viewer(agency), task.id));
      if (answer === null) byRequire.push(task.id);
      else expect(answer).toEqual({ code: 'NOT_FOUND', message: 'Task not found' });
    }
    expect(bySql).toEqual(byRequire.sort());
    expect(bySql.length).toBe(SEES[agency].reduce((n, op) => n + TASKS_PER_OPERATION[op], 0));
  });

  it.each(ACRONYMS)('leads read by %s: the SQL predicate and require (decided in memory) give the same leads', async (agency) => {
    const expected = READS[agency].map((k) => leadId[k]).sort();
    const bySql = (await t.db.createQueryBuilder().from('leads', 'l').select('l.id::text', 'id').where(...whereArgs(LeadPolicy.readableWhere(viewer(agency), 'l'))).getRawMany()).map((r) => r.id).sort();
    const byRequire: string[] = [];
    for (const key of Object.keys(LEAD) as LeadKey[]) {
      const answer = await refusal(leads.require(viewer(agency), leadId[key]));
      if (answer === null) byRequire.push(leadId[key]);
      else expect(answer).toEqual({ code: 'NOT_FOUND', message: 'Lead not found' });
    }
    expect(bySql).toEqual(expected);
    expect(byRequire.sort()).toEqual(expected);
  });

  it('the lead read predicate bound to a missing agency claim (null) matches no lead, not every lead', async () => {
    const count = async (agency: string | null) => {
      const { sql, values } = positional(LeadPolicy.readableWhere({ agencyId: agency as string }, 'l'));
      return Number((await t.db.query(`SELECT count(*) FROM leads l WHERE ${sql}`, values))[0].count);
    };
    expect(await count(null)).toBe(0);
    expect(await count(agencyId['NL-POL'])).toBe(READS['NL-POL'].length);
  });

  it('unknown and malformed ids get the very refusal of a record the caller may not see', async () => {
    const unknown = randomUUID();
    expect(await refusal(operations.require(viewer('NL-POL'), unknown))).toEqual({ code: 'NOT_FOUND', message: 'Operation not found' });
    expect(await refusal(operations.require(viewer('NL-POL'), 'not-an-id'))).toEqual({ code: 'NOT_FOUND', message: 'Operation not found' });
    expect(await refusal(tasks.require(viewer('NL-POL'), unknown))).toEqual({ code: 'NOT_FOUND', message: 'Task not found' });
    expect(await refusal(leads.require(viewer('NL-POL'), unknown))).toEqual({ code: 'NOT_FOUND', message: 'Lead not found' });
    expect(await refusal(scopes.require(viewer('NL-POL'), unknown))).toEqual({ code: 'NOT_FOUND', message: 'Operation not found' });
    expect(await refusal(scopes.require(viewer('NL-POL'), operationId.coastal))).toEqual({ code: 'NOT_FOUND', message: 'Operation not found' });
  });

  describe('case records', () => {
    const SOURCE = 'policy-check';
    /** Two records outside operations, three in Danube Route, one in Coastal Harvest. */
    const RECORDS: Array<Op | null> = [null, null, 'danube', 'danube', 'danube', 'coastal'];

    beforeAll(async () => {
      for (const [i, op] of RECORDS.entries()) {
        await t.db.query(
          `INSERT INTO case_records (source, key, agency_id, operation_id, indicator, forms_of_exploitation, created_at)
           VALUES ($1, $2, $3, $4, 'VICTIM_IDENTIFIED', '{}', now())`,
          [SOURCE, `${SOURCE}:${i}`, agencyId['IOM'], op ? operationId[op] : null],
        );
      }
    });

    it.each(ACRONYMS)('counted for %s: the SQL scope and the in-memory scope agree, for the task force and for each operation', async (agency) => {
      const stored: Array<{ operation_id: string | null }> = await t.db.query('SELECT operation_id::text FROM case_records WHERE source = $1', [SOURCE]);
      const count = async (checked: { agencyId: string; operationId: string | null }) => {
        const scope = positional(CaseRecordScopePolicy.where(checked, 'cr'), [SOURCE]);
        return Number((await t.db.query(`SELECT count(*) FROM case_records cr WHERE cr.source = $1 AND ${scope.sql}`, scope.values))[0].count);
      };
      const visibleOperationIds = SEES[agency].map((op) => operationId[op]);
      const taskForce = await scopes.require(viewer(agency), null);
      expect(await count(taskForce)).toBe(2 + SEES[agency].reduce((n, op) => n + (op === 'danube' ? 3 : 1), 0));
      expect(await count(taskForce)).toBe(stored.filter((r) => CaseRecordScopePolicy.includes({ operationId: r.operation_id }, { visibleOperationIds })).length);
      for (const op of SEES[agency]) {
        const one = await scopes.require(viewer(agency), operationId[op]);
        expect(await count(one)).toBe(op === 'danube' ? 3 : 1);
        expect(await count(one)).toBe(stored.filter((r) => CaseRecordScopePolicy.includes({ operationId: r.operation_id }, { operationId: operationId[op] })).length);
      }
    });
  });
});
