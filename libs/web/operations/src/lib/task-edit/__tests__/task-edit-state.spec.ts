import { AgencyKind, OperationStatus, Pillar, TaskPriority, TaskStatus } from '@taskforce/domain';
import type { TaskDetailData } from '@taskforce/web-data-access';
import { localDateInputValue, taskEditInputFrom, taskEditStateFrom, validateTaskEdit } from '../task-edit-state';

const ro = { id: 'ro', name: 'Romanian DIOC', acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' };

function task(overrides: Partial<TaskDetailData> = {}): TaskDetailData {
  return {
    id: 't1',
    title: 'Hear the driver',
    status: TaskStatus.OPEN,
    version: 4,
    priority: TaskPriority.HIGH,
    pillar: Pillar.PROSECUTION,
    dueAt: null,
    updatedAt: '2027-01-01T00:00:00.000Z',
    assigneeAgency: ro,
    assigneeUser: { id: 'ioana', displayName: 'Ioana Popescu' },
    viewerCanUpdateStatus: true,
    requiresAcknowledgement: false,
    acknowledgedAt: null,
    acknowledgedBy: null,
    escalatedAt: null,
    assigneeLeft: false,
    description: 'Across the border',
    createdAt: '2027-01-01T00:00:00.000Z',
    operation: { id: 'op', name: 'Op', status: OperationStatus.ACTIVE, escalationMinutes: 15, viewerIsCoordinator: true },
    lead: null,
    createdBy: { id: 'anna', displayName: 'Anna', agency: { id: 'nl', acronym: 'NL-POL' } },
    comments: [],
    history: [],
    ...overrides,
  };
}

const endOfDay = (value: string) => (value ? `${value}T22:59:59.000Z` : null);

describe('editing and reassigning a task', () => {
  it('sends only the version when nothing changed, even with a due date', () => {
    const due = task({ dueAt: '2027-02-10T15:00:00.000Z' });
    expect(taskEditInputFrom(taskEditStateFrom(due), due, endOfDay)).toEqual({ input: { taskId: 't1', expectedVersion: 4 }, changed: false });
  });

  it('sends the changed texts, priority and due date (end of the chosen day), clearing an emptied description', () => {
    const original = task();
    const state = { ...taskEditStateFrom(original), title: ' Hear the driver again ', description: ' ', priority: TaskPriority.URGENT, dueDate: '2027-03-01' };
    expect(taskEditInputFrom(state, original, endOfDay).input).toEqual({
      taskId: 't1',
      expectedVersion: 4,
      title: 'Hear the driver again',
      description: null,
      priority: TaskPriority.URGENT,
      dueAt: '2027-03-01T22:59:59.000Z',
    });
  });

  it('drops the former person when the task moves to another agency without one', () => {
    const original = task();
    const state = { ...taskEditStateFrom(original), assigneeAgencyId: 'es', assigneeUserId: '' };
    expect(taskEditInputFrom(state, original, endOfDay).input).toEqual({ taskId: 't1', expectedVersion: 4, assigneeAgencyId: 'es', assigneeUserId: null });
  });

  it('reassigns to another person of the same agency without naming the agency', () => {
    const original = task();
    const state = { ...taskEditStateFrom(original), assigneeUserId: 'elena' };
    expect(taskEditInputFrom(state, original, endOfDay).input).toEqual({ taskId: 't1', expectedVersion: 4, assigneeUserId: 'elena' });
  });

  it('requires a title of three characters and an agency', () => {
    expect(Object.keys(validateTaskEdit({ ...taskEditStateFrom(task()), title: 'ab', assigneeAgencyId: '' })).sort()).toEqual(['assigneeAgencyId', 'title']);
  });

  it('shows an instant as the reader’s local calendar day', () => {
    const instant = new Date(2027, 1, 10, 23, 30); // 10 Feb 2027, 23:30 local
    expect(localDateInputValue(instant.toISOString())).toBe('2027-02-10');
    expect(localDateInputValue(null)).toBe('');
  });
});
