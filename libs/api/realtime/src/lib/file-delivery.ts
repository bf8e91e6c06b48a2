import type { AuthUser } from '@taskforce/api-core';
import type { FileAnnouncer } from '@taskforce/api-files';
import type { FileChangedEvent } from '@taskforce/domain';
import { rooms } from './client-events';

/** The part of a socket.io server `deliverFileChanged` uses. */
interface Rooms<S> {
  in(room: string[]): { fetchSockets(): Promise<S[]> };
}

/**
 * `file.changed` to the sockets whose person may read the record's files now: the candidates are the sockets of the
 * agencies that may hold the record and of the operation's coordinators (FileAnnouncer.audience); each is then asked
 * with AttachmentPolicy, once per agency and per coordinator. `live` drops sockets whose session has expired.
 */
export async function deliverFileChanged<S extends { data: { auth: AuthUser }; emit(event: 'file.changed', payload: FileChangedEvent): unknown }>(
  server: Rooms<S>,
  announcer: FileAnnouncer,
  event: FileChangedEvent,
  live: (sockets: S[]) => S[],
): Promise<void> {
  const audience = await announcer.audience(event);
  const candidates = [...audience.agencyIds.map(rooms.agency), ...audience.userIds.map(rooms.user)];
  if (!candidates.length) return;
  const sockets = live(await server.in(candidates).fetchSockets());
  const verdicts = await Promise.all(sockets.map((socket) => audience.reads(socket.data.auth)));
  sockets.forEach((socket, i) => {
    if (verdicts[i]) socket.emit('file.changed', event);
  });
}
