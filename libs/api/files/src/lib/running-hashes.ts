import { createHash, type Hash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * SHA-256 of uploads computed while their bytes arrive, for any tus store: each PATCH body passes through the running
 * hash on its way to the store, so no second read is needed. An upload's hash continues only on the node that holds it
 * and only at the offset it stopped at; otherwise (a restart in between, a PATCH served by another node, bytes hashed
 * but not stored) it is dropped and the caller reads the stored bytes once instead. Each hash keeps 32 bytes of state.
 */
export class RunningHashes {
  private readonly running = new Map<string, { hash: Hash; offset: number }>();

  /**
   * Stores `readable` (a PATCH body starting at byte `offset`) through `store`, which returns the upload's new offset in
   * bytes, hashing what passes; rejects as `store` does.
   */
  async write(readable: Readable, id: string, offset: number, store: (body: Readable) => Promise<number>): Promise<number> {
    let state = this.running.get(id);
    if (!state || state.offset !== offset) state = offset === 0 ? { hash: createHash('sha256'), offset: 0 } : undefined;
    this.running.delete(id);
    if (!state) return store(readable);
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
    const written = await store(readable.pipe(tap));
    // Keep the hash only when it holds exactly the bytes now stored.
    if (written === offset + hashed) this.running.set(id, { hash: running.hash, offset: written });
    return written;
  }

  /** The SHA-256 (lowercase hex) of all `size` bytes if this node hashed them all, else undefined; forgets the hash. */
  take(id: string, size: number): string | undefined {
    const state = this.running.get(id);
    this.running.delete(id);
    return state && state.offset === size ? state.hash.digest('hex') : undefined;
  }

  /** Forgets a running hash (upload terminated or removed). */
  forget(id: string): void {
    this.running.delete(id);
  }
}

/** SHA-256 (lowercase hex) of everything a stream yields; rejects with the stream's error. */
export async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(stream, async function* (source) {
    for await (const chunk of source) hash.update(chunk as Buffer);
  });
  return hash.digest('hex');
}
