import { InvitationStatus, OperationStatus, Role } from '../enums';
import {
  canBeCoordinatorOf,
  canLeaveOperation,
  hearsOfInvitations,
  invitationStatusAt,
  isAllowedOperationTransition,
  isOperationWritable,
  isPeriodExtension,
  operationTransitionNeedsReason,
  speaksForAgency,
} from '../operation-lifecycle';
import { Actor, canCreateTask, canEditTask, canUpdateTaskStatus, OperationFacts } from '../task-rules';

const { PLANNED, ACTIVE, SUSPENDED, CLOSED } = OperationStatus;

describe('joint operation lifecycle: PLANNED → ACTIVE ⇄ SUSPENDED → CLOSED', () => {
  it.each([
    [PLANNED, ACTIVE, true],
    [PLANNED, SUSPENDED, false],
    [PLANNED, CLOSED, true],
    [ACTIVE, SUSPENDED, true],
    [ACTIVE, CLOSED, true],
    [ACTIVE, PLANNED, false],
    [SUSPENDED, ACTIVE, true],
    [SUSPENDED, CLOSED, true],
    [SUSPENDED, PLANNED, false],
    [CLOSED, ACTIVE, false],
    [CLOSED, SUSPENDED, false],
    [CLOSED, PLANNED, false],
    [ACTIVE, ACTIVE, false],
  ])('%s → %s allowed: %s', (from, to, expected) => {
    expect(isAllowedOperationTransition(from, to)).toBe(expected);
  });

  it('suspending and closing must say why; activating need not', () => {
    expect([PLANNED, ACTIVE, SUSPENDED, CLOSED].map(operationTransitionNeedsReason)).toEqual([false, false, true, true]);
  });

  it('a closed operation is read-only for everyone, its coordinator included', () => {
    const closed: OperationFacts = { status: CLOSED, participatingAgencyIds: ['nl', 'ro'], coordinatorUserIds: ['anna'] };
    const anna: Actor = { userId: 'anna', agencyId: 'nl', roles: [Role.COORDINATOR] };
    const ioana: Actor = { userId: 'ioana', agencyId: 'ro', roles: [Role.MEMBER] };
    expect(isOperationWritable(CLOSED)).toBe(false);
    expect(canCreateTask(anna, closed)).toBe(false);
    expect(canEditTask(anna, closed)).toBe(false);
    expect(canUpdateTaskStatus(anna, closed, { status: 'OPEN' as never, assigneeAgencyId: 'ro' })).toBe(false);
    expect(canUpdateTaskStatus(ioana, closed, { status: 'OPEN' as never, assigneeAgencyId: 'ro' })).toBe(false);
    expect([PLANNED, ACTIVE, SUSPENDED].every(isOperationWritable)).toBe(true);
  });
});

describe('who answers for an agency on invitations and leaving', () => {
  const operation: OperationFacts = { status: ACTIVE, participatingAgencyIds: ['nl', 'ro'], coordinatorUserIds: ['anna'] };
  it.each([
    ['coordinator of the invited agency', { userId: 'u', agencyId: 'ro', roles: [Role.COORDINATOR] }, 'ro', true],
    ['agency admin of the invited agency', { userId: 'u', agencyId: 'ro', roles: [Role.AGENCY_ADMIN] }, 'ro', true],
    ['liaison officer of the invited agency (hears of it, does not answer)', { userId: 'u', agencyId: 'ro', roles: [Role.LIAISON_OFFICER] }, 'ro', false],
    ['coordinator of another agency', { userId: 'u', agencyId: 'nl', roles: [Role.COORDINATOR] }, 'ro', false],
    ['platform admin (no bypass)', { userId: 'u', agencyId: 'sec', roles: [Role.PLATFORM_ADMIN] }, 'ro', false],
  ])('%s answers: %s', (_label, actor, agencyId, expected) => {
    expect(speaksForAgency(actor as Actor, agencyId)).toBe(expected);
  });

  it('the invited agency’s admins, coordinators and liaison officers hear of an invitation, members and analysts do not', () => {
    expect([Role.AGENCY_ADMIN, Role.COORDINATOR, Role.LIAISON_OFFICER, Role.MEMBER, Role.ANALYST].map((r) => hearsOfInvitations([r]))).toEqual([true, true, true, false, false]);
  });

  it('any participating agency but the lead may leave, through its coordinator or agency admin', () => {
    expect(canLeaveOperation({ userId: 'u', agencyId: 'ro', roles: [Role.AGENCY_ADMIN] }, operation, 'nl')).toBe(true);
    expect(canLeaveOperation({ userId: 'u', agencyId: 'ro', roles: [Role.MEMBER] }, operation, 'nl')).toBe(false);
    expect(canLeaveOperation({ userId: 'anna', agencyId: 'nl', roles: [Role.COORDINATOR] }, operation, 'nl')).toBe(false);
    expect(canLeaveOperation({ userId: 'u', agencyId: 'be', roles: [Role.COORDINATOR] }, operation, 'nl')).toBe(false);
  });

  it('a co-coordinator must hold the COORDINATOR role in a participating agency and be active', () => {
    expect(canBeCoordinatorOf({ agencyId: 'ro', roles: [Role.COORDINATOR], disabled: false }, operation)).toBe(true);
    expect(canBeCoordinatorOf({ agencyId: 'ro', roles: [Role.LIAISON_OFFICER], disabled: false }, operation)).toBe(false);
    expect(canBeCoordinatorOf({ agencyId: 'be', roles: [Role.COORDINATOR], disabled: false }, operation)).toBe(false);
    expect(canBeCoordinatorOf({ agencyId: 'ro', roles: [Role.COORDINATOR], disabled: true }, operation)).toBe(false);
  });
});

describe('invitations expire', () => {
  const sent = new Date('2026-03-01T09:00:00Z');
  const expiresAt = new Date(sent.getTime() + 14 * 24 * 3600 * 1000);
  it('a pending invitation is pending until the instant it expires, then EXPIRED', () => {
    expect(invitationStatusAt({ status: InvitationStatus.PENDING, expiresAt }, new Date('2026-03-15T08:59:59Z'))).toBe(InvitationStatus.PENDING);
    expect(invitationStatusAt({ status: InvitationStatus.PENDING, expiresAt }, new Date('2026-03-15T09:00:00Z'))).toBe(InvitationStatus.EXPIRED);
  });
  it('an answered invitation keeps its answer after the expiry date', () => {
    expect(invitationStatusAt({ status: InvitationStatus.ACCEPTED, expiresAt }, new Date('2027-01-01T00:00:00Z'))).toBe(InvitationStatus.ACCEPTED);
    expect(invitationStatusAt({ status: InvitationStatus.DECLINED, expiresAt }, new Date('2027-01-01T00:00:00Z'))).toBe(InvitationStatus.DECLINED);
  });
});

describe('extending the period', () => {
  it.each([
    [{ startsOn: '2026-01-01', endsOn: '2026-06-30' }, { startsOn: '2026-01-01', endsOn: '2026-12-31' }, true],
    [{ startsOn: '2026-01-01', endsOn: '2026-06-30' }, { startsOn: '2026-01-01', endsOn: null }, true],
    [{ startsOn: '2026-01-01', endsOn: '2026-06-30' }, { startsOn: '2026-01-01', endsOn: '2026-05-31' }, false],
    [{ startsOn: '2026-01-01', endsOn: '2026-06-30' }, { startsOn: '2026-02-01', endsOn: '2026-06-30' }, false],
    [{ startsOn: null, endsOn: null }, { startsOn: null, endsOn: '2026-06-30' }, false],
  ])('%j → %j is an extension: %s', (before, after, expected) => {
    expect(isPeriodExtension(before, after)).toBe(expected);
  });
});
