import { AddressInfo } from 'node:net';
import { AlertMailService } from '@taskforce/api-notifications';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { AGENCIES, OPERATIONS, PEOPLE } from '../support/sample-task-force';
import { gql, login, startTestApp, TestApp } from '../support/test-app';

/** One e-mail as the test's SMTP server received it, decoded. */
interface Received {
  to: string[];
  from: string;
  subject: string;
  text: string;
  raw: string;
}

/**
 * Alert e-mails against the real API and PostgreSQL, received by a real SMTP server started here (smtp-server) and
 * decoded with mailparser. The alert delay is 10 minutes (the default); the sweep runs when the test calls
 * `sendDue(now)` with an instant after the notifications came. Requests for information make the notifications: the
 * Romanian prosecutors (liaison@ro.test) write to the Netherlands police, whose liaison officer (liaison@nl.test) is
 * notified; the subjects and bodies are marked TLP:RED and H3, and no e-mail may carry any of them.
 */
describe('alert e-mails for notifications nobody has seen', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  let alerts: AlertMailService;
  const inbox: Received[] = [];
  let refuse = false;
  const token: Record<string, string> = {};
  let agency: Record<string, string>;
  let danube: string;
  const MINUTE = 60_000;
  const CONDITION = 'Not for court without RO-DIOC consent';
  const SECRETS = ['Safe house in Rotterdam-Zuid', 'The informant is the driver', 'Joint Operation Danube Route', 'RO-DIOC', 'NL-POL', CONDITION];

  const send = async (subject: string, body: string, priority = 'HIGH') => {
    const res = await gql(
      t.url,
      'mutation($input: SendInformationRequestInput!) { sendInformationRequest(input: $input) { id } }',
      { input: { operationId: danube, toAgencyId: agency['NL-POL'], subject, body, priority, tlp: 'RED', handlingCode: 'H3', handlingCondition: CONDITION } },
      token['liaison@ro.test'],
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const [row] = await t.db.query(`SELECT max(created_at) AS at FROM notifications WHERE recipient_user_id = (SELECT id FROM users WHERE email = 'liaison@nl.test')`);
    return new Date(row.at).getTime();
  };
  const to = (email: string) => inbox.filter((mail) => mail.to.includes(email));

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address, _session, callback) {
        callback(refuse ? Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }) : undefined);
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw).then(
            (mail) => {
              inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', subject: mail.subject ?? '', text: mail.text ?? '', raw: raw.toString('utf8') });
              callback();
            },
            (err: Error) => callback(err),
          );
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Task force <alerts@taskforce.test>', PUBLIC_URL: 'https://taskforce.example.org/' }, { demoData: false });
    alerts = t.app.get(AlertMailService);
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC']);
    await f.person(PEOPLE['liaison@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['coordinator@nl.test']);
    await f.operation({ ...OPERATIONS.danube, agencies: ['RO-DIOC'], participants: [] });
    for (const email of ['liaison@nl.test', 'liaison@ro.test']) token[email] = await login(t.url, email, FIXTURE_PASSWORD);
    agency = f.agencies;
    danube = f.operations[OPERATIONS.danube.name];
  });
  afterAll(async () => {
    await t?.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('one e-mail after 10 minutes unseen, with a count and a link and nothing of what the notifications concern', async () => {
    const at = await send('Safe house in Rotterdam-Zuid', 'The informant is the driver');
    expect(await alerts.sendDue(new Date(at + 10 * MINUTE - 1000))).toEqual([]);
    expect(await alerts.sendDue(new Date(at + 10 * MINUTE + 1000))).toHaveLength(1);
    const mails = to('liaison@nl.test');
    expect(mails).toHaveLength(1);
    expect(mails[0].from).toBe('alerts@taskforce.test');
    expect(mails[0].subject).toBe('Something needs your attention in the task-force workspace');
    expect(mails[0].text).toContain('1 notification in the task-force workspace is waiting for you.');
    expect(mails[0].text).toContain('Sign in to read it: https://taskforce.example.org');
    for (const secret of SECRETS) {
      expect([secret, mails[0].text.includes(secret) || mails[0].subject.includes(secret) || mails[0].raw.includes(secret)]).toEqual([secret, false]);
    }
    // The same notification is never e-mailed again.
    expect(await alerts.sendDue(new Date(at + 60 * MINUTE))).toEqual([]);
    expect(to('liaison@nl.test')).toHaveLength(1);
  });

  it('at most one e-mail per person per delay; the next one counts only what came since', async () => {
    inbox.length = 0;
    const [{ last }] = await t.db.query(`SELECT alert_emailed_at AS last FROM users WHERE email = 'liaison@nl.test'`);
    const lastMail = new Date(last).getTime();
    await send('Bus timetable', 'Which buses stop at the farm?');
    const second = await send('Bank statements', 'For the account of the recruiter', 'URGENT');
    // Both old enough, but the last e-mail went out less than 10 minutes before (it went out at the first one's
    // 10 minutes and 1 second; these came a moment after the first one).
    const tooSoon = second + 10 * MINUTE + 1000;
    expect(tooSoon).toBeLessThan(lastMail + 10 * MINUTE);
    expect(await alerts.sendDue(new Date(tooSoon))).toEqual([]);
    const later = Math.max(second + 10 * MINUTE, lastMail + 10 * MINUTE) + 1000;
    expect(await alerts.sendDue(new Date(later))).toHaveLength(1);
    const mails = to('liaison@nl.test');
    expect(mails.map((m) => m.subject)).toEqual(['Urgent: something needs your attention in the task-force workspace']);
    expect(mails[0].text).toContain('2 notifications (1 urgent) in the task-force workspace are waiting for you.');
  });

  it('nothing for notifications read, seen (the person was active since), muted, or of an operation the agency left', async () => {
    inbox.length = 0;
    const base = Date.now() + 24 * 60 * MINUTE;
    const nl = await gql(t.url, '{ me { id } }', {}, token['liaison@nl.test']);
    const userId = (nl.data as { me: { id: string } }).me.id;
    // Read.
    await send('Read one', 'Body');
    await gql(t.url, 'mutation { markAllNotificationsRead }', {}, token['liaison@nl.test']);
    expect(await alerts.sendDue(new Date(base))).toEqual([]);
    // Seen: a session of the person was active after it came.
    await send('Seen one', 'Body');
    await t.db.query(`UPDATE sessions SET last_seen_at = now() + interval '1 second' WHERE user_id = $1`, [userId]);
    expect(await alerts.sendDue(new Date(base + 20 * MINUTE))).toEqual([]);
    // Muted kind, not urgent.
    await t.db.query(`UPDATE sessions SET last_seen_at = now() - interval '1 minute' WHERE user_id = $1`, [userId]);
    const muted = await gql(
      t.url,
      'mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { mutedTypes } }',
      { input: { mutedTypes: ['INFORMATION_REQUEST_RECEIVED'], mutedOperationIds: [], timeZone: 'UTC' } },
      token['liaison@nl.test'],
    );
    expect(muted.errors).toBeUndefined();
    await send('Muted one', 'Body', 'LOW');
    expect(await alerts.sendDue(new Date(base + 40 * MINUTE))).toEqual([]);
    await gql(t.url, 'mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { mutedTypes } }', { input: { mutedTypes: [], mutedOperationIds: [], timeZone: 'UTC' } }, token['liaison@nl.test']);
    await gql(t.url, 'mutation { markAllNotificationsRead }', {}, token['liaison@nl.test']);
    // Of an operation the agency no longer takes part in.
    await send('Before leaving', 'Body');
    await t.db.query(`DELETE FROM operation_agencies WHERE operation_id = $1 AND agency_id = $2`, [danube, agency['NL-POL']]);
    try {
      expect(await alerts.sendDue(new Date(base + 60 * MINUTE))).toEqual([]);
    } finally {
      await t.db.query(`INSERT INTO operation_agencies (operation_id, agency_id, role) VALUES ($1, $2, 'PARTY')`, [danube, agency['NL-POL']]);
    }
    expect(to('liaison@nl.test')).toEqual([]);
    await gql(t.url, 'mutation { markAllNotificationsRead }', {}, token['liaison@nl.test']);
  });

  it('during quiet hours only urgent notifications are e-mailed; a refused send is tried again later', async () => {
    inbox.length = 0;
    // Quiet hours from 6 to 12 hours after the current UTC hour, so that the notifications made now are not held back
    // when they come (that is the live push's rule) and the sweep runs inside the window.
    const hour = new Date().getUTCHours();
    const clock = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;
    const quiet = await gql(
      t.url,
      'mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { quietHoursStart } }',
      { input: { mutedTypes: [], mutedOperationIds: [], quietHoursStart: clock(hour + 6), quietHoursEnd: clock(hour + 12), timeZone: 'UTC' } },
      token['liaison@nl.test'],
    );
    expect(quiet.errors).toBeUndefined();
    await send('Not urgent in quiet hours', 'Body', 'LOW');
    // Three days on, 7 hours after the current hour: inside the quiet hours, well after every earlier e-mail.
    const inQuiet = new Date(Date.now() + 3 * 24 * 60 * MINUTE);
    inQuiet.setUTCHours(hour + 7, 0, 0, 0);
    expect(await alerts.sendDue(inQuiet)).toEqual([]);
    await send('Urgent in quiet hours', 'Body', 'URGENT');
    const later = new Date(inQuiet.getTime() + 60 * MINUTE);
    refuse = true;
    expect(await alerts.sendDue(later)).toEqual([]);
    refuse = false;
    expect(await alerts.sendDue(new Date(later.getTime() + MINUTE))).toHaveLength(1);
    expect(to('liaison@nl.test').map((m) => m.text.split('\n')[2])).toEqual(['1 notification (1 urgent) in the task-force workspace is waiting for you.']);
    // When the quiet hours end, the one that waited goes.
    const after = new Date(inQuiet.getTime() + 6 * 60 * MINUTE);
    expect(await alerts.sendDue(after)).toHaveLength(1);
    expect(to('liaison@nl.test').map((m) => m.text.split('\n')[2])).toEqual([
      '1 notification (1 urgent) in the task-force workspace is waiting for you.',
      '1 notification in the task-force workspace is waiting for you.',
    ]);
  });
});
