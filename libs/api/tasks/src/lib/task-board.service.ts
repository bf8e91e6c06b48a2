import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyModel, AgencyService } from '@taskforce/api-agencies';
import { PERSON_WITH_AGENCY, personWithAgency, personWithAgencyColumns, type PersonWithAgencyRow, UserModel } from '@taskforce/api-auth';
import { AuthUser, badInput, groupByKeys, loadByKey, plainRowSelect } from '@taskforce/api-core';
import { OperationPolicy } from '@taskforce/api-operations';
import { AgencyKind, TaskStatus } from '@taskforce/domain';
import { DataSource } from 'typeorm';
import { columnStatuses, normaliseTaskFilter, taskFilterKey, taskFilterSql, type TaskFilter } from './board/task-filter-sql';
import type { TaskFilterInput } from './dto/task-filter.input';
import { TaskEntity } from './task.entity';
import { TaskColumnModel, TaskModel } from './task.model';
import { TaskService } from './task.service';

/** A task of a board page with the records its card shows (absent: unknown, the card's resolvers then load it). */
interface BoardRow {
  task: TaskEntity;
  assigneeAgency: AgencyModel | undefined;
  assigneeUser: UserModel | null | undefined;
  acknowledgedBy: UserModel | null | undefined;
}

/**
 * The task board of a joint operation: its columns (one per task status, with totals counted in SQL) and their
 * tasks a page at a time in board order (keyset paging). Reads only; changes go through `TaskService`.
 */
@Injectable()
export class TaskBoardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: OperationPolicy,
  ) {}

  /**
   * The board's columns of a visible operation, one per task status in lifecycle order (only the statuses the filter
   * names, when it names any), each with its total of the tasks matching the filter counted in SQL (one statement for
   * all the operations asked with the same filter in one tick). Their tasks are read by `columnPage`, under the same
   * filter. The filter only narrows what the viewer may already see: visibility is the operation's (OperationPolicy).
   * @throws NOT_FOUND for the operation.
   */
  async columns(actor: AuthUser, operationId: string, filterInput?: TaskFilterInput | null): Promise<TaskColumnModel[]> {
    const facts = await this.access.require(actor, operationId);
    const filter = normaliseTaskFilter(filterInput);
    const totals = await loadByKey(`operation.taskTotals:${taskFilterKey(filter)}`, operationId, async (ids: readonly string[]) => {
      const where = taskFilterSql(filter, 't', 2);
      const rows: Array<{ operation_id: string; status: TaskStatus; n: number }> = await this.db.query(
        `SELECT t.operation_id::text, t.status, count(*)::int AS n FROM tasks t WHERE t.operation_id = ANY($1::uuid[])${where.sql} GROUP BY t.operation_id, t.status`,
        [[...new Set(ids)], ...where.params],
      );
      return groupByKeys(ids, rows, (r) => r.operation_id);
    });
    return columnStatuses(filterInput).map((status) => ({
      status,
      total: totals.find((t) => t.status === status)?.n ?? 0,
      operationId,
      operation: facts,
      filter,
    }));
  }

  /**
   * The people assigned to at least one task of a visible operation, by display name (then id), with their agencies
   * loaded: what a board's person filter offers. One statement whatever the number of tasks.
   * @throws NOT_FOUND for the operation.
   */
  async assignees(actor: AuthUser, operationId: string): Promise<UserModel[]> {
    await this.access.require(actor, operationId);
    const rows: PersonWithAgencyRow[] = await this.db.query(
      `SELECT ${PERSON_WITH_AGENCY} FROM users u JOIN agencies ua ON ua.id = u.agency_id
        WHERE u.id IN (SELECT t.assignee_user_id FROM tasks t WHERE t.operation_id = $1 AND t.assignee_user_id IS NOT NULL)`,
      [operationId],
    );
    return rows.map((r) => personWithAgency(r)).sort((a, b) => a.displayName.localeCompare(b.displayName, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /**
   * A page of a board column in board order (most urgent priority first, then earliest due date with undated last,
   * then oldest, then id) among the tasks matching the column's filter: the first `first` tasks, after the task
   * `after` when given, each with the agencies and
   * people its card shows (`TaskModel.loaded`), read in the same statement. The first pages of all the columns asked
   * in one tick are read by one statement. The column was reached through `columns`,
   * so the viewer may see its operation.
   * @throws BAD_USER_INPUT naming `after` when it is not a task of the column's operation.
   */
  async columnPage(column: TaskColumnModel, first: number, after?: string | null): Promise<TaskModel[]> {
    if (first <= 0) return [];
    const rows = after
      ? await this.pageAfter(column, first, after)
      : await loadByKey(`taskColumn.first:${first}:${taskFilterKey(column.filter)}`, `${column.operationId}|${column.status}`, (keys: readonly string[]) =>
          this.firstPages(keys, first, column.filter),
        );
    return rows.map((row) => {
      const model = TaskService.toModel(row.task, column.operation.participatingAgencyIds);
      if (row.assigneeAgency && row.assigneeUser !== undefined && row.acknowledgedBy !== undefined) {
        model.loaded = { assigneeAgency: row.assigneeAgency, assigneeUser: row.assigneeUser, acknowledgedBy: row.acknowledgedBy, operation: column.operation };
      }
      return model;
    });
  }

  /**
   * First pages of the columns `operationId|status` under one filter with their cards' records, one statement (plain
   * rows, no entity hydration).
   */
  private async firstPages(keys: readonly string[], first: number, filter: TaskFilter): Promise<BoardRow[][]> {
    const pairs = [...new Set(keys)].map((k) => k.split('|'));
    const where = taskFilterSql(filter, 'c', 4);
    const rows: CardRow[] = await this.db.query(
      `SELECT ${plainRowSelect(this.db, TaskEntity, 't')}, ${CARD_COLUMNS} FROM tasks t ${CARD_JOINS} WHERE t.id IN (SELECT r.id FROM (SELECT c.id, row_number() OVER (PARTITION BY c.operation_id, c.status ORDER BY ${boardOrder('c')}) AS rn
           FROM tasks c JOIN unnest($1::uuid[], $2::task_status[]) AS k(op, st) ON c.operation_id = k.op AND c.status = k.st WHERE true${where.sql}) r WHERE r.rn <= $3)
        ORDER BY ${boardOrder('t')}`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1]), first, ...where.params],
    );
    return groupByKeys(keys, rows, (t) => `${t.operationId}|${t.status}`, boardRowOf);
  }

  /**
   * The page of a column after the task `after` of the same operation (plain rows), among the tasks matching the
   * column's filter; the anchor need not match it any more (it may have changed since the client read it).
   */
  private async pageAfter(column: TaskColumnModel, first: number, after: string): Promise<BoardRow[]> {
    const [anchor] = await this.db.query('SELECT 1 FROM tasks WHERE id = $1 AND operation_id = $2', [after, column.operationId]);
    if (!anchor) throw badInput([{ field: 'after', message: 'after must be the id of a task of this joint operation' }]);
    const where = taskFilterSql(column.filter, 't', 5);
    const rows: CardRow[] = await this.db.query(
      `SELECT ${plainRowSelect(this.db, TaskEntity, 't')}, ${CARD_COLUMNS} FROM tasks t ${CARD_JOINS} WHERE t.operation_id = $1 AND t.status = $2
          AND (${boardKey('t')}) > (SELECT ${boardKey('a')} FROM tasks a WHERE a.id = $3)${where.sql}
        ORDER BY ${boardOrder('t')} LIMIT $4`,
      [column.operationId, column.status, after, first, ...where.params],
    );
    return rows.map(boardRowOf);
  }
}

/** The records a task's card shows, joined to the task row `t`: its assignee agency, assignee and acknowledger with their agencies. */
const CARD_JOINS = `LEFT JOIN agencies ta ON ta.id = t.assignee_agency_id
  LEFT JOIN users au ON au.id = t.assignee_user_id LEFT JOIN agencies aua ON aua.id = au.agency_id
  LEFT JOIN users ku ON ku.id = t.acknowledged_by_id LEFT JOIN agencies kua ON kua.id = ku.agency_id`;

/** The columns of CARD_JOINS' records, prefixed `card_agency_`, `assignee_` and `acknowledger_`. */
const CARD_COLUMNS = [
  'ta.id::text AS card_agency_id, ta.name AS card_agency_name, ta.acronym AS card_agency_acronym, ta.kind AS card_agency_kind, ta.country AS card_agency_country',
  personWithAgencyColumns('au', 'aua', 'assignee_'),
  personWithAgencyColumns('ku', 'kua', 'acknowledger_'),
].join(', ');

/** A task row with CARD_COLUMNS. */
type CardRow = TaskEntity & Record<string, unknown>;

/** The task of a card row and its card's records (undefined when a record the task names was not found). */
function boardRowOf(row: CardRow): BoardRow {
  const person = (id: string | null, prefix: string): UserModel | null | undefined => (id ? (personWithAgency(row, prefix) ?? undefined) : null);
  return {
    task: row,
    assigneeAgency:
      row['card_agency_id'] === null
        ? undefined
        : AgencyService.toModel({ id: row['card_agency_id'] as string, name: row['card_agency_name'] as string, acronym: row['card_agency_acronym'] as string, kind: row['card_agency_kind'] as AgencyKind, country: row['card_agency_country'] as string | null }),
    assigneeUser: person(row.assigneeUserId, 'assignee_'),
    acknowledgedBy: person(row.acknowledgedById, 'acknowledger_'),
  };
}

/** The board order's key of the task row `alias`, as a row value (compared with `>` for keyset paging). */
function boardKey(alias: string): string {
  return `CASE ${alias}.priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END, COALESCE(${alias}.due_at, 'infinity'::timestamptz), ${alias}.created_at, ${alias}.id`;
}

/** ORDER BY of the board order (see `boardKey`). */
function boardOrder(alias: string): string {
  return boardKey(alias);
}
