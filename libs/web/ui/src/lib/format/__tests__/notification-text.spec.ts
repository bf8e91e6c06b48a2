/// <reference types="node" />
import { getConfig } from '@lingui/conf';
import { setupI18n, type I18n } from '@lingui/core';
import { NotificationType } from '@taskforce/domain';
import { join } from 'node:path';
import { notificationText, type NotificationTextSource } from '../notification-text';

// Lingui's own catalogue reader and ICU compiler, as the catalogue check uses them (their types come through `exports`).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { getCatalogs } = require('@lingui/cli/api') as {
  getCatalogs(config: unknown): Promise<Array<{ path: string; read(locale: string): Promise<Record<string, { translation?: string }> | undefined> }>>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compileMessageOrThrow } = require('@lingui/message-utils/compileMessage') as { compileMessageOrThrow(message: string): unknown };

const ROOT = join(__dirname, '../../../../../../..');

/** The real `shell` catalogue of `locale`, compiled, in a Lingui instance. */
async function shellIn(locale: string): Promise<I18n> {
  const config = getConfig({ configPath: join(ROOT, 'lingui.config.ts'), skipValidation: true });
  const shell = (await getCatalogs(config)).find((c) => c.path.endsWith('/shell'));
  const messages = Object.fromEntries(Object.entries((await shell?.read(locale)) ?? {}).map(([id, m]) => [id, compileMessageOrThrow(m.translation ?? '')]));
  const i18n = setupI18n();
  i18n.load(locale, messages as never);
  i18n.activate(locale);
  return i18n;
}

const values = (v: Record<string, string>) => Object.entries(v).map(([name, value]) => ({ name, value }));
const of = (type: NotificationType, v: Record<string, string>, title = 'English title from the API', body: string | null = null): NotificationTextSource => ({
  type,
  title,
  body,
  textValues: values(v),
});

describe('notification texts written in the reader’s language from the type and values', () => {
  let en: I18n;
  let fr: I18n;
  beforeAll(async () => {
    en = await shellIn('en');
    fr = await shellIn('fr');
  }, 60_000);
  const write = (i18n: I18n, n: NotificationTextSource) => notificationText((id, v) => i18n._(id, v), n);

  // English expectations: the sentences the API writes in `title` and `body` for the same facts (see the services).
  it.each<[string, NotificationTextSource, { title: string; body: string | null }]>([
    ['an agency’s new task', of(NotificationType.TASK_ASSIGNED_TO_AGENCY, { agency: 'RO-DIOC', task: 'Move the minors', priority: 'URGENT' }), { title: 'New task for RO-DIOC: Move the minors', body: 'Urgent priority' }],
    ['a personal task', of(NotificationType.TASK_ASSIGNED_TO_YOU, { task: 'Check manifests', priority: 'MEDIUM' }), { title: 'Task assigned to you: Check manifests', body: 'Medium priority' }],
    ['a status change, by the statuses’ labels', of(NotificationType.TASK_STATUS_CHANGED, { task: 'Check manifests', fromStatus: 'OPEN', toStatus: 'IN_PROGRESS' }), { title: 'Check manifests: Open → In progress', body: null }],
    ['an escalation', of(NotificationType.TASK_ESCALATED, { agency: 'BE-SIS', minutes: '15', task: 'Raid' }), { title: 'No acknowledgement from BE-SIS within 15 min: Raid', body: null }],
    ['an answer to an invitation', of(NotificationType.OPERATION_INVITATION_ANSWERED, { agency: 'IOM', operation: 'Danube Route', answer: 'DECLINED' }), { title: 'IOM declined the invitation to Danube Route', body: null }],
    ['an agency removed, with its open tasks', of(NotificationType.OPERATION_AGENCY_LEFT, { agency: 'SPF', operation: 'Danube Route', action: 'AGENCY_REMOVED', openTasks: '2' }), { title: 'SPF was removed from Danube Route', body: '2 open tasks assigned to SPF need a new assignee or cancelling' }],
    ['an agency that left with one open task', of(NotificationType.OPERATION_AGENCY_LEFT, { agency: 'SPF', operation: 'Danube Route', action: 'AGENCY_LEFT', openTasks: '1' }), { title: 'SPF left Danube Route', body: '1 open task assigned to SPF needs a new assignee or cancelling' }],
    ['an operation’s status', of(NotificationType.OPERATION_STATUS_CHANGED, { operation: 'Danube Route', fromStatus: 'ACTIVE', toStatus: 'SUSPENDED' }, 'x', 'court order'), { title: 'Danube Route: Active → Suspended', body: 'court order' }],
    ['an invitation withdrawn as the operation closed', of(NotificationType.OPERATION_INVITATION_WITHDRAWN, { agency: 'IOM', operation: 'Danube Route', cause: 'OPERATION_CLOSED' }), { title: 'The invitation of IOM to join Danube Route was withdrawn', body: 'the joint operation closed' }],
    ['a mention of the agency', of(NotificationType.OPERATION_MENTION, { author: 'Ana Pop', mentioned: 'AGENCY', operation: 'Danube Route' }), { title: 'Ana Pop mentioned your agency in Danube Route', body: null }],
    ['an urgent request without due date', of(NotificationType.INFORMATION_REQUEST_RECEIVED, { from: 'NL-POL', operation: 'Danube Route', priority: 'URGENT' }), { title: 'NL-POL sent your agency a request for information in Danube Route (urgent)', body: null }],
    ['an overdue request', of(NotificationType.INFORMATION_REQUEST_ESCALATED, { from: 'NL-POL', to: 'RO-DIOC', operation: 'Danube Route', reason: 'OVERDUE', minutes: '15' }), { title: 'Request for information from NL-POL not answered by RO-DIOC by its due date (Danube Route)', body: null }],
    ['a selector another agency asked about', of(NotificationType.SELECTOR_QUERIED, { agency: 'NL-POL', kind: 'IBAN', case: 'c-1' }), { title: 'NL-POL asked about an IBAN of one of your leads', body: 'Deconfliction case c-1: decide whether to make contact.' }],
    ['a selector asked about by an agency no longer known', of(NotificationType.SELECTOR_QUERIED, { kind: 'PHONE', case: 'c-2' }), { title: 'Another agency asked about a phone number of one of your leads', body: 'Deconfliction case c-2: decide whether to make contact.' }],
    ['a contact proposed on a case (body as typed)', of(NotificationType.DECONFLICTION_CONTACT_PROPOSED, { agency: 'RO-DIOC', case: 'c-3' }, 'x', 'Call us at 10:00'), { title: 'RO-DIOC proposes contact on a deconfliction case', body: 'Call us at 10:00' }],
    ['a lead requested from a case', of(NotificationType.DECONFLICTION_LEAD_REQUESTED, { agency: 'NL-POL', case: 'c-4' }), { title: 'NL-POL requests your lead in a deconfliction case', body: 'Deconfliction case c-4: review the request and the sharing decision, then approve or decline.' }],
    ['a lead request shared', of(NotificationType.DECONFLICTION_LEAD_REQUEST_DECIDED, { agency: 'RO-DIOC', case: 'c-5', decision: 'SHARED' }, 'x', 'Agreed'), { title: 'RO-DIOC shared its lead with your agency', body: 'Agreed' }],
    ['a lead request declined', of(NotificationType.DECONFLICTION_LEAD_REQUEST_DECIDED, { agency: 'RO-DIOC', case: 'c-5', decision: 'DECLINED' }, 'x', 'File closed'), { title: 'RO-DIOC did not share its lead', body: 'File closed' }],
  ])('%s', (_name, n, expected) => {
    expect(write(en, n)).toEqual(expected);
  });

  it('the same facts in French', () => {
    expect(write(fr, of(NotificationType.TASK_ASSIGNED_TO_AGENCY, { agency: 'RO-DIOC', task: 'Move the minors', priority: 'URGENT' }))).toEqual({
      title: 'Nouvelle tâche pour RO-DIOC : Move the minors',
      body: 'Priorité urgente',
    });
    expect(write(fr, of(NotificationType.OPERATION_MENTION, { author: 'Ana Pop', mentioned: 'PERSON', operation: 'Danube Route' })).title).toBe('Ana Pop vous a mentionné dans Danube Route');
  });

  it('lead notifications never need values; a notification stored without values keeps the API’s English text', () => {
    expect(write(fr, { type: NotificationType.LEAD_SHARED, title: 'A lead needs your attention', body: null, textValues: [] }).title).toBe('Une piste requiert votre attention');
    const old = { type: NotificationType.TASK_COMMENTED, title: 'New comment on Raid', body: null, textValues: [] };
    expect(write(fr, old)).toEqual({ title: 'New comment on Raid', body: null });
    const unknown = { type: 'SOMETHING_NEWER', title: 'Written by a newer API', body: 'as is', textValues: values({ x: '1' }) };
    expect(write(fr, unknown)).toEqual({ title: 'Written by a newer API', body: 'as is' });
  });
});
