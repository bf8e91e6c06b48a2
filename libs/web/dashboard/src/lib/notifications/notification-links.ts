/** The in-app address a notification points to: the task's detail on its operation board, or the board. */
export function notificationHref(target: { operationId: string | null; taskId: string | null }): string | undefined {
  if (!target.operationId) return undefined;
  const board = `/operations/${encodeURIComponent(target.operationId)}`;
  return target.taskId ? `${board}?task=${encodeURIComponent(target.taskId)}` : board;
}
