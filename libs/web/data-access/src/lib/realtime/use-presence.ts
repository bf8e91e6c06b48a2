import { useEffect, useState } from 'react';
import type { PresenceViewer } from './realtime-events';
import { useRealtime } from './realtime-provider';
import { useRealtimeEvent } from './use-realtime-event';

/**
 * Who is viewing an operation now, from the server's `presence` events (sent to everyone watching it whenever
 * someone starts or stops watching). Empty until the first event, and again while the socket is disconnected
 * (the list would be stale); use together with `useOperationWatch`.
 */
export function usePresence(operationId: string | undefined): PresenceViewer[] {
  const { socket, status } = useRealtime();
  const [viewers, setViewers] = useState<PresenceViewer[]>([]);

  useRealtimeEvent('presence', (event) => {
    if (event.operationId === operationId && Array.isArray(event.viewers)) setViewers(event.viewers);
  });

  useEffect(() => {
    if (status !== 'live') setViewers((current) => (current.length > 0 ? [] : current));
  }, [status, socket, operationId]);

  return viewers;
}
