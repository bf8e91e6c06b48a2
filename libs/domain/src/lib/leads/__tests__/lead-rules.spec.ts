import { Role } from '../../enums';
import { isAllowedLeadStatusMove, isLeadShareApprover, isLeadWriter, LeadStatus, leadStatusMoves } from '../lead-rules';

describe('lead status moves', () => {
  it.each([
    ['a NEW lead goes under assessment or is closed', 'NEW', ['UNDER_ASSESSMENT', 'CLOSED']],
    ['a lead under assessment is actioned or closed', 'UNDER_ASSESSMENT', ['ACTIONED', 'CLOSED']],
    ['an actioned lead can only be closed', 'ACTIONED', ['CLOSED']],
    ['a CLOSED lead is only reopened for a new assessment', 'CLOSED', ['UNDER_ASSESSMENT']],
  ] as const)('%s', (_label, from, expected) => {
    expect(leadStatusMoves(from)).toEqual(expected);
  });

  it.each([
    ['NEW → UNDER_ASSESSMENT is allowed', 'NEW', 'UNDER_ASSESSMENT', true],
    ['NEW → CLOSED (dismissed at once) is allowed', 'NEW', 'CLOSED', true],
    ['NEW → ACTIONED (skips the assessment) is refused', 'NEW', 'ACTIONED', false],
    ['UNDER_ASSESSMENT → ACTIONED is allowed', 'UNDER_ASSESSMENT', 'ACTIONED', true],
    ['UNDER_ASSESSMENT → NEW (nothing goes back to NEW) is refused', 'UNDER_ASSESSMENT', 'NEW', false],
    ['ACTIONED → CLOSED is allowed', 'ACTIONED', 'CLOSED', true],
    ['ACTIONED → UNDER_ASSESSMENT (no going back) is refused', 'ACTIONED', 'UNDER_ASSESSMENT', false],
    ['CLOSED → UNDER_ASSESSMENT (reopened) is allowed', 'CLOSED', 'UNDER_ASSESSMENT', true],
    ['CLOSED → ACTIONED is refused', 'CLOSED', 'ACTIONED', false],
    ['CLOSED → NEW is refused', 'CLOSED', 'NEW', false],
    ['CLOSED → CLOSED (no move to itself) is refused', 'CLOSED', 'CLOSED', false],
    ['NEW → NEW (no move to itself) is refused', 'NEW', 'NEW', false],
  ] as const)('%s', (_label, from, to, expected) => {
    expect(isAllowedLeadStatusMove(from, to)).toBe(expected);
  });

  it('takes the enum as well as its GraphQL string', () => {
    expect(isAllowedLeadStatusMove(LeadStatus.ACTIONED, LeadStatus.CLOSED)).toBe(true);
    expect(leadStatusMoves(LeadStatus.ACTIONED)).toEqual(leadStatusMoves('ACTIONED'));
  });

  it('offers no move from a value that is not a lead status', () => {
    expect(leadStatusMoves('ARCHIVED' as LeadStatus)).toEqual([]);
  });
});

describe('who records and shares leads', () => {
  it.each([
    ['an analyst', [Role.ANALYST], true],
    ['a liaison officer', [Role.LIAISON_OFFICER], true],
    ['a coordinator', [Role.COORDINATOR], true],
    ['a member', [Role.MEMBER], false],
    ['an agency admin', [Role.AGENCY_ADMIN], false],
    ['a platform admin', [Role.PLATFORM_ADMIN], false],
    ['a member who is also an analyst', [Role.MEMBER, Role.ANALYST], true],
    ['someone without roles', [], false],
  ] as const)('%s %j: %s', (_label, roles, expected) => {
    expect(isLeadWriter({ roles })).toBe(expected);
  });

  it('takes roles as GraphQL strings', () => {
    expect(isLeadWriter({ roles: ['MEMBER', 'COORDINATOR'] })).toBe(true);
    expect(isLeadWriter({ roles: ['MEMBER'] })).toBe(false);
  });
});

describe('who decides on shares waiting for approval', () => {
  it.each([
    ['a liaison officer', [Role.LIAISON_OFFICER], true],
    ['an analyst (shares, but does not approve)', [Role.ANALYST], false],
    ['a coordinator (shares, but does not approve)', [Role.COORDINATOR], false],
    ['a member', [Role.MEMBER], false],
    ['an agency admin', [Role.AGENCY_ADMIN], false],
    ['a platform admin', [Role.PLATFORM_ADMIN], false],
    ['an analyst who is also a liaison officer', [Role.ANALYST, Role.LIAISON_OFFICER], true],
    ['someone without roles', [], false],
  ] as const)('%s %j: %s', (_label, roles, expected) => {
    expect(isLeadShareApprover({ roles })).toBe(expected);
  });
});
