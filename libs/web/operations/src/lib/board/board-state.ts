import { Pillar, TaskPriority, TaskStatus } from '@taskforce/domain';

/** Which tasks the board shows; every list empty and `overdue` false shows them all. */
export interface BoardFilters {
  /** Assignee agencies (ids); any of them matches. */
  agencyIds: string[];
  /** Assignee people (ids); any of them matches. */
  personIds: string[];
  priorities: TaskPriority[];
  /** 4P pillars. */
  pillars: Pillar[];
  statuses: TaskStatus[];
  /** Only tasks past their due date and not DONE or CANCELLED. */
  overdue: boolean;
  /** Words in the title or the description (case-insensitive); "" for none. */
  text: string;
}

/** How the tasks are laid out: columns per status, a sortable table, or grouped by the ISO week of their due date. */
export type BoardView = 'board' | 'list' | 'weeks';

/** The views in the order `v` cycles through them. */
export const BOARD_VIEWS: readonly BoardView[] = ['board', 'list', 'weeks'];

/** Columns the list view sorts by. */
export type TaskSortKey = 'title' | 'status' | 'priority' | 'pillar' | 'agency' | 'due';

/** A sort of the list view; the direction is spelled as `aria-sort` spells it. */
export interface TaskSort {
  key: TaskSortKey;
  direction: 'ascending' | 'descending';
}

/** Everything the board keeps in the address: filters, view and the list's sort. */
export interface BoardState {
  filters: BoardFilters;
  view: BoardView;
  sort: TaskSort;
}

export const EMPTY_FILTERS: BoardFilters = { agencyIds: [], personIds: [], priorities: [], pillars: [], statuses: [], overdue: false, text: '' };

/** The list's sort when the address names none: board order's first key, due date, earliest first. */
export const DEFAULT_SORT: TaskSort = { key: 'due', direction: 'ascending' };

/** Query parameter names of the board's state (`task` stays the detail panel's). */
export const BOARD_PARAMS = {
  agency: 'agency',
  person: 'person',
  priority: 'priority',
  pillar: 'pillar',
  status: 'status',
  overdue: 'overdue',
  text: 'q',
  view: 'view',
  sort: 'sort',
} as const;

const SORT_KEYS: readonly TaskSortKey[] = ['title', 'status', 'priority', 'pillar', 'agency', 'due'];
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Longest free text kept from an address (the API takes 200 characters). */
const TEXT_MAX = 200;

/** Comma-separated values of `name` that `keep` accepts, each once, in the order given. */
function list<T extends string>(params: URLSearchParams, name: string, keep: (value: string) => value is T): T[] {
  const values = (params.get(name) ?? '').split(',').map((v) => v.trim()).filter(keep);
  return [...new Set(values)];
}

const isId = (value: string): value is string => ID.test(value);
const isOneOf =
  <T extends string>(allowed: readonly T[]) =>
  (value: string): value is T =>
    (allowed as readonly string[]).includes(value);

/**
 * The board's state read from an address's query: `agency`, `person` (ids) and `priority`, `pillar`, `status`
 * (enum values) comma-separated, `overdue=1`, `q` (text), `view` (`board`, `list`, `weeks`) and `sort`
 * (`<key>` ascending or `-<key>` descending). Unknown or malformed values are dropped, never refused.
 */
export function parseBoardState(params: URLSearchParams): BoardState {
  const p = BOARD_PARAMS;
  const filters: BoardFilters = {
    agencyIds: list(params, p.agency, isId),
    personIds: list(params, p.person, isId),
    priorities: list(params, p.priority, isOneOf(Object.values(TaskPriority))),
    pillars: list(params, p.pillar, isOneOf(Object.values(Pillar))),
    statuses: list(params, p.status, isOneOf(Object.values(TaskStatus))),
    overdue: params.get(p.overdue) === '1',
    text: (params.get(p.text) ?? '').trim().slice(0, TEXT_MAX),
  };
  const view = params.get(p.view);
  const sortParam = params.get(p.sort) ?? '';
  const key = sortParam.replace(/^-/, '');
  const sort: TaskSort = isOneOf(SORT_KEYS)(key) ? { key, direction: sortParam.startsWith('-') ? 'descending' : 'ascending' } : DEFAULT_SORT;
  return { filters, view: isOneOf(BOARD_VIEWS)(view ?? '') ? (view as BoardView) : 'board', sort };
}

/**
 * A copy of `params` with the board's state written in (see `parseBoardState`); defaults (no filter, the board view,
 * the default sort) are left out so that a plain board keeps a plain address, and other parameters (`task`) are kept.
 */
export function writeBoardState(params: URLSearchParams, state: BoardState): URLSearchParams {
  const next = new URLSearchParams(params);
  const p = BOARD_PARAMS;
  const set = (name: string, value: string) => (value ? next.set(name, value) : next.delete(name));
  const { filters, view, sort } = state;
  set(p.agency, filters.agencyIds.join(','));
  set(p.person, filters.personIds.join(','));
  set(p.priority, filters.priorities.join(','));
  set(p.pillar, filters.pillars.join(','));
  set(p.status, filters.statuses.join(','));
  set(p.overdue, filters.overdue ? '1' : '');
  set(p.text, filters.text.trim());
  set(p.view, view === 'board' ? '' : view);
  const isDefaultSort = sort.key === DEFAULT_SORT.key && sort.direction === DEFAULT_SORT.direction;
  set(p.sort, isDefaultSort ? '' : `${sort.direction === 'descending' ? '-' : ''}${sort.key}`);
  return next;
}

/** True when any filter narrows the board. */
export function isFiltered(filters: BoardFilters): boolean {
  return (
    filters.agencyIds.length + filters.personIds.length + filters.priorities.length + filters.pillars.length + filters.statuses.length > 0 ||
    filters.overdue ||
    filters.text.trim() !== ''
  );
}

/** The filters as the API's `TaskFilterInput` (only the conditions that narrow), or null when nothing does. */
export function toTaskFilterInput(filters: BoardFilters): {
  assigneeAgencyIds?: string[];
  assigneeUserIds?: string[];
  priorities?: TaskPriority[];
  pillars?: Pillar[];
  statuses?: TaskStatus[];
  overdue?: boolean;
  text?: string;
} | null {
  if (!isFiltered(filters)) return null;
  return {
    ...(filters.agencyIds.length ? { assigneeAgencyIds: filters.agencyIds } : {}),
    ...(filters.personIds.length ? { assigneeUserIds: filters.personIds } : {}),
    ...(filters.priorities.length ? { priorities: filters.priorities } : {}),
    ...(filters.pillars.length ? { pillars: filters.pillars } : {}),
    ...(filters.statuses.length ? { statuses: filters.statuses } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
    ...(filters.text.trim() ? { text: filters.text.trim() } : {}),
  };
}

/** The next view after `view` in `BOARD_VIEWS`, wrapping round. */
export function nextView(view: BoardView): BoardView {
  return BOARD_VIEWS[(BOARD_VIEWS.indexOf(view) + 1) % BOARD_VIEWS.length];
}
