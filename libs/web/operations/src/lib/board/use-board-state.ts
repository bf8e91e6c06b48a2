import { useSearchParams } from '@taskforce/web-ui';
import { useCallback, useMemo } from 'react';
import { parseBoardState, writeBoardState, type BoardState } from './board-state';

/** The task-detail panel's query parameter (`?task=<id>`). */
const TASK_PARAM = 'task';

/**
 * The board's filters, view and sort as the address holds them (see `parseBoardState`), a setter that writes them
 * back without adding history entries, and the addresses (query strings starting with `?`, or "") of a task's
 * detail panel and of the page without it, both keeping the board's state.
 */
export function useBoardState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseBoardState(params), [params]);
  const update = useCallback(
    (change: (current: BoardState) => BoardState) => {
      setParams((current) => writeBoardState(current, change(parseBoardState(current))), { replace: true });
    },
    [setParams],
  );
  const search = (taskId: string | null) => {
    const next = new URLSearchParams(params);
    if (taskId) next.set(TASK_PARAM, taskId);
    else next.delete(TASK_PARAM);
    const text = next.toString();
    return text ? `?${text}` : '';
  };
  return { state, update, selectedTaskId: params.get(TASK_PARAM), taskSearch: (taskId: string) => search(taskId), searchWithoutTask: () => search(null) };
}
