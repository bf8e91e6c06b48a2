import { NotificationService } from '@taskforce/api-notifications';
import { AgencyKind, Role } from '@taskforce/domain';
import { randomUUID } from 'node:crypto';
import { Socket } from 'socket.io-client';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { connectSocket, errorCode, gql, GqlResponse, login, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';

/**
 * Notification preferences and the digest (docs/api-contract.md, "Live coordination that loses nothing" →
 * Notification preferences): muted types, muted operations and quiet hours hold notifications back (stored,
 * `heldBack: true`, not pushed live, listed in `notificationDigest`), except urgent ones, which are always pushed.
 *
 * The fixture (built below): liaison@ro.test is RO-DIOC's only liaison officer; RO-DIOC takes part in Danube Route
 * (coordinated by coordinator@nl.test of NL-POL) and not in Coastal Harvest (Thai police and the NGO). So a Danube
 * task for RO-DIOC gives her exactly one notification: TASK_ASSIGNED_TO_AGENCY when no person is named,
 * TASK_ASSIGNED_TO_YOU when she is; urgent (URGENT priority) or not. Nothing else holds notifications.
 * Every "not pushed" is checked after an entitled push on the same socket arrived, plus a grace period.
 */

const GRACE_MS = 300;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const PREFS_FIELDS = 'mutedTypes mutedOperationIds quietHoursStart quietHoursEnd timeZone';
const PREFS = `{ notificationPreferences { ${PREFS_FIELDS} } }`;
const UPDATE_PREFS = `mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { ${PREFS_FIELDS} } }`;
const CREATE = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }';
const NOTIFICATIONS = '{ notifications(take: 200) { id type taskId urgent heldBack } }';
const DIGEST = '{ notificationDigest { count items { id type taskId heldBack } } }';

const OFF = { mutedTypes: [], mutedOperationIds: [], quietHoursStart: null, quietHoursEnd: null, timeZone: 'UTC' };

function fieldsOf(res: GqlResponse): string[] {
  return ((res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }> | undefined) ?? []).map((f) => f.field);
}
function messagesOf(res: GqlResponse): string[] {
  return ((res.errors?.[0]?.extensions?.['fields'] as Array<{ message: string }> | undefined) ?? []).map((f) => f.message);
}

/** "HH:MM" of `instant` shifted by `minutes`, on the wall clock of `timeZone` (wraps around midnight). */
function clock(instant: Date, minutes: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const local = Number(parts.find((p) => p.type === 'hour')!.value) * 60 + Number(parts.find((p) => p.type === 'minute')!.value);
  const shifted = (((local + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(shifted / 60)).padStart(2, '0')}:${String(shifted % 60).padStart(2, '0')}`;
}

describe('notification preferences: muting, quiet hours, urgent exceptions, digest', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const agencyId: Record<string, string> = {};
  const userId: Record<string, string> = {};
  let danubeId: string;
  let coastalId: string;
  let socket: Socket;
  let seen: Array<{ name: string; payload: any }>;
  const heldBackIds: string[] = [];
  const as = (email: string, query: string, variables: Record<string, unknown> = {}) => gql(t.url, query, variables, token[email]);
  const setPrefs = async (input: Record<string, unknown>) => {
    const res = await as('liaison@ro.test', UPDATE_PREFS, { input });
    expect(res.errors).toBeUndefined();
    return res.data!.updateNotificationPreferences;
  };
  /** A Danube task for RO-DIOC by the coordinator; `personal` names the liaison as assignee. */
  const createTask = async (title: string, priority: string, personal = false) => {
    const res = await as('coordinator@nl.test', CREATE, {
      input: { operationId: danubeId, title, assigneeAgencyId: agencyId['RO-DIOC'], pillar: 'PROTECTION', priority, ...(personal ? { assigneeUserId: userId['liaison@ro.test'] } : {}) },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createTask.id as string;
  };
  const listed = async () => {
    const res = await as('liaison@ro.test', NOTIFICATIONS);
    expect(res.errors).toBeUndefined();
    return res.data!.notifications as Array<{ id: string; type: string; taskId: string; urgent: boolean; heldBack: boolean }>;
  };
  const about = async (taskId: string) => {
    const mine = (await listed()).filter((n) => n.taskId === taskId);
    expect(mine).toHaveLength(1);
    return mine[0];
  };
  /** Waits for the pushes about `expected` tasks, then a grace period; returns the task ids pushed since `from`. */
  const pushedSince = async (from: number, expected: string[]) => {
    await waitFor(() => expected.every((id) => seen.slice(from).some((e) => e.payload.taskId === id)), 5000, 'the entitled pushes');
    await sleep(GRACE_MS);
    return seen.slice(from).map((e) => e.payload.taskId as string);
  };
  const digest = async () => {
    const res = await as('liaison@ro.test', DIGEST);
    expect(res.errors).toBeUndefined();
    return res.data!.notificationDigest as { count: number; items: Array<{ id: string; heldBack: boolean }> };
  };

  beforeAll(async () => {
    t = await startTestApp({ ESCALATION_CHECK_SECONDS: '0' }, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency({ acronym: 'NL-POL', country: 'NL' }, { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' }, { acronym: 'TH-AHTD', country: 'TH' }, { acronym: 'IOM', kind: AgencyKind.INTERNATIONAL_ORGANIZATION, country: 'CH' });
    await f.person(
      { email: 'coordinator@nl.test', agency: 'NL-POL', roles: [Role.COORDINATOR] },
      { email: 'liaison@ro.test', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
      { email: 'coordinator@th.test', agency: 'TH-AHTD', roles: [Role.COORDINATOR, Role.LIAISON_OFFICER] },
    );
    await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC'], coordinators: ['coordinator@nl.test'] });
    await f.operation({ name: 'Coastal Harvest', lead: 'TH-AHTD', agencies: ['IOM'], coordinators: ['coordinator@th.test'] });
    for (const email of ['coordinator@nl.test', 'liaison@ro.test']) token[email] = await login(t.url, email, FIXTURE_PASSWORD);
    Object.assign(agencyId, f.agencies);
    Object.assign(userId, f.people);
    danubeId = f.operations['Danube Route'];
    coastalId = f.operations['Coastal Harvest'];
    socket = await connectSocket(t.url, token['liaison@ro.test']);
    seen = recordEvents(socket, ['notification']);
  });
  afterAll(async () => {
    socket?.close();
    await t.close();
  });

  it('defaults: nothing muted, no quiet hours, UTC; an empty digest', async () => {
    expect((await as('liaison@ro.test', PREFS)).data).toEqual({ notificationPreferences: OFF });
    expect(await digest()).toEqual({ count: 0, items: [] });
  });

  it('muting TASK_ASSIGNED_TO_AGENCY holds a new non-urgent agency task back (stored, not pushed, in the digest); an URGENT one and a personal one are pushed', async () => {
    expect(await setPrefs({ ...OFF, mutedTypes: ['TASK_ASSIGNED_TO_AGENCY'] })).toEqual({ ...OFF, mutedTypes: ['TASK_ASSIGNED_TO_AGENCY'] });
    expect((await as('liaison@ro.test', PREFS)).data).toEqual({ notificationPreferences: { ...OFF, mutedTypes: ['TASK_ASSIGNED_TO_AGENCY'] } });

    const from = seen.length;
    const held = await createTask('Prepare the Iași victim interviews', 'MEDIUM');
    const urgent = await createTask('Evacuate the Iași safe house', 'URGENT');
    const personal = await createTask('Brief the Iași prosecutor', 'HIGH', true);
    expect((await pushedSince(from, [urgent, personal])).sort()).toEqual([urgent, personal].sort());

    expect(await about(held)).toMatchObject({ type: 'TASK_ASSIGNED_TO_AGENCY', urgent: false, heldBack: true });
    expect(await about(urgent)).toMatchObject({ type: 'TASK_ASSIGNED_TO_AGENCY', urgent: true, heldBack: false });
    expect(await about(personal)).toMatchObject({ type: 'TASK_ASSIGNED_TO_YOU', urgent: false, heldBack: false });
    const heldNotice = await about(held);
    heldBackIds.push(heldNotice.id);
    expect(await digest()).toEqual({ count: 1, items: [{ id: heldNotice.id, type: 'TASK_ASSIGNED_TO_AGENCY', taskId: held, heldBack: true }] });
  });

  it('muting Danube Route holds back every non-urgent notification about it; URGENT is still pushed', async () => {
    expect(await setPrefs({ ...OFF, mutedOperationIds: [danubeId] })).toEqual({ ...OFF, mutedOperationIds: [danubeId] });
    const from = seen.length;
    const heldAgency = await createTask('Prepare the Vaslui victim interviews', 'MEDIUM');
    const heldPersonal = await createTask('Brief the Vaslui prosecutor', 'HIGH', true);
    const urgent = await createTask('Evacuate the Vaslui safe house', 'URGENT', true);
    expect(await pushedSince(from, [urgent])).toEqual([urgent]);

    expect(await about(heldAgency)).toMatchObject({ type: 'TASK_ASSIGNED_TO_AGENCY', urgent: false, heldBack: true });
    expect(await about(heldPersonal)).toMatchObject({ type: 'TASK_ASSIGNED_TO_YOU', urgent: false, heldBack: true });
    expect(await about(urgent)).toMatchObject({ type: 'TASK_ASSIGNED_TO_YOU', urgent: true, heldBack: false });
    heldBackIds.push((await about(heldAgency)).id, (await about(heldPersonal)).id);
    const d = await digest();
    expect(d.count).toBe(3);
    expect(d.items.map((i) => i.id).sort()).toEqual([...heldBackIds].sort());
  });

  it('quiet hours around the current time (UTC now − 60 min to + 60 min, possibly across midnight) hold back; URGENT is still pushed', async () => {
    const now = new Date();
    const window = { quietHoursStart: clock(now, -60, 'UTC'), quietHoursEnd: clock(now, 60, 'UTC') };
    expect(await setPrefs({ ...OFF, ...window })).toEqual({ ...OFF, ...window });
    const from = seen.length;
    const held = await createTask('Prepare the Suceava victim interviews', 'MEDIUM');
    const urgent = await createTask('Evacuate the Suceava safe house', 'URGENT');
    expect(await pushedSince(from, [urgent])).toEqual([urgent]);
    expect(await about(held)).toMatchObject({ heldBack: true, urgent: false });
    expect(await about(urgent)).toMatchObject({ heldBack: false, urgent: true });
    heldBackIds.push((await about(held)).id);
    expect((await digest()).count).toBe(4);
  });

  it('quiet hours are read in the chosen time zone: a window around Kathmandu’s local time holds back in Asia/Kathmandu and not in UTC (5 h 45 min apart)', async () => {
    const now = new Date();
    const window = { quietHoursStart: clock(now, -60, 'Asia/Kathmandu'), quietHoursEnd: clock(now, 60, 'Asia/Kathmandu') };
    expect(await setPrefs({ ...OFF, ...window, timeZone: 'Asia/Kathmandu' })).toEqual({ ...OFF, ...window, timeZone: 'Asia/Kathmandu' });
    const from = seen.length;
    const held = await createTask('Prepare the Botoșani victim interviews', 'MEDIUM');

    expect(await setPrefs({ ...OFF, ...window, timeZone: 'UTC' })).toEqual({ ...OFF, ...window, timeZone: 'UTC' });
    const pushed = await createTask('Prepare the Bistrița victim interviews', 'MEDIUM');
    expect(await pushedSince(from, [pushed])).toEqual([pushed]);
    expect(await about(held)).toMatchObject({ heldBack: true });
    expect(await about(pushed)).toMatchObject({ heldBack: false });
    heldBackIds.push((await about(held)).id);
  });

  it('everything off again: a non-urgent task is pushed; the digest still lists what was held back', async () => {
    expect(await setPrefs(OFF)).toEqual(OFF);
    const from = seen.length;
    const pushed = await createTask('Prepare the Arad victim interviews', 'MEDIUM');
    expect(await pushedSince(from, [pushed])).toEqual([pushed]);
    expect(await about(pushed)).toMatchObject({ heldBack: false, urgent: false });
    const d = await digest();
    expect(d.count).toBe(5);
    expect(d.items.map((i) => i.id).sort()).toEqual([...heldBackIds].sort());
    expect(d.items.every((i) => i.heldBack)).toBe(true);
  });

  it('the digest covers the 24 hours before the moment it is asked for', async () => {
    const service = t.app.get(NotificationService);
    const actor = { userId: userId['liaison@ro.test'], agencyId: agencyId['RO-DIOC'], roles: [Role.LIAISON_OFFICER], sessionId: randomUUID() };
    const hour = 3600_000;
    expect((await service.digest(actor, new Date(Date.now() + 23 * hour))).map((n) => n.id).sort()).toEqual([...heldBackIds].sort());
    expect(await service.digest(actor, new Date(Date.now() + 25 * hour))).toEqual([]);
  });

  it('the digest has the contract’s shape: notificationDigest { until count items }, until being the end of the window (now, UTC)', async () => {
    const before = Date.now();
    const res = await as('liaison@ro.test', '{ notificationDigest { until count items { id } } }');
    const after = Date.now();
    expect(res.errors).toBeUndefined();
    const d = res.data!.notificationDigest;
    expect(d.count).toBe(5);
    expect(d.items).toHaveLength(5);
    expect(d.until).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(new Date(d.until).getTime()).toBeGreaterThanOrEqual(before - 1);
    expect(new Date(d.until).getTime()).toBeLessThanOrEqual(after + 1);
  });

  describe('invalid preferences: BAD_USER_INPUT naming the field, nothing saved', () => {
    const saved = { ...OFF, mutedTypes: ['TASK_COMMENTED'], quietHoursStart: '22:00', quietHoursEnd: '07:00', timeZone: 'Europe/Bucharest' };
    beforeAll(async () => {
      expect(await setPrefs(saved)).toEqual(saved);
    });
    afterEach(async () => {
      expect((await as('liaison@ro.test', PREFS)).data).toEqual({ notificationPreferences: saved });
    });
    const attempt = (input: Record<string, unknown>) => as('liaison@ro.test', UPDATE_PREFS, { input: { ...OFF, ...input } });

    it('an unknown time zone', async () => {
      const res = await attempt({ timeZone: 'Mars/Olympus' });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['timeZone']);
    });

    it('a clock time that does not exist', async () => {
      const res = await attempt({ quietHoursStart: '25:00', quietHoursEnd: '07:00' });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['quietHoursStart']);
      const end = await attempt({ quietHoursStart: '22:00', quietHoursEnd: '7:60' });
      expect(errorCode(end)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(end)).toEqual(['quietHoursEnd']);
    });

    it('only one end of the quiet hours', async () => {
      const onlyStart = await attempt({ quietHoursStart: '22:00' });
      expect(errorCode(onlyStart)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(onlyStart)).toEqual(['quietHoursEnd']);
      const onlyEnd = await attempt({ quietHoursEnd: '07:00' });
      expect(errorCode(onlyEnd)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(onlyEnd)).toHaveLength(1);
      expect(['quietHoursStart', 'quietHoursEnd']).toContain(fieldsOf(onlyEnd)[0]);
    });

    it('an operation she cannot see (Coastal Harvest) gives the same answer as an operation that does not exist', async () => {
      const invisible = await attempt({ mutedOperationIds: [coastalId] });
      const unknown = await attempt({ mutedOperationIds: [randomUUID()] });
      expect(errorCode(invisible)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(invisible)).toEqual(['mutedOperationIds']);
      expect(invisible.errors![0].message).toBe(unknown.errors![0].message);
      expect(messagesOf(invisible)).toEqual(messagesOf(unknown));
      expect(invisible.errors![0].extensions).toEqual(unknown.errors![0].extensions);
      // a visible one next to it changes nothing
      const mixed = await attempt({ mutedOperationIds: [danubeId, coastalId] });
      expect(mixed.errors![0].extensions).toEqual(unknown.errors![0].extensions);
    });

    it('an operation id that is not an id', async () => {
      const res = await attempt({ mutedOperationIds: ['not-an-id'] });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['mutedOperationIds']);
    });
  });
});
