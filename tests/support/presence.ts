/** Events a socket received, in order, as `recordEvents` keeps them. */
type Seen = ReadonlyArray<{ name: string; payload: any }>;

/** The presence events of the socket.io contract. */
export const PRESENCE_EVENTS = ['presence', 'presence.joined', 'presence.left'];

/**
 * Who a socket holds as viewing an operation after the presence events it received, folded here as the contract
 * says (independently of the product's own code): `presence` replaces the list, `presence.joined { viewers }` adds
 * each person (once per user id), `presence.left { userIds }` removes each of them. Viewers sorted by user id; null when the socket got no presence
 * event for the operation.
 */
export function presenceOf(seen: Seen, operationId: string): { operationId: string; viewers: Array<{ userId: string; displayName: string; agencyAcronym: string }> } | null {
  let viewers: Map<string, any> | null = null;
  for (const { name, payload } of seen) {
    if (payload?.operationId !== operationId) continue;
    if (name === 'presence') viewers = new Map(payload.viewers.map((v: { userId: string }) => [v.userId, v]));
    else if (name === 'presence.joined') for (const v of payload.viewers) (viewers ??= new Map()).set(v.userId, v);
    else if (name === 'presence.left') for (const userId of payload.userIds) (viewers ??= new Map()).delete(userId);
  }
  return viewers === null ? null : { operationId, viewers: [...viewers.values()].sort((a, b) => a.userId.localeCompare(b.userId)) };
}
