import { AgencyEntity } from '@taskforce/api-agencies';
import { AuthService, UserEntity } from '@taskforce/api-auth';
import { loadDemoLeads } from './demo-leads';
import { OperationEntity, recordOperationEvent } from '@taskforce/api-operations';
import { TaskEntity, TaskEventAction, TaskEventEntity } from '@taskforce/api-tasks';
import { AgencyKind, FormOfExploitation, OperationEventAction, OperationStatus, Pillar, Role, TaskPriority, TaskStatus } from '@taskforce/domain';
import { DataSource } from 'typeorm';
import { loadDemoCaseRecords } from './demo-case-records';

/** Password of every demo account. Demo data is never loaded in production. */
export const DEMO_PASSWORD = 'demo-pass-2026';

/** The demo accounts printed at start-up: e-mail and what they show. All people are fictional. */
export const DEMO_LOGINS: ReadonlyArray<{ email: string; role: string }> = [
  { email: 'coordinator@demo.test', role: 'coordinator of Joint Operation Danube Route (NL police)' },
  { email: 'liaison@demo.test', role: 'liaison officer of the Romanian organised-crime prosecutors (in Danube Route)' },
  { email: 'outsider@demo.test', role: 'member of the Nigerian anti-trafficking agency (not in Danube Route)' },
  { email: 'member@demo.test', role: 'member of the NL police' },
  { email: 'nl-analyst@demo.test', role: 'analyst of the NL police (records and shares its leads)' },
  { email: 'nl-liaison@demo.test', role: 'liaison officer of the NL police (approves onward sharing of its leads)' },
  { email: 'ro-admin@demo.test', role: 'agency admin of the Romanian prosecutors' },
  { email: 'th-coordinator@demo.test', role: 'coordinator of Joint Operation Coastal Harvest (Thai police)' },
  { email: 'admin@demo.test', role: 'platform admin (task-force secretariat)' },
];

const AGENCIES = [
  { key: 'NL-POL', name: 'Netherlands Police — Human Trafficking Unit', kind: AgencyKind.LAW_ENFORCEMENT, country: 'NL' },
  { key: 'RO-DIOC', name: 'Romanian Directorate for Investigating Organised Crime', kind: AgencyKind.PROSECUTION, country: 'RO' },
  { key: 'BE-SIS', name: 'Belgian Social Inspection Service', kind: AgencyKind.LABOUR_INSPECTORATE, country: 'BE' },
  { key: 'ES-BIP', name: 'Spanish Border and Immigration Police', kind: AgencyKind.BORDER_IMMIGRATION, country: 'ES' },
  { key: 'SPF', name: 'Safe Passage Foundation', kind: AgencyKind.NGO, country: 'NL' },
  { key: 'IOM', name: 'International Organization for Migration', kind: AgencyKind.INTERNATIONAL_ORGANIZATION, country: null },
  { key: 'Europol', name: 'European Union Agency for Law Enforcement Cooperation', kind: AgencyKind.INTERNATIONAL_ORGANIZATION, country: null },
  { key: 'NG-NATA', name: 'Nigerian National Anti-Trafficking Agency', kind: AgencyKind.GOVERNMENT, country: 'NG' },
  { key: 'TH-AHTD', name: 'Thai Anti-Human Trafficking Division', kind: AgencyKind.LAW_ENFORCEMENT, country: 'TH' },
  { key: 'RPSA', name: 'Rotterdam Port Security Authority', kind: AgencyKind.OTHER, country: 'NL' },
  { key: 'JTF-SEC', name: 'Joint Task Force Secretariat', kind: AgencyKind.GOVERNMENT, country: 'BE' },
] as const;

type AgencyKey = (typeof AGENCIES)[number]['key'];

const USERS: ReadonlyArray<{ email: string; name: string; agency: AgencyKey; roles: Role[] }> = [
  { email: 'coordinator@demo.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
  { email: 'member@demo.test', name: 'Pieter Jansen', agency: 'NL-POL', roles: [Role.MEMBER] },
  { email: 'nl-analyst@demo.test', name: 'Sanne Mulder', agency: 'NL-POL', roles: [Role.ANALYST] },
  { email: 'nl-liaison@demo.test', name: 'Daan Meijer', agency: 'NL-POL', roles: [Role.LIAISON_OFFICER] },
  { email: 'liaison@demo.test', name: 'Ioana Popescu', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
  { email: 'ro-member@demo.test', name: 'Andrei Ionescu', agency: 'RO-DIOC', roles: [Role.MEMBER] },
  { email: 'ro-admin@demo.test', name: 'Elena Marin', agency: 'RO-DIOC', roles: [Role.AGENCY_ADMIN] },
  { email: 'be-liaison@demo.test', name: 'Lucas Peeters', agency: 'BE-SIS', roles: [Role.LIAISON_OFFICER] },
  { email: 'es-liaison@demo.test', name: 'Carmen García', agency: 'ES-BIP', roles: [Role.LIAISON_OFFICER] },
  { email: 'ngo-liaison@demo.test', name: 'Sophie Bakker', agency: 'SPF', roles: [Role.LIAISON_OFFICER] },
  { email: 'iom-liaison@demo.test', name: 'Amina Yusuf', agency: 'IOM', roles: [Role.LIAISON_OFFICER] },
  { email: 'analyst@demo.test', name: 'Marek Nowak', agency: 'Europol', roles: [Role.ANALYST, Role.LIAISON_OFFICER] },
  { email: 'outsider@demo.test', name: 'Chinedu Okafor', agency: 'NG-NATA', roles: [Role.MEMBER] },
  { email: 'th-coordinator@demo.test', name: 'Somchai Wongsa', agency: 'TH-AHTD', roles: [Role.COORDINATOR, Role.LIAISON_OFFICER] },
  { email: 'port-liaison@demo.test', name: 'Jan Visser', agency: 'RPSA', roles: [Role.LIAISON_OFFICER] },
  { email: 'admin@demo.test', name: 'Claire Dubois', agency: 'JTF-SEC', roles: [Role.PLATFORM_ADMIN] },
];

const DAY_MS = 24 * 3600 * 1000;

/** The UTC calendar date `YYYY-MM-DD` of an instant in ms. */
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Loads the fictional demo task force into an empty database: 11 agencies in 6 countries (every agency kind),
 * 14 people, 2 joint operations and their tasks, shared leads, and case records (`demo-case-records.ts`). Does nothing when any agency exists. Returns true if loaded.
 */
export async function loadDemoData(db: DataSource, now: Date = new Date()): Promise<boolean> {
  return db.transaction(async (m) => {
    if ((await m.getRepository(AgencyEntity).count()) > 0) return false;
    const agency = {} as Record<AgencyKey, AgencyEntity>;
    for (const a of AGENCIES) {
      agency[a.key] = await m.getRepository(AgencyEntity).save({ name: a.name, acronym: a.key, kind: a.kind, country: a.country });
    }
    const passwordHash = await AuthService.hashPassword(DEMO_PASSWORD);
    const user = {} as Record<string, UserEntity>;
    for (const u of USERS) {
      user[u.email] = await m.getRepository(UserEntity).save({ email: u.email, displayName: u.name, passwordHash, agencyId: agency[u.agency].id, roles: u.roles, disabledAt: null });
    }
    const danube = await m.getRepository(OperationEntity).save({
      name: 'Joint Operation Danube Route',
      description: 'Recruitment of Romanian workers for Belgian and Dutch farms and sex work in Spain; joint action day planned.',
      purpose: 'Identify and dismantle the network recruiting Romanian workers for forced labour and sexual exploitation in Belgium, the Netherlands and Spain; identify and assist its victims.',
      status: OperationStatus.ACTIVE,
      startsOn: isoDay(now.getTime() - 60 * DAY_MS),
      endsOn: isoDay(now.getTime() + 120 * DAY_MS),
      legalBasisCitation: 'Art. 13 of the 2000 EU Convention on Mutual Assistance in Criminal Matters; Council Framework Decision 2002/465/JHA',
      leadAgencyId: agency['NL-POL'].id,
      countries: ['NL', 'RO', 'BE', 'ES'],
      formsOfExploitation: [FormOfExploitation.SEXUAL_EXPLOITATION, FormOfExploitation.FORCED_LABOUR],
      participatingAgencies: (['NL-POL', 'RO-DIOC', 'BE-SIS', 'ES-BIP', 'SPF', 'Europol', 'IOM'] as const).map((k) => agency[k]),
      coordinators: [user['coordinator@demo.test']],
    });
    const coastal = await m.getRepository(OperationEntity).save({
      name: 'Joint Operation Coastal Harvest',
      description: 'Forced labour on fishing vessels; recruitment through West African and Thai brokers.',
      purpose: 'Trace the brokers recruiting Nigerian and Thai fishers into forced labour at sea and prepare their return and reintegration.',
      status: OperationStatus.PLANNED,
      startsOn: isoDay(now.getTime() + 14 * DAY_MS),
      endsOn: isoDay(now.getTime() + 194 * DAY_MS),
      legalBasisCitation: 'Art. 19 of the UN Convention against Transnational Organized Crime',
      leadAgencyId: agency['TH-AHTD'].id,
      countries: ['TH', 'NG'],
      formsOfExploitation: [FormOfExploitation.FORCED_LABOUR],
      participatingAgencies: (['TH-AHTD', 'NG-NATA', 'IOM'] as const).map((k) => agency[k]),
      coordinators: [user['th-coordinator@demo.test']],
    });
    // International bodies take part as participants, not parties (the Eurojust model JIT agreement).
    await m.query(`UPDATE operation_agencies oa SET role = 'PARTICIPANT' FROM agencies a WHERE a.id = oa.agency_id AND a.kind = 'INTERNATIONAL_ORGANIZATION'`);
    for (const [op, by] of [[danube, 'coordinator@demo.test'], [coastal, 'th-coordinator@demo.test']] as const) {
      await recordOperationEvent(m, { operationId: op.id, actorId: user[by].id, action: OperationEventAction.CREATED, toStatus: OperationStatus.PLANNED, agencyId: op.leadAgencyId, detail: 'created' });
      if (op.status === OperationStatus.ACTIVE) {
        await recordOperationEvent(m, { operationId: op.id, actorId: user[by].id, action: OperationEventAction.STATUS_CHANGED, fromStatus: OperationStatus.PLANNED, toStatus: OperationStatus.ACTIVE, detail: 'PLANNED → ACTIVE' });
      }
    }
    const tasks: Array<{ op: OperationEntity; by: string; title: string; to: AgencyKey; person?: string; pillar: Pillar; priority: TaskPriority; status: TaskStatus; dueDays: number | null }> = [
      { op: danube, by: 'coordinator@demo.test', title: 'Coordinate victim reception at the Rotterdam shelter', to: 'SPF', pillar: Pillar.PROTECTION, priority: TaskPriority.HIGH, status: TaskStatus.IN_PROGRESS, dueDays: 2 },
      { op: danube, by: 'coordinator@demo.test', title: 'Request bank records of the recruitment agency', to: 'RO-DIOC', person: 'liaison@demo.test', pillar: Pillar.PROSECUTION, priority: TaskPriority.URGENT, status: TaskStatus.OPEN, dueDays: 1 },
      { op: danube, by: 'coordinator@demo.test', title: 'Joint inspection of seasonal farms in West Flanders', to: 'BE-SIS', pillar: Pillar.PROSECUTION, priority: TaskPriority.MEDIUM, status: TaskStatus.OPEN, dueDays: 7 },
      { op: danube, by: 'coordinator@demo.test', title: 'Awareness leaflets at the Madrid bus terminal', to: 'ES-BIP', pillar: Pillar.PREVENTION, priority: TaskPriority.LOW, status: TaskStatus.DONE, dueDays: -3 },
      { op: danube, by: 'coordinator@demo.test', title: 'Cross-check suspects against the analysis project', to: 'Europol', pillar: Pillar.PARTNERSHIP, priority: TaskPriority.MEDIUM, status: TaskStatus.BLOCKED, dueDays: 5 },
      { op: coastal, by: 'th-coordinator@demo.test', title: 'Identify vessels named in recruitment reports', to: 'TH-AHTD', pillar: Pillar.PROSECUTION, priority: TaskPriority.HIGH, status: TaskStatus.OPEN, dueDays: 10 },
      { op: coastal, by: 'th-coordinator@demo.test', title: 'Return and reintegration support plan', to: 'IOM', pillar: Pillar.PROTECTION, priority: TaskPriority.MEDIUM, status: TaskStatus.OPEN, dueDays: null },
    ];
    for (const t of tasks) {
      const saved = await m.getRepository(TaskEntity).save({
        operationId: t.op.id,
        title: t.title,
        description: null,
        status: t.status,
        version: t.status === TaskStatus.OPEN ? 1 : 2,
        priority: t.priority,
        pillar: t.pillar,
        dueAt: t.dueDays === null ? null : new Date(now.getTime() + t.dueDays * DAY_MS),
        assigneeAgencyId: agency[t.to].id,
        assigneeUserId: t.person ? user[t.person].id : null,
        createdById: user[t.by].id,
      });
      const events = m.getRepository(TaskEventEntity);
      await events.save({ taskId: saved.id, actorId: user[t.by].id, action: TaskEventAction.CREATED, fromStatus: null, toStatus: TaskStatus.OPEN, detail: `created and assigned to ${t.to}` });
      if (t.status !== TaskStatus.OPEN) {
        const mover = USERS.find((u) => u.agency === t.to) ?? USERS[0];
        await events.save({ taskId: saved.id, actorId: user[mover.email].id, action: TaskEventAction.STATUS_CHANGED, fromStatus: TaskStatus.OPEN, toStatus: t.status, detail: null });
      }
    }
    // Shared leads: agreements, jurisdiction rules, four leads and their shares.
    const operationByName = new Map([danube, coastal].map((o) => [o.name, o.id]));
    await loadDemoLeads(m, Object.values(agency), (email) => user[email].id, (name) => operationByName.get(name)!, now);
    // Case records, so that the indicators of agencies' records and Danube Route's results show figures.
    const recorder = (acronym: string) => user[(USERS.find((u) => u.agency === acronym) ?? USERS[0]).email].id;
    await loadDemoCaseRecords(m, (acronym) => agency[acronym as AgencyKey].id, recorder, danube.id, now);
    return true;
  });
}
