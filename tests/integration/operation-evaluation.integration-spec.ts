import { migrate } from '@taskforce/api-setup';
import { AgencyKind, OperationStatus, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { connectSocket, createTestDatabase, errorCode, gql, login, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';

// pdf-parse 1.1.1 has no types; its lib entry avoids the package index's self-test on import.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer) => Promise<{ text: string; numpages: number }>;

/**
 * Closing a joint operation: the closing evaluation written together (one section per agency, version-checked,
 * finalised by the coordinator), closing only after finalising, the results as a protected indicator source, the
 * country profile's count of joint operations, and the operation report (PDF) with figures as each viewer may see
 * them. Every expected figure below is worked out by hand from the fixture written in this file (k = 11).
 */
describe('closing evaluation and operation report', () => {
  let t: TestApp;
  let agency: Record<string, string>;
  let op: string;
  const tokens: Record<string, string> = {};
  const as = async (email: string) => (tokens[email] ??= await login(t.url, email, FIXTURE_PASSWORD));
  const S = 'suppressed (< 11)';

  const SECTION_FIELDS = `agency { id acronym } role written version objectivesMet objectivesNote
    arrests { count suppressed label } potentialVictimsIdentified { count suppressed label }
    victimsReferredToAssistance { count suppressed label } seizures { count suppressed label }
    prosecutionsStarted { count suppressed label } convictions { count suppressed label }
    legalObstacles practicalObstacles languageObstacles informationExchangeObstacles addedValue lessonsLearned
    updatedAt updatedBy { displayName } viewerCanEdit`;
  const EVALUATION = `query($id: ID!) { operationEvaluation(operationId: $id) { operationId finalisedAt finalisedBy { displayName }
    viewerCanFinalise k citation missingAgencies { acronym } totals { field total { count suppressed label } }
    sections { ${SECTION_FIELDS} } } }`;
  const UPDATE = `mutation($input: UpdateEvaluationSectionInput!) { updateEvaluationSection(input: $input) { ${SECTION_FIELDS} } }`;
  const FINALISE = `mutation($id: ID!) { finaliseOperationEvaluation(operationId: $id) { finalisedAt finalisedBy { displayName } sections { agency { acronym } viewerCanEdit } } }`;
  const CLOSE = `mutation($input: ChangeOperationStatusInput!) { changeOperationStatus(input: $input) { id status version } }`;
  const OPERATION = `query($id: ID!) { operation(id: $id) { id status version evaluationFinalisedAt history { action detail actor { displayName } } } }`;
  const RESULTS = `query($id: ID) { operationResults(operationId: $id) { operationId evaluations k citation results { field total { count suppressed label } } } }`;
  const COUNTRY = `query($code: String!) { countryProfile(code: $code) { code jointOperations } }`;

  const evaluation = async (email: string) => {
    const res = await gql(t.url, EVALUATION, { id: op }, await as(email));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data?.operationEvaluation;
  };
  const sectionOf = (ev: { sections: Array<{ agency: { acronym: string } }> }, acronym: string) => ev.sections.find((s) => s.agency.acronym === acronym) as Record<string, any>;
  const figures = (section: Record<string, any>) =>
    ['arrests', 'potentialVictimsIdentified', 'victimsReferredToAssistance', 'seizures', 'prosecutionsStarted', 'convictions'].map((f) => section[f]?.label ?? null);
  const totals = (ev: { totals: Array<{ field: string; total: { label: string } }> }) => Object.fromEntries(ev.totals.map((x) => [x.field, x.total.label]));
  const countryCount = async (email: string, code: string) => (await gql(t.url, COUNTRY, { code }, await as(email))).data?.countryProfile.jointOperations;
  const report = (email: string, id = op) => fetch(`${t.url}/operations/${id}/report.pdf`, { headers: { authorization: `Bearer ${tokens[email]}` } });

  // The sections each agency writes (results by hand: NL-POL 14/25/12/0/4/not reported, RO-DIOC 3/20/9/2/11/1).
  const NL = { objectivesMet: 'MET', objectivesNote: 'Network dismantled', arrests: 14, potentialVictimsIdentified: 25, victimsReferredToAssistance: 12, seizures: 0, prosecutionsStarted: 4, legalObstacles: 'Differences in the admissibility of intercepted calls', lessonsLearned: 'Agree the joint action day early' };
  const RO = { objectivesMet: 'PARTLY_MET', arrests: 3, potentialVictimsIdentified: 20, victimsReferredToAssistance: 9, seizures: 2, prosecutionsStarted: 11, convictions: 1, languageObstacles: 'Interpreters for Romanian were scarce', addedValue: 'Evidence gathered once for both proceedings' };

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    // Danube Route (countries NL RO BE ES) of the NL police and the Romanian prosecutors; Coastal Harvest (TH, NG)
    // of the Thai police and the Nigerian agency.
    const f = new FixtureBuilder(t.db);
    await f.agency(
      { acronym: 'NL-POL', country: 'NL' },
      { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' },
      { acronym: 'TH-AHTD', country: 'TH' },
      { acronym: 'NG-NATA', kind: AgencyKind.GOVERNMENT, country: 'NG' },
    );
    await f.person(
      { email: 'coordinator@nl.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
      { email: 'member@nl.test', name: 'Pieter Jansen', agency: 'NL-POL' },
      { email: 'analyst@nl.test', name: 'Sanne Mulder', agency: 'NL-POL', roles: [Role.ANALYST] },
      { email: 'liaison@ro.test', name: 'Ioana Popescu', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
      { email: 'member@ro.test', name: 'Andrei Ionescu', agency: 'RO-DIOC' },
      { email: 'admin@ro.test', name: 'Elena Marin', agency: 'RO-DIOC', roles: [Role.AGENCY_ADMIN] },
      { email: 'coordinator@th.test', name: 'Somchai Wongsa', agency: 'TH-AHTD', roles: [Role.COORDINATOR, Role.LIAISON_OFFICER] },
      { email: 'member@ng.test', name: 'Chinedu Okafor', agency: 'NG-NATA' },
    );
    await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC'], coordinators: ['coordinator@nl.test'], countries: ['NL', 'RO', 'BE', 'ES'] });
    await f.operation({ name: 'Coastal Harvest', lead: 'TH-AHTD', agencies: ['NG-NATA'], coordinators: ['coordinator@th.test'], status: OperationStatus.PLANNED, countries: ['TH', 'NG'] });
    agency = f.agencies;
    const coordinator = await as('coordinator@nl.test');
    const created = await gql(
      t.url,
      `mutation($input: CreateOperationInput!) { createOperation(input: $input) { id version } }`,
      {
        input: {
          name: 'Joint Operation Evaluation Test',
          purpose: 'Dismantle a labour-exploitation network',
          countries: ['PT'],
          formsOfExploitation: ['FORCED_LABOUR'],
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
          legalBasisCitation: 'Art. 13 of the 2000 EU Convention on Mutual Assistance in Criminal Matters',
        },
      },
      coordinator,
    );
    if (created.errors) throw new Error(JSON.stringify(created.errors));
    op = created.data?.createOperation.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('counts a country’s joint operations by its countries and by the agencies based in it, only among operations the viewer may see', async () => {
    // Coordinator (NL-POL) sees Danube Route (countries NL RO BE ES) and the new operation (countries PT; NL-POL).
    expect(await countryCount('coordinator@nl.test', 'PT')).toBe(1);
    expect(await countryCount('coordinator@nl.test', 'NL')).toBe(2);
    expect(await countryCount('coordinator@nl.test', 'RO')).toBe(1); // RO-DIOC has not joined yet
    expect(await countryCount('coordinator@nl.test', 'TH')).toBe(0);
    // The outsider (NG-NATA) sees only Coastal Harvest (TH, NG): the new operation is not counted for it.
    expect(await countryCount('member@ng.test', 'PT')).toBe(0);
    expect(await countryCount('member@ng.test', 'NG')).toBe(1);
  });

  it('forms the operation: RO-DIOC is invited as a party and its agency admin accepts', async () => {
    const invited = await gql(
      t.url,
      `mutation($input: InviteAgencyToOperationInput!) { inviteAgencyToOperation(input: $input) { id } }`,
      { input: { operationId: op, agencyId: agency['RO-DIOC'], role: 'PARTY' } },
      await as('coordinator@nl.test'),
    );
    const accepted = await gql(
      t.url,
      `mutation($input: RespondToOperationInvitationInput!) { respondToOperationInvitation(input: $input) { status } }`,
      { input: { invitationId: invited.data?.inviteAgencyToOperation.id, accept: true } },
      await as('admin@ro.test'),
    );
    expect(accepted.data?.respondToOperationInvitation.status).toBe('ACCEPTED');
    expect(await countryCount('coordinator@nl.test', 'RO')).toBe(2); // now through RO-DIOC

    const ev = await evaluation('liaison@ro.test');
    expect(ev.sections.map((s: { agency: { acronym: string }; role: string; written: boolean; version: number }) => [s.agency.acronym, s.role, s.written, s.version])).toEqual([
      ['NL-POL', 'PARTY', false, 0],
      ['RO-DIOC', 'PARTY', false, 0],
    ]);
    expect(ev.missingAgencies.map((a: { acronym: string }) => a.acronym)).toEqual(['NL-POL', 'RO-DIOC']);
    expect(sectionOf(ev, 'RO-DIOC').viewerCanEdit).toBe(true);
    expect(sectionOf(ev, 'NL-POL').viewerCanEdit).toBe(false);
    expect(ev.citation).toBe('Joint Investigation Teams Network, JIT evaluation form');
    // Nothing written yet: finalising names the parties whose sections are missing.
    const early = await gql(t.url, FINALISE, { id: op }, await as('coordinator@nl.test'));
    expect(errorCode(early)).toBe('FAILED_PRECONDITION');
    expect(early.errors?.[0].extensions?.missingAgencyIds).toEqual([agency['NL-POL'], agency['RO-DIOC']].sort());
  });

  it('tasks for the report: two done (one on time, one late), one open', async () => {
    const coordinator = await as('coordinator@nl.test');
    const due = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const create = async (title: string, pillar: string, assignee: string, dueAt?: string) => {
      const res = await gql(t.url, `mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }`, { input: { operationId: op, title, pillar, priority: 'MEDIUM', assigneeAgencyId: agency[assignee], dueAt } }, coordinator);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data?.createTask as { id: string; version: number };
    };
    const done = async (task: { id: string; version: number }, email: string) => {
      const res = await gql(t.url, `mutation($input: UpdateTaskStatusInput!) { updateTaskStatus(input: $input) { status } }`, { input: { taskId: task.id, status: 'DONE', expectedVersion: task.version } }, await as(email));
      expect(res.data?.updateTaskStatus.status).toBe('DONE');
    };
    const t1 = await create('Arrest the recruiters', 'PROSECUTION', 'NL-POL', due);
    const t2 = await create('Refer the victims to shelters', 'PROTECTION', 'RO-DIOC', due);
    await create('Debrief with the labour inspectorate', 'PARTNERSHIP', 'NL-POL');
    await done(t1, 'coordinator@nl.test');
    await done(t2, 'liaison@ro.test');
    // T2 was due before it was done: move its due date into the past (late).
    await t.db.query(`UPDATE tasks SET due_at = '2020-01-01T00:00:00Z' WHERE id = $1`, [t2.id]);

    // A target of 20 victims referred over yesterday … tomorrow (UTC); RO-DIOC enters 3 such case records now.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const target = await gql(
      t.url,
      `mutation($input: SetOperationTargetInput!) { setOperationTarget(input: $input) { id } }`,
      { input: { operationId: op, indicator: 'VICTIM_REFERRED', periodStart: day(-1), periodEnd: day(1), target: 20 } },
      coordinator,
    );
    expect(target.errors).toBeUndefined();
    await t.db.query(
      `INSERT INTO case_records (source, key, agency_id, operation_id, indicator) SELECT 'agency', 'agency:' || gen_random_uuid()::text, $1, $2, 'VICTIM_REFERRED' FROM generate_series(1, 3)`,
      [agency['RO-DIOC'], op],
    );
  });

  it('each agency writes its own section; another agency’s person gets FORBIDDEN, readers and outsiders cannot write', async () => {
    const nl = await gql(t.url, UPDATE, { input: { operationId: op, expectedVersion: 0, ...NL } }, await as('coordinator@nl.test'));
    expect(nl.errors).toBeUndefined();
    expect(nl.data?.updateEvaluationSection).toMatchObject({ agency: { acronym: 'NL-POL' }, version: 1, written: true, objectivesMet: 'MET', updatedBy: { displayName: 'Anna de Vries' } });
    expect(figures(nl.data?.updateEvaluationSection)).toEqual(['14', '25', '12', '0', '4', null]);

    // The Romanian liaison officer may not write NL-POL's section: FORBIDDEN (every member reads it, so it is no secret).
    const other = await gql(t.url, UPDATE, { input: { operationId: op, agencyId: agency['NL-POL'], expectedVersion: 1, arrests: 99 } }, await as('liaison@ro.test'));
    expect(errorCode(other)).toBe('FORBIDDEN');
    // A plain member of RO-DIOC reads only; the outsider does not see the operation at all.
    expect(errorCode(await gql(t.url, UPDATE, { input: { operationId: op, expectedVersion: 0, ...RO } }, await as('member@ro.test')))).toBe('FORBIDDEN');
    expect(errorCode(await gql(t.url, UPDATE, { input: { operationId: op, expectedVersion: 0, arrests: 1 } }, await as('member@ng.test')))).toBe('NOT_FOUND');

    const ro = await gql(t.url, UPDATE, { input: { operationId: op, expectedVersion: 0, ...RO } }, await as('liaison@ro.test'));
    expect(ro.data?.updateEvaluationSection).toMatchObject({ agency: { acronym: 'RO-DIOC' }, version: 1, objectivesMet: 'PARTLY_MET' });
    expect(figures(ro.data?.updateEvaluationSection)).toEqual(['3', '20', '9', '2', '11', '1']);
    expect((await t.db.query(`SELECT arrests FROM operation_evaluation_sections WHERE agency_id = $1`, [agency['NL-POL']]))[0].arrests).toBe(14);
  });

  it('names the bad field', async () => {
    const token = await as('analyst@nl.test');
    for (const [change, field] of [
      [{ arrests: -1 }, 'arrests'],
      [{ seizures: 1.5 }, 'seizures'],
      [{ objectivesMet: 'MOSTLY' }, 'objectivesMet'],
      [{ lessonsLearned: 'x'.repeat(5001) }, 'lessonsLearned'],
    ] as const) {
      const res = await gql(t.url, UPDATE, { input: { operationId: op, expectedVersion: 1, ...change } }, token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      // GraphQL itself refuses a non-integer or an unknown enum value; the rest name the field.
      if (field !== 'objectivesMet' && field !== 'seizures') expect(res.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
  });

  it('a stale version is a CONFLICT and overwrites nothing', async () => {
    const analyst = await gql(t.url, UPDATE, { input: { operationId: op, expectedVersion: 1, practicalObstacles: 'Too few vehicles on the action day' } }, await as('analyst@nl.test'));
    expect(analyst.data?.updateEvaluationSection).toMatchObject({ version: 2, practicalObstacles: 'Too few vehicles on the action day', legalObstacles: NL.legalObstacles });
    const stale = await gql(t.url, UPDATE, { input: { operationId: op, expectedVersion: 1, practicalObstacles: 'none' } }, await as('coordinator@nl.test'));
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].extensions?.currentVersion).toBe(2);
    const again = await gql(t.url, UPDATE, { input: { operationId: op, expectedVersion: 0, arrests: 1 } }, await as('coordinator@nl.test'));
    expect(errorCode(again)).toBe('CONFLICT');
    expect(sectionOf(await evaluation('member@nl.test'), 'NL-POL')).toMatchObject({ version: 2, practicalObstacles: 'Too few vehicles on the action day', arrests: { count: 14 } });
  });

  it('shows each agency its own figures exactly and the other agency’s small figures suppressed', async () => {
    // NL-POL viewing: RO-DIOC's 3, 9, 2, 1 are below 11 → suppressed, and with RO-DIOC the only other agency each
    // such total would give it away (total − NL's own) → suppressed; 20 and 11 are shown: 25+20 = 45, 4+11 = 15.
    const nlView = await evaluation('member@nl.test');
    expect(figures(sectionOf(nlView, 'NL-POL'))).toEqual(['14', '25', '12', '0', '4', null]);
    expect(figures(sectionOf(nlView, 'RO-DIOC'))).toEqual([S, '20', S, S, '11', S]);
    expect(totals(nlView)).toEqual({ arrests: S, potentialVictimsIdentified: '45', victimsReferredToAssistance: S, seizures: S, prosecutionsStarted: '15', convictions: S });
    // RO-DIOC viewing: NL-POL's 4 is suppressed (and so that total); 14, 25, 12 and 0 are shown; NL reported no
    // convictions, so 1 is RO's own. Totals: 14+3 = 17, 25+20 = 45, 12+9 = 21, 0+2 = 2, 1.
    const roView = await evaluation('member@ro.test');
    expect(figures(sectionOf(roView, 'NL-POL'))).toEqual(['14', '25', '12', '0', S, null]);
    expect(figures(sectionOf(roView, 'RO-DIOC'))).toEqual(['3', '20', '9', '2', '11', '1']);
    expect(totals(roView)).toEqual({ arrests: '17', potentialVictimsIdentified: '45', victimsReferredToAssistance: '21', seizures: '2', prosecutionsStarted: S, convictions: '1' });
    expect(nlView.k).toBe(11);
  });

  it('refuses to close before the evaluation is finalised, and to finalise for anyone but a coordinator', async () => {
    const [{ version }] = await t.db.query(`SELECT version FROM operations WHERE id = $1`, [op]);
    const close = await gql(t.url, CLOSE, { input: { operationId: op, status: 'CLOSED', expectedVersion: version, reason: 'work done' } }, await as('coordinator@nl.test'));
    expect(errorCode(close)).toBe('FAILED_PRECONDITION');
    expect(errorCode(await gql(t.url, FINALISE, { id: op }, await as('liaison@ro.test')))).toBe('FORBIDDEN');
    expect(errorCode(await gql(t.url, FINALISE, { id: op }, await as('member@ng.test')))).toBe('NOT_FOUND');
    expect(errorCode(await gql(t.url, EVALUATION, { id: op }, await as('member@ng.test')))).toBe('NOT_FOUND');
    // Not final: nothing counts as an indicator yet.
    expect((await gql(t.url, RESULTS, { id: op }, await as('coordinator@nl.test'))).data?.operationResults.evaluations).toBe(0);
  });

  it('finalises once every party has written; sections are read-only after; then the operation closes', async () => {
    const before = (await gql(t.url, OPERATION, { id: op }, await as('coordinator@nl.test'))).data?.operation;
    const roSocket = await connectSocket(t.url, await as('member@ro.test'));
    const outsiderSocket = await connectSocket(t.url, await as('member@ng.test'));
    const roEvents = recordEvents(roSocket, ['operation.changed']);
    const outsiderEvents = recordEvents(outsiderSocket, ['operation.changed']);
    const fin = await gql(t.url, FINALISE, { id: op }, await as('coordinator@nl.test'));
    // The Romanian prosecutors' sockets hear of it live; the outsider's agency hears nothing of this operation.
    await waitFor(() => roEvents.some((e) => e.payload.operationId === op && e.payload.change === 'EVALUATION_CHANGED'), 5000, 'operation.changed to RO-DIOC');
    expect(roEvents.find((e) => e.payload.change === 'EVALUATION_CHANGED')?.payload).toEqual({ operationId: op, change: 'EVALUATION_CHANGED', visible: true });
    expect(outsiderEvents.filter((e) => e.payload.operationId === op)).toEqual([]);
    roSocket.close();
    outsiderSocket.close();
    expect(fin.errors).toBeUndefined();
    expect(fin.data?.finaliseOperationEvaluation.finalisedBy).toEqual({ displayName: 'Anna de Vries' });
    expect(fin.data?.finaliseOperationEvaluation.sections.every((s: { viewerCanEdit: boolean }) => !s.viewerCanEdit)).toBe(true);
    const after = (await gql(t.url, OPERATION, { id: op }, await as('coordinator@nl.test'))).data?.operation;
    expect(after.version).toBe(before.version + 1);
    expect(after.evaluationFinalisedAt).not.toBeNull();
    expect(after.history.at(-1)).toMatchObject({ action: 'EVALUATION_FINALISED', actor: { displayName: 'Anna de Vries' } });

    const late = await gql(t.url, UPDATE, { input: { operationId: op, expectedVersion: 1, arrests: 4 } }, await as('liaison@ro.test'));
    expect(errorCode(late)).toBe('FAILED_PRECONDITION');
    expect(errorCode(await gql(t.url, FINALISE, { id: op }, await as('coordinator@nl.test')))).toBe('FAILED_PRECONDITION');

    const closed = await gql(t.url, CLOSE, { input: { operationId: op, status: 'CLOSED', expectedVersion: after.version, reason: 'objectives reached' } }, await as('coordinator@nl.test'));
    expect(closed.data?.changeOperationStatus).toMatchObject({ status: 'CLOSED' });
    expect(errorCode(await gql(t.url, UPDATE, { input: { operationId: op, expectedVersion: 2, arrests: 4 } }, await as('coordinator@nl.test')))).toBe('FAILED_PRECONDITION');
    const audited: Array<{ action: string }> = await t.db.query(`SELECT action FROM audit_entries WHERE subject_type = 'OPERATION' AND subject_id = $1 ORDER BY seq`, [op]);
    expect(audited.map((a) => a.action)).toEqual(['OPERATION_EVALUATION_SECTION_SAVED', 'OPERATION_EVALUATION_SECTION_SAVED', 'OPERATION_EVALUATION_SECTION_SAVED', 'OPERATION_EVALUATION_FINALISED']);
  });

  it('feeds the finalised results to monitoring and evaluation with the same protection', async () => {
    for (const id of [op, null]) {
      // Only this operation has a finalised evaluation, so the task-force view (id null) holds the same figures.
      const nl = (await gql(t.url, RESULTS, { id }, await as('coordinator@nl.test'))).data?.operationResults;
      expect(nl.evaluations).toBe(1);
      expect(Object.fromEntries(nl.results.map((r: { field: string; total: { label: string } }) => [r.field, r.total.label]))).toEqual({
        arrests: S,
        potentialVictimsIdentified: '45',
        victimsReferredToAssistance: S,
        seizures: S,
        prosecutionsStarted: '15',
        convictions: S,
      });
      const ro = (await gql(t.url, RESULTS, { id }, await as('liaison@ro.test'))).data?.operationResults;
      expect(Object.fromEntries(ro.results.map((r: { field: string; total: { label: string } }) => [r.field, r.total.label]))).toEqual({
        arrests: '17',
        potentialVictimsIdentified: '45',
        victimsReferredToAssistance: '21',
        seizures: '2',
        prosecutionsStarted: S,
        convictions: '1',
      });
    }
    expect(errorCode(await gql(t.url, RESULTS, { id: op }, await as('member@ng.test')))).toBe('NOT_FOUND');
    expect((await gql(t.url, RESULTS, { id: null }, await as('member@ng.test'))).data?.operationResults.evaluations).toBe(0);
  });

  it('the report: members only (404 alike for outsiders and unknown ids), figures as the viewer sees them', async () => {
    await as('member@ng.test');
    const outsider = await report('member@ng.test');
    const unknown = await report('coordinator@nl.test', '00000000-0000-4000-8000-000000000000');
    expect([outsider.status, unknown.status]).toEqual([404, 404]);
    expect(await outsider.json()).toEqual(await unknown.json());
    expect((await fetch(`${t.url}/operations/${op}/report.pdf`)).status).toBe(401);

    const res = await report('coordinator@nl.test');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="operation-report-joint-operation-evaluation-test-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const text = (await pdfParse(Buffer.from(await res.arrayBuffer()))).text;
    expect(text).toContain('Operation report: Joint Operation Evaluation Test');
    expect(text).toContain('Art. 13 of the 2000 EU Convention on Mutual Assistance in Criminal Matters');
    expect(text).toMatch(/NL-POL — [^]*\(lead agency\)\s*NLparty/);
    expect(text).toMatch(/RO-DIOC — [^]*ROparty/);
    expect(text).toContain('2026-01-01 to 2026-12-31');
    // Timeline: created, invited, accepted, finalised, closed with its reason.
    for (const entry of ['createdAnna de Vries', 'RO-DIOC invited as', 'RO-DIOC joined as', 'closing evaluation', 'PLANNED -> CLOSED; 1 open task', 'Anna de Vriesobjectives reached']) expect(text).toContain(entry);
    // Tasks: PROSECUTION 1 done, PROTECTION 1 done, PARTNERSHIP 1 open; on time 1 of 2 = 50%.
    expect(text).toContain('Tasks done on time: 50% (1 of 2 done by their due date)');
    // NL-POL's own section exactly; RO-DIOC's small figures suppressed for NL-POL (3, 9, 2, 1), 20 and 11 shown.
    const roSection = text.slice(text.lastIndexOf('RO-DIOC — '), text.indexOf('Results (all sections)'));
    expect(roSection).toContain(`Arrests${S}`);
    expect(roSection).toContain('Potential victims identified20');
    expect(roSection).toContain(`Victims referred to assistance${S}`);
    expect(roSection).toContain('Prosecutions started11');
    expect(roSection).toContain(`Convictions${S}`);
    expect(roSection).not.toMatch(/Arrests3|Seizures2/);
    expect(text).toContain('Arrests14');
    expect(text).toContain('Potential victims identified45');
    expect(text).toContain('Prosecutions started15');
    expect(text).toContain('Results reported by the participating agencies in finalised closing evaluations');
    // Target: RO-DIOC's 3 records are below 11 and not NL-POL's → "suppressed (< 11)" of 20, no progress.
    expect(text).toMatch(/victim referred\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}20suppressed \(< 11\)-/);
    expect(text).toMatch(/Made \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC for Anna de Vries \(NL-POL\)/);

    // RO-DIOC's copy: NL-POL's 4 prosecutions suppressed, RO's own figures exact.
    const roText = (await pdfParse(Buffer.from(await (await report('liaison@ro.test')).arrayBuffer()))).text;
    expect(roText).toContain('Arrests17');
    expect(roText).toContain(`Prosecutions started${S}`);
    expect(roText).toContain('Arrests3');
    // RO-DIOC recorded all 3: exact, 3 / 20 = 15%.
    expect(roText).toMatch(/victim referred\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}20315%/);
    const downloads = await t.db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'OPERATION_REPORT_DOWNLOADED' AND subject_id = $1`, [op]);
    expect(downloads[0].n).toBe(2);
  });
});

/** The evaluation migration (1765320000000-operation-evaluation) has a working `down`, and applies again afterwards. */
describe('operation evaluation migration', () => {
  it('reverts cleanly and re-applies', async () => {
    const database = await createTestDatabase();
    const db = await migrate(database.url);
    try {
      const present = async () => ({
        table: (await db.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'operation_evaluation_sections'`)).length,
        type: (await db.query(`SELECT 1 FROM pg_type WHERE typname = 'evaluation_objectives_met'`)).length,
      });
      expect(await present()).toEqual({ table: 1, type: 1 });
      // Undo newer migrations (if any landed after this one) down to and including this one: at most all of them.
      const [{ n: applied }] = await db.query(`SELECT count(*)::int AS n FROM migrations`);
      for (let i = 0; i < applied; i++) {
        const [last] = await db.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
        await db.undoLastMigration({ transaction: 'each' });
        if (last.name === 'OperationEvaluation1765320000000') break;
      }
      expect(await present()).toEqual({ table: 0, type: 0 });
      await db.runMigrations({ transaction: 'each' });
      expect(await present()).toEqual({ table: 1, type: 1 });
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});
