import { AgencyKind, Pillar, TaskPriority, TaskStatus } from '@taskforce/domain';
import type { TaskCardData } from '@taskforce/web-data-access';
import { compareTasksForBoard } from '../task-order';

function task(title: string, priority: TaskPriority, dueAt: string | null): TaskCardData {
  return {
    id: title,
    title,
    status: TaskStatus.OPEN,
    version: 1,
    priority,
    pillar: Pillar.PROTECTION,
    dueAt,
    updatedAt: '2026-01-01T00:00:00Z',
    assigneeAgency: { id: 'a', name: 'Agency', acronym: 'AG', kind: AgencyKind.NGO, country: 'NL', countryName: 'Netherlands' },
    assigneeUser: null,
    viewerCanUpdateStatus: true,
    requiresAcknowledgement: priority === TaskPriority.URGENT,
    acknowledgedAt: null,
    acknowledgedBy: null,
    escalatedAt: null,
    assigneeLeft: false,
  };
}

describe('compareTasksForBoard', () => {
  it('puts urgent work first, then the earliest due date, undated last, then by title', () => {
    const tasks = [
      task('low, due soon', TaskPriority.LOW, '2026-01-02T00:00:00Z'),
      task('high, undated', TaskPriority.HIGH, null),
      task('high, due later', TaskPriority.HIGH, '2026-03-01T00:00:00Z'),
      task('urgent', TaskPriority.URGENT, '2026-12-01T00:00:00Z'),
      task('b high, due sooner', TaskPriority.HIGH, '2026-02-01T00:00:00Z'),
      task('a high, due sooner', TaskPriority.HIGH, '2026-02-01T00:00:00Z'),
    ];
    expect([...tasks].sort(compareTasksForBoard).map((item) => item.title)).toEqual([
      'urgent',
      'a high, due sooner',
      'b high, due sooner',
      'high, due later',
      'high, undated',
      'low, due soon',
    ]);
  });
});
