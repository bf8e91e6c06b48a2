/** In-app addresses a notification body may carry instead of text (lead notifications say nothing more). */
const IN_APP_PATH = /^\/leads\/[0-9a-f-]{36}$/i;

/** True when the body is only an in-app address, to be shown as a link rather than as text. */
export function isInAppPath(body: string | null | undefined): boolean {
  return !!body && IN_APP_PATH.test(body);
}

/**
 * The in-app address a notification points to: the task's detail on its operation board, the board, or the
 * in-app address its body carries (a lead).
 */
export function notificationHref(target: { operationId: string | null; taskId: string | null; body?: string | null }): string | undefined {
  if (!target.operationId) return isInAppPath(target.body) ? (target.body as string) : undefined;
  const board = `/operations/${encodeURIComponent(target.operationId)}`;
  return target.taskId ? `${board}?task=${encodeURIComponent(target.taskId)}` : board;
}

/** Label of the link to a notification's subject. */
export function notificationLinkLabel(target: { operationId: string | null; taskId: string | null; body?: string | null }): string {
  if (target.taskId) return 'Open task';
  if (!target.operationId && isInAppPath(target.body)) return 'Open lead';
  return 'Open joint operation';
}
