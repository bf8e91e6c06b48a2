import { isInAppPath, notificationHref, notificationLinkLabel } from '../notification-links';

describe('notificationHref', () => {
  it('opens the task on its operation board', () => {
    expect(notificationHref({ operationId: 'op 1', taskId: 't/2' })).toBe('/operations/op%201?task=t%2F2');
  });

  it('opens the board when the notification names no task', () => {
    expect(notificationHref({ operationId: 'op1', taskId: null })).toBe('/operations/op1');
  });

  it('has no link without an operation', () => {
    expect(notificationHref({ operationId: null, taskId: 't1' })).toBeUndefined();
  });
});

describe('lead notifications (body is only an in-app address)', () => {
  const lead = { operationId: null, taskId: null, body: '/leads/3f9a1c2e-0000-4000-8000-00000000abcd' };

  it('links to the lead and labels the link', () => {
    expect(notificationHref(lead)).toBe('/leads/3f9a1c2e-0000-4000-8000-00000000abcd');
    expect(notificationLinkLabel(lead)).toBe('Open lead');
  });

  it('never turns arbitrary text or other paths into links', () => {
    expect(notificationHref({ ...lead, body: 'https://evil.example/leads/x' })).toBeUndefined();
    expect(notificationHref({ ...lead, body: '/admin' })).toBeUndefined();
    expect(isInAppPath('Priority HIGH')).toBe(false);
  });
});

describe('invitation notifications (the invited agency does not see the operation yet)', () => {
  const invitation = { operationId: null, taskId: null, body: '/invitations' };

  it('links to the invitations page and labels the link', () => {
    expect(notificationHref(invitation)).toBe('/invitations');
    expect(notificationLinkLabel(invitation)).toBe('Open invitations');
    expect(isInAppPath('/invitations')).toBe(true);
  });

  it('links nowhere for look-alike paths', () => {
    expect(notificationHref({ ...invitation, body: '/invitations/../admin' })).toBeUndefined();
    expect(notificationHref({ ...invitation, body: '/invitations?x=1' })).toBeUndefined();
  });
});
