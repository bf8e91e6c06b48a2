import { NotificationType } from '@taskforce/domain';
import { notificationHref, notificationLinkLabel } from '../notification-links';

describe('notificationHref', () => {
  it('opens the task on its operation board', () => {
    expect(notificationHref({ operationId: 'op 1', taskId: 't/2' })).toBe('/operations/op%201?task=t%2F2');
    expect(notificationLinkLabel({ operationId: 'op 1', taskId: 't/2' })).toBe('notification.openTask');
  });

  it('opens the board when the notification names no task', () => {
    expect(notificationHref({ operationId: 'op1', taskId: null })).toBe('/operations/op1');
    expect(notificationLinkLabel({ operationId: 'op1', taskId: null })).toBe('notification.openOperation');
  });

  it('has no link without an operation, a lead or an invitation type', () => {
    expect(notificationHref({ operationId: null, taskId: 't1' })).toBeUndefined();
    expect(notificationHref({ type: NotificationType.TASK_COMMENTED, operationId: null, taskId: null, leadId: null })).toBeUndefined();
  });
});

describe('lead notifications (the lead named by leadId)', () => {
  const lead = { type: NotificationType.LEAD_SHARED, operationId: null, taskId: null, leadId: '3f9a1c2e-0000-4000-8000-00000000abcd' };

  it('links to the lead and labels the link', () => {
    expect(notificationHref(lead)).toBe('/leads/3f9a1c2e-0000-4000-8000-00000000abcd');
    expect(notificationLinkLabel(lead)).toBe('notification.openLead');
  });

  it('encodes the id as one path segment', () => {
    expect(notificationHref({ ...lead, leadId: '../admin' })).toBe('/leads/..%2Fadmin');
  });
});

describe('invitation notifications (the invited agency does not see the operation yet)', () => {
  it('links to the invitations page by type, received or withdrawn', () => {
    for (const type of [NotificationType.OPERATION_INVITATION_RECEIVED, NotificationType.OPERATION_INVITATION_WITHDRAWN]) {
      const invitation = { type, operationId: null, taskId: null, leadId: null };
      expect(notificationHref(invitation)).toBe('/invitations');
      expect(notificationLinkLabel(invitation)).toBe('notification.openInvitations');
    }
  });
});
