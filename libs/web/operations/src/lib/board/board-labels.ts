import { TaskPriority } from '@taskforce/domain';
import { messageId, type MessageRef, type Translate } from '@taskforce/web-ui';
import type { BoardView } from './board-state';

/** Message ids (catalogue `board`) of the priorities' short names, as the filter and the task forms offer them. */
export const PRIORITY_LABEL_IDS: Readonly<Record<string, string>> = {
  [TaskPriority.LOW]: messageId('board.priority.low'),
  [TaskPriority.MEDIUM]: messageId('board.priority.medium'),
  [TaskPriority.HIGH]: messageId('board.priority.high'),
  [TaskPriority.URGENT]: messageId('board.priority.urgent'),
};

/** Message ids (catalogue `board`) of the board's views. */
export const VIEW_LABEL_IDS: Readonly<Record<BoardView, string>> = {
  board: messageId('board.view.board'),
  list: messageId('board.view.list'),
  weeks: messageId('board.view.weeks'),
};

export type { Translate } from '@taskforce/web-ui';

function isMessageRef(value: unknown): value is MessageRef {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

/**
 * The text of a `MessageRef` in the active language; a value that is itself a `MessageRef` (e.g. "Someone else" as
 * the `who` of a sentence) is translated first and put in as text.
 */
export function translateRef(translate: Translate, ref: MessageRef): string {
  const values = ref.values
    ? Object.fromEntries(Object.entries(ref.values).map(([key, value]) => [key, isMessageRef(value) ? translateRef(translate, value) : value]))
    : undefined;
  return translate(ref.id, values);
}
