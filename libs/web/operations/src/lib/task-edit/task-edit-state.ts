import type { Pillar, TaskDetailData, TaskPriority, UpdateTaskInput } from '@taskforce/web-data-access';
import { messageId } from '@taskforce/web-ui';

/** What the task edit form holds: texts as typed, the due date as an `<input type="date">` value (local day). */
export interface TaskEditState {
  title: string;
  description: string;
  priority: TaskPriority;
  pillar: Pillar;
  /** YYYY-MM-DD in the reader's time zone, '' for none. */
  dueDate: string;
  assigneeAgencyId: string;
  /** '' for the agency as a whole. */
  assigneeUserId: string;
}

/** The local calendar day (YYYY-MM-DD) of an instant, as an `<input type="date">` shows it. */
export function localDateInputValue(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The form filled from the task as loaded. */
export function taskEditStateFrom(task: TaskDetailData): TaskEditState {
  return {
    title: task.title,
    description: task.description ?? '',
    priority: task.priority,
    pillar: task.pillar,
    dueDate: localDateInputValue(task.dueAt),
    assigneeAgencyId: task.assigneeAgency.id,
    assigneeUserId: task.assigneeUser?.id ?? '',
  };
}

/**
 * What the browser can check (a title of 3+ characters, an agency): message ids (catalogue `board`) keyed by the
 * API's field names; the form translates them.
 */
export function validateTaskEdit(state: TaskEditState): Record<string, string> {
  const errors: Record<string, string> = {};
  const title = state.title.trim();
  if (!title) errors['title'] = messageId('board.form.titleMissing');
  else if (title.length < 3) errors['title'] = messageId('board.form.titleShort');
  if (!state.assigneeAgencyId) errors['assigneeAgencyId'] = messageId('board.form.agencyMissing');
  return errors;
}

/**
 * The `updateTask` input: only what differs from the task as loaded, with its version. A due date that is still the
 * same local day is left alone (so an unchanged form never moves the instant); a new one becomes the end of that
 * day (`endOfDay`). Choosing another agency always sends the person too (null for the agency as a whole), so the
 * former assignee person never stays on the task.
 */
export function taskEditInputFrom(
  state: TaskEditState,
  task: TaskDetailData,
  endOfDay: (dateInputValue: string) => string | null,
): { input: UpdateTaskInput; changed: boolean } {
  const input: UpdateTaskInput = { taskId: task.id, expectedVersion: task.version };
  const title = state.title.trim();
  if (title !== task.title) input.title = title;
  const description = state.description.trim() || null;
  if (description !== (task.description ?? null)) input.description = description;
  if (state.priority !== task.priority) input.priority = state.priority;
  if (state.pillar !== task.pillar) input.pillar = state.pillar;
  if (state.dueDate !== localDateInputValue(task.dueAt)) input.dueAt = endOfDay(state.dueDate);
  const agencyMoved = state.assigneeAgencyId !== task.assigneeAgency.id;
  if (agencyMoved) input.assigneeAgencyId = state.assigneeAgencyId;
  const userId = state.assigneeUserId || null;
  if (agencyMoved || userId !== (task.assigneeUser?.id ?? null)) input.assigneeUserId = userId;
  const changed = Object.keys(input).length > 2;
  return { input, changed };
}
