import { useEffect, useState } from 'react';
import { useRealtime } from './realtime-provider';

/** Whether the server is sending this operation's board events to us. */
export type WatchState = 'idle' | 'pending' | 'watching' | 'refused';

const ACK_TIMEOUT_MS = 10_000;

/**
 * Sends `operation:watch` while the component is mounted (again after every reconnection, since the server
 * forgets watches on disconnect) and `operation:unwatch` when it unmounts or the operation changes.
 */
export function useOperationWatch(operationId: string | undefined): WatchState {
  const { socket } = useRealtime();
  const [state, setState] = useState<WatchState>('idle');

  useEffect(() => {
    if (!socket || !operationId) return undefined;
    let mounted = true;
    const watch = () => {
      setState('pending');
      socket.timeout(ACK_TIMEOUT_MS).emit('operation:watch', { operationId }, (error, result) => {
        if (mounted) setState(!error && result?.ok ? 'watching' : 'refused');
      });
    };
    if (socket.connected) watch();
    socket.on('connect', watch);
    return () => {
      mounted = false;
      socket.off('connect', watch);
      if (socket.connected) {
        socket.timeout(ACK_TIMEOUT_MS).emit('operation:unwatch', { operationId }, () => undefined);
      }
      setState('idle');
    };
  }, [socket, operationId]);

  return state;
}
