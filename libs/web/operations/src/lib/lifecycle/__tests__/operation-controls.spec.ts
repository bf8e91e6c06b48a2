import { AgencyKind, InvitationStatus, OperationEventAction, OperationStatus, Role } from '@taskforce/domain';
import type { AgencySummary, OperationEventData } from '@taskforce/web-data-access';
import { appointablePeople, describeHistoryEntry, invitableAgencies, operationControls } from '../operation-controls';

const LEAD = 'nl-pol';
const coordinator = { userId: 'anna', agencyId: LEAD, roles: [Role.COORDINATOR] };

function op(status: OperationStatus, viewerIsCoordinator = true) {
  return { status, viewerIsCoordinator, leadAgency: { id: LEAD } };
}

describe('which controls the operation page shows', () => {
  it('offers a planned operation’s coordinator activation and closing, closing with a reason', () => {
    const controls = operationControls(op(OperationStatus.PLANNED), coordinator);
    expect(controls.statusMoves).toEqual([
      { status: OperationStatus.ACTIVE, label: 'lifecycle.move.activate', needsReason: false },
      { status: OperationStatus.CLOSED, label: 'lifecycle.move.close', needsReason: true },
    ]);
    expect(controls).toMatchObject({ readOnly: false, canManageTasks: true, canEdit: true, canManageAgencies: true, canLeave: false });
  });

  it('offers suspension from active and reactivation from suspended', () => {
    expect(operationControls(op(OperationStatus.ACTIVE), coordinator).statusMoves.map((m) => [m.label, m.needsReason])).toEqual([
      ['lifecycle.move.suspend', true],
      ['lifecycle.move.close', true],
    ]);
    expect(operationControls(op(OperationStatus.SUSPENDED), coordinator).statusMoves.map((m) => m.label)).toEqual(['lifecycle.move.reactivate', 'lifecycle.move.close']);
  });

  it('makes a closed operation read-only for its coordinators too', () => {
    expect(operationControls(op(OperationStatus.CLOSED), coordinator)).toEqual({
      readOnly: true,
      canManageTasks: false,
      canEdit: false,
      statusMoves: [],
      canManageAgencies: false,
      canLeave: false,
    });
  });

  it('gives a member nothing to manage', () => {
    const member = { userId: 'pieter', agencyId: LEAD, roles: [Role.MEMBER] };
    expect(operationControls(op(OperationStatus.ACTIVE, false), member)).toMatchObject({ canManageTasks: false, statusMoves: [], canLeave: false });
  });

  it('lets the coordinators and agency admins of a non-lead agency leave, but not its liaison officers or the lead', () => {
    const roAdmin = { userId: 'elena', agencyId: 'ro-dioc', roles: [Role.AGENCY_ADMIN] };
    const roLiaison = { userId: 'ioana', agencyId: 'ro-dioc', roles: [Role.LIAISON_OFFICER] };
    expect(operationControls(op(OperationStatus.ACTIVE, false), roAdmin).canLeave).toBe(true);
    expect(operationControls(op(OperationStatus.ACTIVE, false), roLiaison).canLeave).toBe(false);
    expect(operationControls(op(OperationStatus.ACTIVE), coordinator).canLeave).toBe(false);
    expect(operationControls(op(OperationStatus.CLOSED, false), roAdmin).canLeave).toBe(false);
  });
});

describe('who may be invited or appointed', () => {
  const agency = (id: string, acronym: string): AgencySummary => ({ id, acronym, name: acronym, kind: AgencyKind.LAW_ENFORCEMENT, country: null });

  it('leaves out participants and agencies with a pending invitation, keeping those whose invitation ended', () => {
    const directory = [agency('es', 'ES-BIP'), agency('nl', 'NL-POL'), agency('be', 'BE-SIS'), agency('ro', 'RO-DIOC'), agency('iom', 'IOM')];
    const result = invitableAgencies(
      directory,
      [{ agency: directory[1] }],
      [
        { status: InvitationStatus.PENDING, agency: { id: 'ro', acronym: 'RO-DIOC', name: 'RO-DIOC' } },
        { status: InvitationStatus.DECLINED, agency: { id: 'be', acronym: 'BE-SIS', name: 'BE-SIS' } },
      ],
    );
    expect(result.map((a) => a.acronym)).toEqual(['BE-SIS', 'ES-BIP', 'IOM']);
  });

  it('offers as co-coordinators only people holding COORDINATOR who do not coordinate yet', () => {
    const people = [
      { id: 'a', displayName: 'A', roles: [Role.COORDINATOR] },
      { id: 'b', displayName: 'B', roles: [Role.LIAISON_OFFICER] },
      { id: 'c', displayName: 'C', roles: [Role.COORDINATOR, Role.LIAISON_OFFICER] },
    ];
    expect(appointablePeople(people, ['a']).map((p) => p.id)).toEqual(['c']);
  });
});

/** The English texts of the ids a history entry uses, written here, with {name} placeholders filled in. */
const ENGLISH: Record<string, string> = {
  'history.actor': '{name} ({agency})',
  'history.system': 'The system',
  'history.withDetail': '{action}: {detail}',
  'history.action.statusChanged': 'Changed the status',
  'history.action.invitationAccepted': 'Accepted the invitation',
  'history.action.periodExtended': 'Extended the period',
};
function english(id: string, values: Record<string, unknown> = {}): string {
  const text = ENGLISH[id];
  if (text === undefined) throw new Error(`unexpected message id ${id}`);
  return text.replace(/\{(\w+)\}/g, (_match, name: string) => String(values[name]));
}

describe('history entries in words', () => {
  const base: OperationEventData = {
    id: 'e1',
    action: OperationEventAction.STATUS_CHANGED,
    fromStatus: OperationStatus.ACTIVE,
    toStatus: OperationStatus.SUSPENDED,
    detail: 'ACTIVE → SUSPENDED',
    reason: ' Suspect tipped off ',
    at: '2027-01-10T09:00:00.000Z',
    actor: { id: 'anna', displayName: 'Anna de Vries', agency: { id: LEAD, acronym: 'NL-POL' } },
    agency: null,
  };

  it('names who, the move with status labels, and why', () => {
    const labels: Record<string, string> = { ACTIVE: 'Active', SUSPENDED: 'Suspended' };
    expect(describeHistoryEntry(base, (s) => labels[s] ?? s, english)).toEqual({
      who: 'Anna de Vries (NL-POL)',
      what: 'Changed the status: Active → Suspended',
      why: 'Suspect tipped off',
    });
  });

  it('quotes the server’s detail for other entries and names the system when nobody acted', () => {
    const joined = { ...base, action: OperationEventAction.INVITATION_ACCEPTED, fromStatus: null, toStatus: null, detail: 'RO-DIOC joined as PARTY', reason: null, actor: null };
    expect(describeHistoryEntry(joined, (s) => s, english)).toEqual({ who: 'The system', what: 'Accepted the invitation: RO-DIOC joined as PARTY', why: null });
  });

  it('says an extension once, with the old and new end', () => {
    const extended = { ...base, action: OperationEventAction.PERIOD_EXTENDED, fromStatus: null, toStatus: null, detail: 'period extended: ends 2027-06-30 → 2027-09-30' };
    expect(describeHistoryEntry(extended, (s) => s, english).what).toBe('Extended the period: ends 2027-06-30 → 2027-09-30');
  });
});
