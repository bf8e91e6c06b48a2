import { NotificationType } from '@taskforce/domain';
import { acknowledgedToast, acknowledgementRefusal, offersAcknowledgement } from '../toast-acknowledgement';

const at = (iso: string) => `[${iso.slice(11, 16)}]`;

describe('Acknowledge in the toast', () => {
  it('is offered on urgent tasks for the agency or the person', () => {
    expect(offersAcknowledgement({ type: NotificationType.TASK_ASSIGNED_TO_AGENCY, urgent: true, taskId: 't1' })).toBe(true);
    expect(offersAcknowledgement({ type: NotificationType.TASK_ASSIGNED_TO_YOU, urgent: true, taskId: 't1' })).toBe(true);
  });

  it('is not offered on ordinary tasks, escalations to coordinators or notifications without a task', () => {
    expect(offersAcknowledgement({ type: NotificationType.TASK_ASSIGNED_TO_AGENCY, urgent: false, taskId: 't1' })).toBe(false);
    expect(offersAcknowledgement({ type: NotificationType.TASK_ESCALATED, urgent: true, taskId: 't1' })).toBe(false);
    expect(offersAcknowledgement({ type: NotificationType.TASK_ASSIGNED_TO_AGENCY, urgent: true, taskId: null })).toBe(false);
  });

  it('then says the person acknowledged it, and when', () => {
    const task = {
      title: 'Move the two minors',
      acknowledgedAt: '2026-05-01T15:04:00.000Z',
      acknowledgedBy: { id: 'ioana', displayName: 'Ioana Popescu', agency: { acronym: 'RO-DIOC' } },
    };
    expect(acknowledgedToast(task, 'ioana', at, '/operations/o1?task=t1')).toEqual({
      tone: 'success',
      title: 'Acknowledged: Move the two minors',
      body: 'You acknowledged it at [15:04].',
      href: '/operations/o1?task=t1',
      hrefLabel: 'Open task',
    });
  });

  it('or names the colleague who acknowledged it first', () => {
    const task = {
      title: 'Move the two minors',
      acknowledgedAt: '2026-05-01T15:02:00.000Z',
      acknowledgedBy: { id: 'mihai', displayName: 'Mihai Ionescu', agency: { acronym: 'RO-DIOC' } },
    };
    expect(acknowledgedToast(task, 'ioana', at)).toMatchObject({
      tone: 'info',
      title: 'Already acknowledged: Move the two minors',
      body: 'Mihai Ionescu (RO-DIOC) acknowledged it at [15:02].',
    });
  });

  it('explains a refusal by the server', () => {
    expect(acknowledgementRefusal('FORBIDDEN', 'Please try again.')).toBe(
      'Not allowed: only the liaison officers of the assignee agency or the assigned person acknowledge this task.',
    );
    expect(acknowledgementRefusal('INTERNAL', 'Please try again.')).toBe('Please try again.');
  });
});
