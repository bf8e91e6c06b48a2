import { OperationStatus, Role, TaskPriority } from '../../enums';
import { OperationFacts } from '../../task-rules';
import {
  canRespondToInformationRequest,
  canSeeInformationRequest,
  InformationRequestFacts,
  informationRequestEscalation,
  informationRequestStatus,
  InformationRequestStatus,
} from '../information-requests';

// Danube Route: RO, NL and BE take part; the NL coordinator coordinates. RO sent NL a request.
const operation: OperationFacts = { status: OperationStatus.ACTIVE, participatingAgencyIds: ['ro', 'nl', 'be'], coordinatorUserIds: ['nl-coord'] };
const closed: OperationFacts = { ...operation, status: OperationStatus.CLOSED };
const person = (userId: string, agencyId: string, roles: Role[] = [Role.MEMBER]) => ({ userId, agencyId, roles });
const sentAt = new Date('2026-12-01T09:00:00Z');
const request: InformationRequestFacts = {
  fromAgencyId: 'ro',
  toAgencyId: 'nl',
  priority: TaskPriority.HIGH,
  createdAt: sentAt,
  dueAt: new Date('2026-12-03T17:00:00Z'),
  acknowledgedAt: null,
  answeredAt: null,
  escalatedAt: null,
};
const at = (iso: string) => new Date(iso);

describe('requests for information between agencies of a joint operation', () => {
  it.each([
    ['a person of the sending agency', person('ro-1', 'ro'), true, false],
    ['a person of the addressed agency', person('nl-1', 'nl'), true, true],
    ['a coordinator of the operation from the addressed agency', person('nl-coord', 'nl', [Role.COORDINATOR]), true, true],
    ['a coordinator of the operation from a third agency', { ...person('nl-coord', 'be', [Role.COORDINATOR]) }, true, false],
    ['a person of a third agency of the operation', person('be-1', 'be'), false, false],
    ['a COORDINATOR who is not named on the operation', person('be-c', 'be', [Role.COORDINATOR]), false, false],
    ['a person of an agency outside the operation', person('es-1', 'es'), false, false],
  ])('%s: sees it %p, may acknowledge and answer it %p', (_who, actor, sees, responds) => {
    expect(canSeeInformationRequest(actor, operation, request)).toBe(sees);
    expect(canRespondToInformationRequest(actor, operation, request)).toBe(responds);
  });

  it('nobody sees it once their agency no longer takes part; nobody answers it in a closed operation or twice', () => {
    const left: OperationFacts = { ...operation, participatingAgencyIds: ['ro', 'be'] };
    expect(canSeeInformationRequest(person('nl-1', 'nl'), left, request)).toBe(false);
    expect(canSeeInformationRequest(person('nl-coord', 'nl', [Role.COORDINATOR]), left, request)).toBe(false);
    expect(canRespondToInformationRequest(person('nl-1', 'nl'), closed, request)).toBe(false);
    expect(canSeeInformationRequest(person('nl-1', 'nl'), closed, request)).toBe(true);
    expect(canRespondToInformationRequest(person('nl-1', 'nl'), operation, { ...request, answeredAt: at('2026-12-02T10:00:00Z') })).toBe(false);
  });

  it.each([
    [null, null, InformationRequestStatus.SENT],
    [at('2026-12-01T09:05:00Z'), null, InformationRequestStatus.ACKNOWLEDGED],
    [at('2026-12-01T09:05:00Z'), at('2026-12-02T10:00:00Z'), InformationRequestStatus.ANSWERED],
    [null, at('2026-12-02T10:00:00Z'), InformationRequestStatus.ANSWERED],
  ])('acknowledged %p, answered %p: %p', (acknowledgedAt, answeredAt, status) => {
    expect(informationRequestStatus({ acknowledgedAt, answeredAt })).toBe(status);
  });

  // Escalation minutes of the operation: 15.
  it.each([
    ['due date not reached', {}, '2026-12-03T16:59:59Z', null],
    ['due date reached, unanswered', {}, '2026-12-03T17:00:00Z', 'OVERDUE'],
    ['due date passed but answered', { answeredAt: at('2026-12-03T12:00:00Z') }, '2026-12-04T09:00:00Z', null],
    ['due date passed, acknowledged but unanswered', { acknowledgedAt: at('2026-12-01T09:01:00Z') }, '2026-12-04T09:00:00Z', 'OVERDUE'],
    ['due date passed, escalated already', { escalatedAt: at('2026-12-03T17:00:30Z') }, '2026-12-04T09:00:00Z', null],
    ['no due date, not urgent, never acknowledged', { dueAt: null }, '2027-01-01T00:00:00Z', null],
    ['urgent, unacknowledged after 14 min 59 s', { priority: TaskPriority.URGENT, dueAt: null }, '2026-12-01T09:14:59Z', null],
    ['urgent, unacknowledged after 15 min', { priority: TaskPriority.URGENT, dueAt: null }, '2026-12-01T09:15:00Z', 'NOT_ACKNOWLEDGED'],
    ['urgent, acknowledged in time, no due date', { priority: TaskPriority.URGENT, dueAt: null, acknowledgedAt: at('2026-12-01T09:10:00Z') }, '2026-12-02T09:00:00Z', null],
    ['urgent, unacknowledged and overdue', { priority: TaskPriority.URGENT }, '2026-12-04T09:00:00Z', 'OVERDUE'],
  ])('%s → %p', (_case, change, now, expected) => {
    expect(informationRequestEscalation({ ...request, ...change }, 15, at(now))).toBe(expected);
  });
});
