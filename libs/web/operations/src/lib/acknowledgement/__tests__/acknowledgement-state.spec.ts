import { Role, TaskStatus } from '@taskforce/domain';
import {
  acknowledgementState,
  awaitsAcknowledgement,
  describeAcknowledgement,
  mayAcknowledge,
  type AcknowledgeableTask,
} from '../acknowledgement-state';

const base: AcknowledgeableTask = {
  status: TaskStatus.OPEN,
  requiresAcknowledgement: true,
  acknowledgedAt: null,
  acknowledgedBy: null,
  escalatedAt: null,
  assigneeAgency: { id: 'ro', acronym: 'RO-DIOC' },
  assigneeUser: null,
  createdAt: '2026-05-01T14:48:00.000Z',
};
const at = (iso: string) => `[${iso.slice(11, 16)}]`;

describe('acknowledgement status', () => {
  it('says nothing for tasks that need no acknowledgement', () => {
    const state = acknowledgementState({ ...base, requiresAcknowledgement: false }, 15);
    expect(describeAcknowledgement(state, at)).toBeNull();
    expect(awaitsAcknowledgement(state)).toBe(false);
  });

  it('awaits the assignee agency and counts down to the escalation', () => {
    // Created at 14:48 with 15 minutes to acknowledge: escalates at 15:03.
    const state = acknowledgementState(base, 15);
    expect(describeAcknowledgement(state, at, Date.parse('2026-05-01T14:57:00.000Z'), 'en-GB')).toEqual({
      headline: { id: 'ack.awaitingUntil', values: { agency: 'RO-DIOC', time: '[15:03]', left: 'in 6 minutes' } },
    });
    expect(describeAcknowledgement(state, at, Date.parse('2026-05-01T15:02:30.000Z'), 'en-GB')?.headline).toEqual({
      id: 'ack.awaitingUntil',
      values: { agency: 'RO-DIOC', time: '[15:03]', left: 'in 1 minute' },
    });
    // The countdown is in the person's language: Intl's French.
    expect(describeAcknowledgement(state, at, Date.parse('2026-05-01T14:57:00.000Z'), 'fr')?.headline.values?.['left']).toBe('dans 6 minutes');
    expect(awaitsAcknowledgement(state)).toBe(true);
  });

  it('says the escalation is due once its time has passed and the server has not escalated yet', () => {
    const state = acknowledgementState(base, 15);
    expect(describeAcknowledgement(state, at, Date.parse('2026-05-01T15:03:20.000Z'), 'en-GB')?.headline).toEqual({
      id: 'ack.awaitingDue',
      values: { agency: 'RO-DIOC', time: '[15:03]' },
    });
  });

  it('falls back to the escalation time alone when the creation time is unreadable', () => {
    const state = acknowledgementState({ ...base, createdAt: '' }, 15);
    expect(describeAcknowledgement(state, at)?.headline).toEqual({ id: 'ack.awaitingAfter', values: { agency: 'RO-DIOC', minutes: 15 } });
  });

  it('names who acknowledged and when', () => {
    const state = acknowledgementState(
      {
        ...base,
        acknowledgedAt: '2026-05-01T14:05:00.000Z',
        acknowledgedBy: { displayName: 'Ioana Popescu', agency: { acronym: 'RO-DIOC' } },
        escalatedAt: '2026-05-01T14:00:00.000Z',
      },
      15,
    );
    expect(describeAcknowledgement(state, at)?.headline).toEqual({
      id: 'ack.acknowledgedBy',
      values: { name: 'Ioana Popescu', agency: 'RO-DIOC', time: '[14:05]' },
    });
    expect(awaitsAcknowledgement(state)).toBe(false);
  });

  it('shows an escalation and that the acknowledgement is still awaited', () => {
    const state = acknowledgementState({ ...base, escalatedAt: '2026-05-01T14:20:00.000Z' }, 15);
    expect(describeAcknowledgement(state, at)).toEqual({
      headline: { id: 'ack.escalated', values: { time: '[14:20]' } },
      detail: { id: 'ack.stillAwaiting', values: { agency: 'RO-DIOC' } },
    });
    expect(awaitsAcknowledgement(state)).toBe(true);
  });

  it('stops awaiting once the task is finished', () => {
    const state = acknowledgementState({ ...base, status: TaskStatus.CANCELLED }, 15);
    expect(state.kind).toBe('closed-unacknowledged');
    expect(awaitsAcknowledgement(state)).toBe(false);
  });
});

describe('mayAcknowledge', () => {
  const liaison = { id: 'u1', roles: [Role.LIAISON_OFFICER], agency: { id: 'ro' } };

  it('lets liaison officers of the assignee agency and the assignee person acknowledge', () => {
    expect(mayAcknowledge(liaison, base)).toBe(true);
    const member = { id: 'u2', roles: [Role.MEMBER], agency: { id: 'ro' } };
    expect(mayAcknowledge(member, base)).toBe(false);
    expect(mayAcknowledge(member, { ...base, assigneeUser: { id: 'u2' } })).toBe(true);
  });

  it('refuses liaison officers of other agencies, coordinators and signed-out viewers', () => {
    expect(mayAcknowledge({ ...liaison, agency: { id: 'nl' } }, base)).toBe(false);
    expect(mayAcknowledge({ id: 'c', roles: [Role.COORDINATOR], agency: { id: 'nl' } }, base)).toBe(false);
    expect(mayAcknowledge(null, base)).toBe(false);
  });
});
