import { isLeadNotification, noticeHeading } from '../lead-notifications';

describe('lead notifications', () => {
  it('recognises the three lead notification types only', () => {
    expect(isLeadNotification('LEAD_SHARED')).toBe(true);
    expect(isLeadNotification('LEAD_APPROVAL_REQUESTED')).toBe(true);
    expect(isLeadNotification('LEAD_APPROVAL_DECIDED')).toBe(true);
    expect(isLeadNotification('TASK_ASSIGNED_TO_AGENCY')).toBe(false);
  });
});

describe('noticeHeading', () => {
  it('capitalises the server notice, and gives none for a blank one (the screen writes its own heading)', () => {
    expect(noticeHeading('removed: victim personal data — rule NL-2')).toBe('Removed: victim personal data — rule NL-2');
    expect(noticeHeading('  ')).toBeNull();
  });
});
