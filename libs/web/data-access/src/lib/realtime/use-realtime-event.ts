import { useEffect, useRef } from 'react';
import type { ServerEventName, ServerEventPayload, ServerToClientEvents } from './realtime-events';
import { useRealtime } from './realtime-provider';

/**
 * Calls `handler` for each server event of that name while the component is mounted (latest handler wins).
 * `notification` events come de-duplicated: one replayed around a reconnection is delivered once.
 */
export function useRealtimeEvent<E extends ServerEventName>(
  event: E,
  handler: (payload: ServerEventPayload<E>) => void,
): void {
  const { socket, notifications } = useRealtime();
  const handlerRef = useRef(handler);
  handlerRef.current = handler;

  useEffect(() => {
    if (!socket) return undefined;
    if (event === 'notification') {
      return notifications.subscribe((payload) => (handlerRef.current as (value: typeof payload) => void)(payload));
    }
    const listener = ((payload: ServerEventPayload<E>) => handlerRef.current(payload)) as ServerToClientEvents[E];
    // socket.io's typed emitter cannot follow a generic event name, hence the widened signature.
    const emitter = socket as unknown as {
      on(name: string, fn: ServerToClientEvents[E]): void;
      off(name: string, fn: ServerToClientEvents[E]): void;
    };
    emitter.on(event, listener);
    return () => emitter.off(event, listener);
  }, [socket, notifications, event]);
}

/**
 * Calls `handler` each time the socket connects again after a drop (not on the first connection), so a
 * screen can refetch what it may have missed meanwhile.
 */
export function useRealtimeReconnect(handler: () => void): void {
  const { socket } = useRealtime();
  const handlerRef = useRef(handler);
  handlerRef.current = handler;

  useEffect(() => {
    if (!socket) return undefined;
    let connectedBefore = socket.connected;
    const onConnect = () => {
      if (connectedBefore) handlerRef.current();
      connectedBefore = true;
    };
    socket.on('connect', onConnect);
    return () => {
      socket.off('connect', onConnect);
    };
  }, [socket]);
}
