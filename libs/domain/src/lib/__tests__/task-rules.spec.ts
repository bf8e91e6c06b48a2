import { OperationStatus, Role, TaskStatus } from '../enums';
import { Actor, canAcknowledgeTask, canCommentOnTask, canCreateTask, canSeeOperation, canUpdateTaskStatus, isAllowedTaskTransition, isCoordinatorOf, isTerminalTaskStatus, OperationFacts } from '../task-rules';

const operation: OperationFacts = { status: OperationStatus.ACTIVE, participatingAgencyIds: ['nl', 'ro'], coordinatorUserIds: ['anna'] };
const anna: Actor = { userId: 'anna', agencyId: 'nl', roles: [Role.COORDINATOR] };
const pieter: Actor = { userId: 'pieter', agencyId: 'nl', roles: [Role.MEMBER] };
const ioana: Actor = { userId: 'ioana', agencyId: 'ro', roles: [Role.LIAISON_OFFICER] };
const chinedu: Actor = { userId: 'chinedu', agencyId: 'ng', roles: [Role.COORDINATOR] };
const claire: Actor = { userId: 'claire', agencyId: 'sec', roles: [Role.PLATFORM_ADMIN] };
const taskForRo = { status: TaskStatus.OPEN, assigneeAgencyId: 'ro' };

describe('operation visibility', () => {
  it.each([
    ['coordinator of a participating agency', anna, true],
    ['member of a participating agency', pieter, true],
    ['liaison officer of another participating agency', ioana, true],
    ['coordinator of an agency outside the operation', chinedu, false],
    ['platform admin outside the operation (no bypass)', claire, false],
  ])('%s sees it: %s', (_label, actor, expected) => {
    expect(canSeeOperation(actor, operation)).toBe(expected);
  });
});

describe('who coordinates and creates tasks', () => {
  it('is the named coordinator holding the COORDINATOR role', () => {
    expect(isCoordinatorOf(anna, operation)).toBe(true);
    expect(canCreateTask(anna, operation)).toBe(true);
  });
  it('is not a colleague of the coordinator without the role or the nomination', () => {
    expect(isCoordinatorOf(pieter, operation)).toBe(false);
    expect(isCoordinatorOf({ ...pieter, roles: [Role.COORDINATOR] }, operation)).toBe(false);
  });
  it('is not a named coordinator whose agency left the operation', () => {
    expect(isCoordinatorOf(anna, { ...operation, participatingAgencyIds: ['ro'] })).toBe(false);
  });
  it('is nobody once the operation is closed', () => {
    expect(canCreateTask(anna, { ...operation, status: OperationStatus.CLOSED })).toBe(false);
  });
});

describe('who moves and comments on a task', () => {
  it.each([
    ['the assignee agency', ioana, true],
    ['the coordinator', anna, true],
    ['another participating agency member', pieter, false],
    ['an outsider', chinedu, false],
  ])('%s: %s', (_label, actor, expected) => {
    expect(canUpdateTaskStatus(actor, operation, taskForRo)).toBe(expected);
    expect(canCommentOnTask(actor, operation, taskForRo)).toBe(expected);
  });
});

describe('who acknowledges an urgent task for the assignee agency', () => {
  const ioanaColleague: Actor = { userId: 'radu', agencyId: 'ro', roles: [Role.MEMBER] };
  it.each([
    ['a liaison officer of the assignee agency', ioana, { assigneeAgencyId: 'ro', assigneeUserId: null }, true],
    ['the assignee person without the role', ioanaColleague, { assigneeAgencyId: 'ro', assigneeUserId: 'radu' }, true],
    ['a colleague of the assignee agency without the role', ioanaColleague, { assigneeAgencyId: 'ro', assigneeUserId: null }, false],
    ['a liaison officer of another agency', { ...ioana, agencyId: 'nl' }, { assigneeAgencyId: 'ro', assigneeUserId: null }, false],
    ['the coordinator', anna, { assigneeAgencyId: 'ro', assigneeUserId: null }, false],
  ])('%s: %s', (_label, actor, task, expected) => {
    expect(canAcknowledgeTask(actor, task)).toBe(expected);
  });
});

describe('task transitions', () => {
  it('allows any move between different unfinished statuses', () => {
    expect(isAllowedTaskTransition(TaskStatus.OPEN, TaskStatus.IN_PROGRESS)).toBe(true);
    expect(isAllowedTaskTransition(TaskStatus.BLOCKED, TaskStatus.OPEN)).toBe(true);
    expect(isAllowedTaskTransition(TaskStatus.IN_PROGRESS, TaskStatus.DONE)).toBe(true);
  });
  it('refuses a move to the same status and any move out of DONE or CANCELLED', () => {
    expect(isAllowedTaskTransition(TaskStatus.OPEN, TaskStatus.OPEN)).toBe(false);
    expect(isAllowedTaskTransition(TaskStatus.DONE, TaskStatus.IN_PROGRESS)).toBe(false);
    expect(isAllowedTaskTransition(TaskStatus.CANCELLED, TaskStatus.OPEN)).toBe(false);
  });
  it('reads statuses given as strings, as the web client has them, the same as enum members', () => {
    expect(isAllowedTaskTransition('OPEN', 'DONE')).toBe(true);
    expect(isAllowedTaskTransition('DONE', 'OPEN')).toBe(false);
  });
  it('names DONE and CANCELLED, and only them, terminal', () => {
    expect(Object.values(TaskStatus).filter((status) => isTerminalTaskStatus(status))).toEqual([TaskStatus.DONE, TaskStatus.CANCELLED]);
    expect(isTerminalTaskStatus('CANCELLED')).toBe(true);
    expect(isTerminalTaskStatus('BLOCKED')).toBe(false);
  });
});
