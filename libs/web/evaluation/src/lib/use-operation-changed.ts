import { useRealtime, useRealtimeReconnect } from '@taskforce/web-data-access';
import { useEffect, useRef } from 'react';

/** What the server pushes when a joint operation changes (docs/api-contract.md, socket.io): the client refetches. */
export interface OperationChangedEvent {
  operationId: string;
  change: string;
  visible: boolean;
}

/**
 * Calls `handler` on every `operation.changed` socket event for `operationId` (a section saved, the evaluation
 * finalised, the status moved…) and after each reconnection, so the screen can refetch what it shows.
 */
export function useOperationChanged(operationId: string, handler: (event: OperationChangedEvent | null) => void): void {
  const { socket } = useRealtime();
  const handlerRef = useRef(handler);
  handlerRef.current = handler;
  useEffect(() => {
    if (!socket) return undefined;
    // The shared event map does not list operation.changed yet; listen through the untyped emitter.
    const emitter = socket as unknown as { on(name: string, fn: (e: OperationChangedEvent) => void): void; off(name: string, fn: (e: OperationChangedEvent) => void): void };
    const listener = (event: OperationChangedEvent) => {
      if (event.operationId === operationId) handlerRef.current(event);
    };
    emitter.on('operation.changed', listener);
    return () => emitter.off('operation.changed', listener);
  }, [socket, operationId]);
  useRealtimeReconnect(() => handlerRef.current(null));
}
