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
    expect(acknowledgedToast(task, 'ioana', at)).toEqual({
      tone: 'success',
      title: { id: 'toast.acknowledged', values: { task: 'Move the two minors' } },
      body: { id: 'toast.youAcknowledgedAt', values: { time: '[15:04]' } },
    });
    expect(acknowledgedToast({ ...task, acknowledgedAt: null }, 'ioana', at).body).toEqual({ id: 'toast.youAcknowledged' });
  });

  it('or names the colleague who acknowledged it first', () => {
    const task = {
      title: 'Move the two minors',
      acknowledgedAt: '2026-05-01T15:02:00.000Z',
      acknowledgedBy: { id: 'mihai', displayName: 'Mihai Ionescu', agency: { acronym: 'RO-DIOC' } },
    };
    expect(acknowledgedToast(task, 'ioana', at)).toEqual({
      tone: 'info',
      title: { id: 'toast.alreadyAcknowledged', values: { task: 'Move the two minors' } },
      body: { id: 'toast.acknowledgedByAt', values: { name: 'Mihai Ionescu', agency: 'RO-DIOC', time: '[15:02]' } },
    });
  });

  it('explains a refusal by the server', () => {
    expect(acknowledgementRefusal('FORBIDDEN')).toBe('toast.acknowledgeForbidden');
    expect(acknowledgementRefusal('INTERNAL')).toBeUndefined();
  });
});
