import { NotificationType } from '@taskforce/domain';
import { desktopAlertContent, shouldAlertOnDesktop, type DesktopAlertContext } from '../desktop-alerts';

const urgentForAgency = { type: NotificationType.TASK_ASSIGNED_TO_AGENCY, urgent: true };
const ready: DesktopAlertContext = { notification: urgentForAgency, permission: 'granted', enabled: true, visibility: 'hidden' };

describe('desktop alerts', () => {
  it('alert for urgent notifications while the tab is hidden', () => {
    expect(shouldAlertOnDesktop(ready)).toBe(true);
    expect(shouldAlertOnDesktop({ ...ready, notification: { type: NotificationType.TASK_ESCALATED, urgent: true } })).toBe(true);
  });

  it('alert for notifications addressed to the person, urgent or not', () => {
    for (const type of [
      NotificationType.TASK_ASSIGNED_TO_YOU,
      NotificationType.LEAD_APPROVAL_DECIDED,
      NotificationType.INFORMATION_REQUEST_ACKNOWLEDGED,
      NotificationType.INFORMATION_REQUEST_ANSWERED,
    ]) {
      expect({ type, alert: shouldAlertOnDesktop({ ...ready, notification: { type, urgent: false } }) }).toEqual({ type, alert: true });
    }
  });

  it('leave ordinary news for the agency or the coordinators to the toast', () => {
    for (const type of [NotificationType.TASK_ASSIGNED_TO_AGENCY, NotificationType.TASK_COMMENTED, NotificationType.LEAD_SHARED]) {
      expect({ type, alert: shouldAlertOnDesktop({ ...ready, notification: { type, urgent: false } }) }).toEqual({ type, alert: false });
    }
  });

  it('stay quiet in a visible tab, which shows the toast', () => {
    expect(shouldAlertOnDesktop({ ...ready, visibility: 'visible' })).toBe(false);
  });

  it('need the browser permission and the person not to have turned them off', () => {
    expect(shouldAlertOnDesktop({ ...ready, permission: 'default' })).toBe(false);
    expect(shouldAlertOnDesktop({ ...ready, permission: 'denied' })).toBe(false);
    expect(shouldAlertOnDesktop({ ...ready, permission: 'unsupported' })).toBe(false);
    expect(shouldAlertOnDesktop({ ...ready, enabled: false })).toBe(false);
  });

  it('say first that an alert is urgent', () => {
    // A stand-in for the translation: the id and the title it was given.
    const translate = (id: string, values: { title: string }) => `${id}(${values.title})`;
    expect(desktopAlertContent({ title: 'New task for RO-DIOC: Move the minors', body: 'Urgent priority', urgent: true }, translate)).toEqual({
      title: 'desktopAlerts.urgentTitle(New task for RO-DIOC: Move the minors)',
      body: 'Urgent priority',
    });
    expect(desktopAlertContent({ title: 'Task assigned to you: Check manifests', body: null, urgent: false }, translate)).toEqual({
      title: 'Task assigned to you: Check manifests',
      body: '',
    });
  });
});
