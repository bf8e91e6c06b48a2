import { InvitationStatus, Role } from '@taskforce/domain';
import { canAnswerInvitation, splitInvitations } from '../invitation-view';

const toRo = (status: InvitationStatus) => ({ status, agency: { id: 'ro', acronym: 'RO-DIOC' } });

describe('answering an invitation', () => {
  it('is for the invited agency’s coordinators and agency admins while it is pending', () => {
    expect(canAnswerInvitation({ userId: 'elena', agencyId: 'ro', roles: [Role.AGENCY_ADMIN] }, toRo(InvitationStatus.PENDING))).toBe(true);
    expect(canAnswerInvitation({ userId: 'c', agencyId: 'ro', roles: [Role.COORDINATOR] }, toRo(InvitationStatus.PENDING))).toBe(true);
  });

  it('is not for liaison officers, other agencies, or an invitation no longer pending', () => {
    expect(canAnswerInvitation({ userId: 'ioana', agencyId: 'ro', roles: [Role.LIAISON_OFFICER] }, toRo(InvitationStatus.PENDING))).toBe(false);
    expect(canAnswerInvitation({ userId: 'anna', agencyId: 'nl', roles: [Role.COORDINATOR] }, toRo(InvitationStatus.PENDING))).toBe(false);
    expect(canAnswerInvitation({ userId: 'elena', agencyId: 'ro', roles: [Role.AGENCY_ADMIN] }, toRo(InvitationStatus.EXPIRED))).toBe(false);
    expect(canAnswerInvitation(null, toRo(InvitationStatus.PENDING))).toBe(false);
  });

  it('lists pending invitations apart from the others, keeping the order', () => {
    const list = [toRo(InvitationStatus.ACCEPTED), toRo(InvitationStatus.PENDING), toRo(InvitationStatus.WITHDRAWN), toRo(InvitationStatus.PENDING)];
    const { pending, answered } = splitInvitations(list);
    expect(pending).toEqual([list[1], list[3]]);
    expect(answered).toEqual([list[0], list[2]]);
  });
});
