import { FileStore } from '@tus/file-store';
import { ERRORS, type Upload } from '@tus/server';
import { chmodSync, createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { RunningHashes, sha256Of } from './running-hashes';

/** Bytes gathered before each write to disk: 1 MiB. */
const WRITE_CHUNK_BYTES = 1024 * 1024;

/**
 * The tus file store on the local disk (one node), computing each upload's SHA-256 while its bytes arrive
 * (RunningHashes): every PATCH's body passes through the running hash on its way to the disk. When the running hash is
 * not available (a restart in between, bytes hashed but not written) `sha256` reads the stored bytes once instead.
 * Memory stays flat: bytes stream to the file, and each hash keeps 32 bytes of state. The folder is the API's alone
 * (0700), and so are the files in it (0600): bytes and their tus metadata (the file name among it).
 */
export class HashingFileStore extends FileStore {
  private readonly hashes = new RunningHashes();

  constructor(directory: string) {
    super({ directory });
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    chmodSync(directory, 0o700);
  }

  override async create(file: Upload): Promise<Upload> {
    const created = await super.create(file);
    const path = this.path(file.id);
    await Promise.all([chmod(path, 0o600), chmod(`${path}.json`, 0o600)]);
    return created;
  }

  override write(readable: Readable, id: string, offset: number): Promise<number> {
    return this.hashes.write(readable, id, offset, (body) => this.writeAt(body, id, offset));
  }

  /**
   * Writes a PATCH body into the upload's file from byte `offset`, in writes of up to WRITE_CHUNK_BYTES (the package's
   * own store writes through an extra stream stage in 16 KiB writes); resolves with the new offset.
   * @throws tus's FILE_WRITE_ERROR when the body or the disk fails (the bytes written so far stay: a HEAD tells where to resume).
   */
  private async writeAt(body: Readable, id: string, offset: number): Promise<number> {
    let received = 0;
    body.on('data', (chunk: Buffer) => (received += chunk.length));
    try {
      await pipeline(body, createWriteStream(this.path(id), { flags: 'r+', start: offset, highWaterMark: WRITE_CHUNK_BYTES }));
    } catch {
      throw ERRORS.FILE_WRITE_ERROR;
    }
    return offset + received;
  }

  /** The stored upload's SHA-256 (lowercase hex) once all `size` bytes are in: the running hash, or a read of the file. */
  async sha256(id: string, size: number): Promise<string> {
    return this.hashes.take(id, size) ?? sha256Of(createReadStream(this.path(id)));
  }

  /** Where the upload's bytes are on disk. */
  path(id: string): string {
    return join(this.directory, id);
  }

  /** Forgets a running hash (upload terminated). */
  forget(id: string): void {
    this.hashes.forget(id);
  }
}
