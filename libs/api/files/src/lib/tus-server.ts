import { Server, type DataStore, type Upload } from '@tus/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { FileStorage } from './file-storage';

/** A tus hook's refusal: the status and text the client gets. */
export const refuse = (status_code: number, body: string) => ({ status_code, body: `${body}\n` });

/** What the evidence-file rules decide at each step of a tus upload (FilesService). */
export interface TusHooks {
  /** Every request on an existing upload and every creation, before tus acts. @throws a `refuse(...)` answer. */
  admit(req: IncomingMessage, uploadId: string): Promise<void>;
  /** A creation, before anything is stored. @throws a `refuse(...)` answer. */
  begin(req: IncomingMessage, upload: Upload): Promise<void>;
  /** The last byte arrived; resolves with headers for the answer to the last PATCH. */
  finish(req: IncomingMessage, upload: Upload): Promise<Record<string, string>>;
  /** A termination (tus DELETE) removed the bytes of the unfinished upload `uploadId`. */
  terminated(uploadId: string): Promise<void>;
}

/**
 * The tus datastore as the tus server sees it: a termination removes the upload through the FileStorage (bytes, tus
 * metadata, running hash), then tells `terminated`. The tus server removes only on a DELETE, after it has checked that
 * the upload is unfinished and while it holds the upload's lock, so a PATCH cannot finish it in between.
 */
function terminating(storage: FileStorage, terminated: (id: string) => Promise<void>): DataStore {
  const store = storage.datastore;
  return new Proxy(store, {
    get(target, property) {
      if (property === 'remove') {
        return async (id: string) => {
          await storage.remove(id);
          await terminated(id);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * The tus 1.0.0 server on `/files` (creation, PATCH, HEAD, termination of unfinished uploads) over `storage`, at most
 * `maxSize` bytes per file, ids random UUIDs, `Location` relative (same origin).
 */
export function createTusServer(storage: FileStorage, maxSize: number, hooks: TusHooks): Server {
  return new Server({
    path: '/files',
    datastore: terminating(storage, (id) => hooks.terminated(id)),
    ...(storage.locker ? { locker: storage.locker } : {}),
    maxSize,
    relativeLocation: true,
    disableTerminationForFinishedUploads: true,
    namingFunction: () => randomUUID(),
    onIncomingRequest: (req, _res, uploadId) => hooks.admit(req, uploadId),
    onUploadCreate: async (req, res: ServerResponse, upload) => {
      await hooks.begin(req, upload);
      return res;
    },
    onUploadFinish: async (req, res: ServerResponse, upload) => ({ res, headers: await hooks.finish(req, upload) }),
  });
}
