import type { AppConfig } from '@taskforce/api-core';
import type { DataStore, Locker } from '@tus/server';
import { fromFile, type FileTypeResult } from 'file-type';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { HashingFileStore } from './hashing-file-store';
import { S3FileStorage } from './s3-file-storage';

/**
 * Where evidence file contents are kept, as FilesService needs it: the tus datastore uploads are written to, and the
 * stored bytes of a file by its id. Two kinds: the local disk of one node (LocalFileStorage, the default) and a bucket
 * of S3-compatible object storage shared by several nodes (S3FileStorage, when S3_BUCKET is set).
 */
export interface FileStorage {
  /** The tus datastore that receives uploads (POST, PATCH, HEAD, DELETE on /files). */
  readonly datastore: DataStore;
  /** A lock on an upload shared by every node using this storage; undefined: tus's in-memory lock (one node). */
  readonly locker?: Locker;
  /** A stream of the stored file's bytes, opened lazily; a missing file errors on the stream (never throws here). */
  open(id: string): Readable;
  /**
   * SHA-256 (lowercase hex) of a finished upload of `size` bytes: the hash computed while its bytes arrived on this
   * node, or one read of the stored bytes when that is not available. @throws when the stored bytes cannot be read.
   */
  sha256(id: string, size: number): Promise<string>;
  /** The type detected from the file's first bytes (file-type 16: `{ ext, mime }`), undefined when unknown or unreadable. */
  detectType(id: string): Promise<FileTypeResult | undefined>;
  /** Removes the file's bytes and its upload bookkeeping (tus info). @throws when they are already gone (local disk) or the storage fails. */
  remove(id: string): Promise<void>;
  /** Releases connections (database, object storage); the storage is unusable afterwards. */
  close(): Promise<void>;
}

/** Evidence files on this node's disk under `<TASKFORCE_DATA_DIR>/files` (one node): `<id>` and the tus info `<id>.json`. */
export class LocalFileStorage implements FileStorage {
  readonly datastore: HashingFileStore;

  constructor(directory: string) {
    this.datastore = new HashingFileStore(directory);
  }

  open(id: string): Readable {
    return createReadStream(this.datastore.path(id));
  }

  sha256(id: string, size: number): Promise<string> {
    return this.datastore.sha256(id, size);
  }

  detectType(id: string): Promise<FileTypeResult | undefined> {
    return fromFile(this.datastore.path(id)).catch(() => undefined);
  }

  async remove(id: string): Promise<void> {
    this.datastore.forget(id);
    await this.datastore.remove(id);
  }

  async close(): Promise<void> {
    // Nothing held open between requests.
  }
}

/** The storage the settings choose: S3 when S3_BUCKET is set (locks in the database at `databaseUrl`), else the local disk. */
export function createFileStorage(config: AppConfig, databaseUrl: string): FileStorage {
  const s3 = config.s3;
  return s3 ? new S3FileStorage(s3, databaseUrl) : new LocalFileStorage(config.filesDir);
}
