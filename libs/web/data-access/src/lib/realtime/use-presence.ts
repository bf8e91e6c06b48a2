import { applyPresenceChange } from '@taskforce/domain';
import { useEffect, useState } from 'react';
import type { PresenceViewer } from './realtime-events';
import { useRealtime } from './realtime-provider';
import { useRealtimeEvent } from './use-realtime-event';

/**
 * Who is viewing an operation now: the whole list the server sends when this socket starts watching (`presence`),
 * then the people who start (`presence.joined { viewers }`) and stop (`presence.left { userIds }`) watching, in
 * batches, applied with libs/domain `applyPresenceChange`. Empty until the first list, and again while the socket is disconnected (the list would be
 * stale; watching again on reconnect brings a fresh one); use together with `useOperationWatch`.
 */
export function usePresence(operationId: string | undefined): PresenceViewer[] {
  const { socket, status } = useRealtime();
  const [viewers, setViewers] = useState<PresenceViewer[]>([]);

  useRealtimeEvent('presence', (event) => {
    if (event.operationId === operationId && Array.isArray(event.viewers)) setViewers(applyPresenceChange([], { viewers: event.viewers }));
  });
  useRealtimeEvent('presence.joined', (event) => {
    if (event.operationId === operationId && Array.isArray(event.viewers)) setViewers((current) => applyPresenceChange(current, { joined: event.viewers }));
  });
  useRealtimeEvent('presence.left', (event) => {
    if (event.operationId === operationId && Array.isArray(event.userIds)) setViewers((current) => applyPresenceChange(current, { left: event.userIds }));
  });

  useEffect(() => {
    if (status !== 'live') setViewers((current) => (current.length > 0 ? [] : current));
  }, [status, socket, operationId]);

  return viewers;
}
