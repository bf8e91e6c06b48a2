import { TaskPriority } from '@taskforce/domain';
import { parse } from 'csv-parse/sync';
import { EMPTY_FILTERS } from '../board-state';
import { describeFilters, taskCsv, TASK_CSV_COLUMNS } from '../task-csv';
import { sortTasks } from '../task-sort';

const task = (title: string, over: Partial<{ status: string; priority: string; pillar: string; dueAt: string | null; agency: string }> = {}) => ({
  id: `id-${title}`,
  title,
  status: (over.status ?? 'OPEN') as 'OPEN',
  priority: (over.priority ?? 'MEDIUM') as 'MEDIUM',
  pillar: (over.pillar ?? 'PROTECTION') as 'PROTECTION',
  dueAt: over.dueAt === undefined ? null : over.dueAt,
  assigneeAgency: { id: `agency-${over.agency ?? 'NL-POL'}`, acronym: over.agency ?? 'NL-POL' },
  assigneeUser: null,
});

describe('list view order', () => {
  const tasks = [
    task('b', { dueAt: '2026-07-02T10:00:00Z', priority: 'LOW', status: 'DONE', agency: 'RO-DIOC', pillar: 'PARTNERSHIP' }),
    task('undated', { priority: 'URGENT', status: 'BLOCKED', agency: 'BE-SIS', pillar: 'PREVENTION' }),
    task('a', { dueAt: '2026-06-30T10:00:00Z', priority: 'HIGH', status: 'IN_PROGRESS', agency: 'ES-BIP', pillar: 'PROSECUTION' }),
    task('c', { dueAt: '2026-06-30T09:00:00Z' }),
  ];
  const titles = (sorted: Array<{ title: string }>) => sorted.map((t) => t.title);

  it('sorts by due date either way, tasks without one last', () => {
    expect(titles(sortTasks(tasks, { key: 'due', direction: 'ascending' }))).toEqual(['c', 'a', 'b', 'undated']);
    expect(titles(sortTasks(tasks, { key: 'due', direction: 'descending' }))).toEqual(['b', 'a', 'c', 'undated']);
  });

  it('sorts priority most urgent first, status by lifecycle, 4P pillars in order, agencies and titles alphabetically', () => {
    expect(titles(sortTasks(tasks, { key: 'priority', direction: 'ascending' }))).toEqual(['undated', 'a', 'c', 'b']);
    expect(titles(sortTasks(tasks, { key: 'status', direction: 'ascending' }))).toEqual(['c', 'a', 'undated', 'b']);
    expect(titles(sortTasks(tasks, { key: 'pillar', direction: 'descending' }))).toEqual(['b', 'a', 'c', 'undated']);
    expect(titles(sortTasks(tasks, { key: 'agency', direction: 'ascending' }))).toEqual(['undated', 'a', 'c', 'b']);
    expect(titles(sortTasks(tasks, { key: 'title', direction: 'descending' }))).toEqual(['undated', 'c', 'b', 'a']);
  });

  it('keeps the order given between equals', () => {
    const same = [task('x2'), task('x1'), task('x3')];
    expect(titles(sortTasks(same, { key: 'priority', direction: 'descending' }))).toEqual(['x2', 'x1', 'x3']);
  });
});

describe('task CSV', () => {
  const at = new Date('2026-06-30T12:00:00Z');

  it('carries the header block, then one row per task as given', () => {
    const csv = taskCsv(
      { id: 'op-1', name: 'Joint Operation Danube Route' },
      describeFilters({ ...EMPTY_FILTERS, agencyIds: ['agency-RO-DIOC'], priorities: [TaskPriority.URGENT, TaskPriority.HIGH], overdue: true, text: ' bank ' }, (id) => (id === 'agency-RO-DIOC' ? 'RO-DIOC' : undefined)),
      [task('=SUM(A1)', { dueAt: '2026-06-29T21:59:59.000Z', priority: 'URGENT' }), task('Hear, the driver', { status: 'DONE', dueAt: '2026-06-01T00:00:00Z', agency: 'RO-DIOC' }), task('undated')],
      at,
    );
    const [header, table] = csv.split('\r\n\r\n');
    expect(header.split('\r\n')).toEqual([
      '# scope: Joint Operation Danube Route, tasks: assignee agency RO-DIOC; priority URGENT, HIGH; overdue; text “bank”',
      '# operation id: op-1',
      '# small-cell threshold k: not applied (no small-cell protected figures)',
      '# source: Task board of the joint operation: the tasks of its agencies, as the exporting agency may see them',
      '# generated at: 2026-06-30T12:00:00Z',
    ]);
    expect(parse(table)).toEqual([
      [...TASK_CSV_COLUMNS],
      ['id-=SUM(A1)', "'=SUM(A1)", 'OPEN', 'URGENT', 'PROTECTION', 'NL-POL', '', '2026-06-29T21:59:59Z', 'yes'],
      ['id-Hear, the driver', 'Hear, the driver', 'DONE', 'MEDIUM', 'PROTECTION', 'RO-DIOC', '', '2026-06-01T00:00:00Z', 'no'],
      ['id-undated', 'undated', 'OPEN', 'MEDIUM', 'PROTECTION', 'NL-POL', '', '', 'no'],
    ]);
  });

  it('says "all tasks" when nothing filters', () => {
    expect(describeFilters(EMPTY_FILTERS, () => undefined)).toBe('all tasks');
  });
});
