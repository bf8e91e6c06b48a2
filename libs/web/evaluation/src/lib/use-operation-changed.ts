import { type OperationChangedEvent, useRealtimeEvent, useRealtimeReconnect } from '@taskforce/web-data-access';

/**
 * Calls `handler` on every `operation.changed` socket event for `operationId` (a section saved, the evaluation
 * finalised, the status moved…) and with null after each reconnection, so the screen can refetch what it shows.
 */
export function useOperationChanged(operationId: string, handler: (event: OperationChangedEvent | null) => void): void {
  useRealtimeEvent('operation.changed', (event) => {
    if (event.operationId === operationId) handler(event);
  });
  useRealtimeReconnect(() => handler(null));
}
