import { FileStore } from '@tus/file-store';
import type { Upload } from '@tus/server';
import { createHash, type Hash } from 'node:crypto';
import { chmodSync, createReadStream, mkdirSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * The tus file store on the local disk (one node), computing each upload's SHA-256 while its bytes arrive: every
 * PATCH's body passes through the running hash on its way to the disk, so no second read is needed. A resumed upload
 * continues the same hash when it resumes on the node that holds it at the offset it stopped at; otherwise (a restart
 * in between, bytes hashed but not written) `sha256` reads the stored bytes once instead. Memory stays flat: bytes
 * stream to the file, and each hash keeps 32 bytes of state. The folder is the API's alone (0700), and so are the
 * files in it (0600): bytes and their tus metadata (the file name among it).
 */
export class HashingFileStore extends FileStore {
  private readonly running = new Map<string, { hash: Hash; offset: number }>();

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

  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    let state = this.running.get(id);
    if (!state || state.offset !== offset) state = offset === 0 ? { hash: createHash('sha256'), offset: 0 } : undefined;
    this.running.delete(id);
    if (!state) return super.write(readable, id, offset);
    const running = state;
    let hashed = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        running.hash.update(chunk);
        hashed += chunk.length;
        callback(null, chunk);
      },
    });
    readable.on('error', (err) => tap.destroy(err));
    readable.on('aborted', () => tap.destroy(new Error('upload aborted')));
    const written = await super.write(readable.pipe(tap), id, offset);
    // Keep the hash only when it holds exactly the bytes now on disk.
    if (written === offset + hashed) this.running.set(id, { hash: running.hash, offset: written });
    return written;
  }

  /** The stored upload's SHA-256 (lowercase hex) once all `size` bytes are in: the running hash, or a read of the file. */
  async sha256(id: string, size: number): Promise<string> {
    const state = this.running.get(id);
    this.running.delete(id);
    if (state && state.offset === size) return state.hash.digest('hex');
    return sha256Of(createReadStream(this.path(id)));
  }

  /** Where the upload's bytes are on disk. */
  path(id: string): string {
    return join(this.directory, id);
  }

  /** Forgets a running hash (upload terminated). */
  forget(id: string): void {
    this.running.delete(id);
  }
}

/** SHA-256 (lowercase hex) of everything a stream yields. */
export async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(stream, async function* (source) {
    for await (const chunk of source) hash.update(chunk as Buffer);
  });
  return hash.digest('hex');
}
