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
};
const at = (iso: string) => `[${iso.slice(11, 16)}]`;

describe('acknowledgement status', () => {
  it('says nothing for tasks that need no acknowledgement', () => {
    const state = acknowledgementState({ ...base, requiresAcknowledgement: false }, 15);
    expect(describeAcknowledgement(state, at)).toBeNull();
    expect(awaitsAcknowledgement(state)).toBe(false);
  });

  it('awaits the assignee agency and says when it escalates', () => {
    const state = acknowledgementState(base, 15);
    expect(describeAcknowledgement(state, at)).toEqual({
      headline: 'Awaiting acknowledgement from RO-DIOC (escalates after 15 min)',
    });
    expect(awaitsAcknowledgement(state)).toBe(true);
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
    expect(describeAcknowledgement(state, at)?.headline).toBe('Acknowledged by Ioana Popescu (RO-DIOC) at [14:05]');
    expect(awaitsAcknowledgement(state)).toBe(false);
  });

  it('shows an escalation and that the acknowledgement is still awaited', () => {
    const state = acknowledgementState({ ...base, escalatedAt: '2026-05-01T14:20:00.000Z' }, 15);
    expect(describeAcknowledgement(state, at)).toEqual({
      headline: 'Escalated to the coordinators at [14:20]',
      detail: 'Still awaiting acknowledgement from RO-DIOC',
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
