import { notificationHref } from '../notification-links';

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
