import type { S3Settings } from '@taskforce/api-core';
import { S3Store } from '@tus/s3-store';
import { fromBuffer, type FileTypeResult } from 'file-type';
import { Readable } from 'node:stream';
import type { FileStorage } from './file-storage';
import { PgAdvisoryLocker } from './pg-advisory-locker';
import { RunningHashes, sha256Of } from './running-hashes';

/** Bytes file-type needs to recognise every type it knows (its `minimumBytes`). */
const SNIFF_BYTES = 4100;

/** Errors S3 answers for an object or multipart upload that is not there (AWS, MinIO, s3rver spell them differently). */
const ABSENT = new Set(['NoSuchKey', 'NoSuchUpload', 'NotFound']);
const isAbsent = (error: unknown) => ABSENT.has((error as { name?: string; Code?: string }).Code ?? (error as { name?: string }).name ?? '');

/**
 * The tus S3 store (`@tus/s3-store`: a multipart upload per file, its tus metadata in the object `<id>.info`, a trailing
 * part under 5 MiB kept as `<id>.part` until the next PATCH), computing each upload's SHA-256 while its bytes arrive
 * (RunningHashes), and reading, sniffing and removing the finished object `<id>`.
 */
export class HashingS3Store extends S3Store {
  readonly hashes = new RunningHashes();

  constructor(settings: S3Settings) {
    super({
      s3ClientConfig: {
        bucket: settings.bucket,
        region: settings.region,
        endpoint: settings.endpoint,
        forcePathStyle: settings.forcePathStyle,
        credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
        // Checksums only where S3 requires them: the newer default sends bodies `aws-chunked` with trailing checksums,
        // which S3-compatible services other than AWS do not all understand.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      },
    });
  }

  override write(readable: Readable, id: string, offset: number): Promise<number> {
    return this.hashes.write(readable, id, offset, (body) => super.write(body, id, offset));
  }

  /** A stream of the object `<id>`'s bytes, opened when first read; S3's error (e.g. NoSuchKey) surfaces on the stream. */
  open(id: string): Readable {
    const { client, bucket } = this;
    return Readable.from(
      (async function* () {
        const { Body } = await client.getObject({ Bucket: bucket, Key: id });
        yield* Body as Readable;
      })(),
    );
  }

  /** The first SNIFF_BYTES bytes of the object `<id>` (fewer for a smaller object), by one ranged GetObject. */
  async head(id: string): Promise<Uint8Array> {
    const { Body } = await this.client.getObject({ Bucket: this.bucket, Key: id, Range: `bytes=0-${SNIFF_BYTES - 1}` });
    return (await Body?.transformToByteArray()) ?? new Uint8Array();
  }

  /**
   * Removes everything the upload `<id>` left in the bucket: an unfinished multipart upload (aborted), the object, its
   * `.info` and `.part` objects. Missing pieces are no error. @throws S3's error when the storage refuses or is unreachable.
   */
  override async remove(id: string): Promise<void> {
    this.hashes.forget(id);
    const uploadId = await this.getMetadata(id).then(
      (m) => m['upload-id'],
      (error: unknown) => (isAbsent(error) ? undefined : Promise.reject(error)),
    );
    if (uploadId) await this.client.abortMultipartUpload({ Bucket: this.bucket, Key: id, UploadId: uploadId }).catch((error: unknown) => (isAbsent(error) ? undefined : Promise.reject(error)));
    for (const key of [id, this.infoKey(id), this.partKey(id, true)]) await this.client.deleteObject({ Bucket: this.bucket, Key: key });
    await this.clearCache(id);
  }

  /** Closes the S3 client's connections. */
  destroy(): void {
    this.client.destroy();
  }
}

/**
 * Evidence files in a bucket of S3-compatible object storage shared by every API node: uploads locked across nodes
 * with PostgreSQL advisory locks (PgAdvisoryLocker on `databaseUrl`), the SHA-256 computed while the bytes arrive or,
 * when another node received some of them, by reading the object once.
 */
export class S3FileStorage implements FileStorage {
  readonly datastore: HashingS3Store;
  readonly locker: PgAdvisoryLocker;

  constructor(settings: S3Settings, databaseUrl: string) {
    this.datastore = new HashingS3Store(settings);
    this.locker = new PgAdvisoryLocker({ connectionString: databaseUrl });
  }

  open(id: string): Readable {
    return this.datastore.open(id);
  }

  async sha256(id: string, size: number): Promise<string> {
    return this.datastore.hashes.take(id, size) ?? sha256Of(this.open(id));
  }

  detectType(id: string): Promise<FileTypeResult | undefined> {
    return this.datastore.head(id).then(
      (bytes) => fromBuffer(bytes),
      () => undefined,
    );
  }

  remove(id: string): Promise<void> {
    return this.datastore.remove(id);
  }

  async close(): Promise<void> {
    await this.locker.close();
    this.datastore.destroy();
  }
}
