/** Leads: their page. Invitations: the invited agency's list (it does not see the operation before accepting). */
const LEAD_PATH = /^\/leads\/[0-9a-f-]{36}$/i;
const INVITATIONS_PATH = '/invitations';

/** True when the body is only an in-app address (a lead, the invitations), to be shown as a link rather than as text. */
export function isInAppPath(body: string | null | undefined): boolean {
  return !!body && (LEAD_PATH.test(body) || body === INVITATIONS_PATH);
}

/**
 * The in-app address a notification points to: the task's detail on its operation board, the board, or the
 * in-app address its body carries (a lead, the invitations).
 */
export function notificationHref(target: { operationId: string | null; taskId: string | null; body?: string | null }): string | undefined {
  if (!target.operationId) return isInAppPath(target.body) ? (target.body as string) : undefined;
  const board = `/operations/${encodeURIComponent(target.operationId)}`;
  return target.taskId ? `${board}?task=${encodeURIComponent(target.taskId)}` : board;
}

/** Label of the link to a notification's subject. */
export function notificationLinkLabel(target: { operationId: string | null; taskId: string | null; body?: string | null }): string {
  if (target.taskId) return 'Open task';
  if (!target.operationId && target.body === INVITATIONS_PATH) return 'Open invitations';
  if (!target.operationId && isInAppPath(target.body)) return 'Open lead';
  return 'Open joint operation';
}
