import { plainRowSelect } from '@taskforce/api-core';
import { LeadEntity, LeadPersonEntity, LeadShareEntity } from '@taskforce/api-leads';
import { OperationEntity, OperationEventEntity } from '@taskforce/api-operations';
import { TaskEntity } from '@taskforce/api-tasks';
import { Pillar, TaskPriority } from '@taskforce/domain';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { FixtureBuilder } from '../support/fixture-builder';
import { AGREEMENTS, RULES } from '../support/sharing-law';
import { AGENCIES, LEADS, OPERATIONS, PEOPLE } from '../support/sample-task-force';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * List reads take rows with `plainRowSelect` instead of TypeORM entities. A plain row must carry exactly what the
 * entity carries, value for value (dates, enum arrays, jsonb, uuid arrays, nulls): each table below is read both
 * ways and compared row by row. The rows are the sample task force's (an operation with its history, a task, two
 * leads with persons, shared under the sharing law).
 */
describe('plain rows read with plainRowSelect equal the entities TypeORM reads', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES['SPF']);
    await f.person(PEOPLE['coordinator@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['liaison@be.test'], PEOPLE['liaison@es.test'], PEOPLE['liaison@spf.test']);
    await f.operation({ ...OPERATIONS.danube, participants: [] });
    await f.task({ title: 'Request bank records of the recruitment agency', operation: 'Joint Operation Danube Route', by: 'coordinator@nl.test', to: 'RO-DIOC', person: 'liaison@ro.test', pillar: Pillar.PROSECUTION, priority: TaskPriority.URGENT });
    await f.agreement(AGREEMENTS['UN-TIP-PROTOCOL'], AGREEMENTS['NL-RO-MLA'], AGREEMENTS['NLPOL-SPF-MOU']);
    await f.rule(RULES['NL-1'], RULES['NL-2'], RULES['NL-3'], RULES['NGO-1'], RULES['RO-1']);
    await f.lead(LEADS.recruiters, LEADS.organs);
  });
  afterAll(() => t.close());

  const cases: Array<[string, EntityTarget<ObjectLiteral>, string]> = [
    ['leads', LeadEntity, 'leads'],
    ['lead persons', LeadPersonEntity, 'lead_persons'],
    ['lead shares', LeadShareEntity, 'lead_shares'],
    ['tasks', TaskEntity, 'tasks'],
    ['operations', OperationEntity, 'operations'],
    ['operation history', OperationEventEntity, 'operation_events'],
  ];

  it.each(cases)('%s', async (_name, entity, table) => {
    const entities = await t.db.getRepository(entity).find({ order: { id: 'ASC' } });
    const rows: ObjectLiteral[] = await t.db.query(`SELECT ${plainRowSelect(t.db, entity, 'x')} FROM ${table} x ORDER BY x.id`);
    expect(entities.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(entities.length);
    // Relations (not loaded by find) are the only properties an entity leaves undefined; a plain row has none.
    rows.forEach((row, i) => expect(row).toStrictEqual(Object.fromEntries(Object.entries(entities[i]).filter(([, value]) => value !== undefined))));
  });
});
