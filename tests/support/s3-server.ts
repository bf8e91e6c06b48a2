import { mkdtempSync, rmSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/** A running S3-speaking server (s3rver) holding one bucket in a temporary folder. */
export interface TestS3 {
  /** The S3_* settings that point the API at it. */
  env: Record<'S3_BUCKET' | 'S3_ENDPOINT' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_FORCE_PATH_STYLE', string>;
  /** The same, as S3 client options. */
  client: { endpoint: string; region: string; forcePathStyle: true; credentials: { accessKeyId: string; secretAccessKey: string } };
  bucket: string;
  /** Stops the server and removes its folder. */
  close(): Promise<void>;
}

/**
 * Starts s3rver on a free port of 127.0.0.1 with a fresh bucket `bucket` (3–63 characters) in a temporary folder.
 * s3rver 3.7.1 lacks two multipart calls that @tus/s3-store makes, ListParts (GET ?uploadId) and AbortMultipartUpload
 * (DELETE ?uploadId): they are answered here from s3rver's own store of uploaded parts, as S3 answers them (the parts in
 * order with their size and ETag; NoSuchUpload once the upload was completed or aborted).
 */
export async function startS3rver(bucket = 'taskforce-evidence'): Promise<TestS3> {
  const directory = mkdtempSync(join(tmpdir(), 'taskforce-s3-'));
  // s3rver's own credentials, checked on every request (AWS Signature Version 4).
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }], vhostBuckets: false });
  // Before the router (the last middleware), after the one that encodes plain-object bodies as XML.
  server.middleware.splice(server.middleware.length - 1, 0, multipartUploadCalls(server));
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    env: { S3_BUCKET: bucket, S3_ENDPOINT: endpoint, S3_REGION: 'us-east-1', S3_ACCESS_KEY_ID: credentials.accessKeyId, S3_SECRET_ACCESS_KEY: credentials.secretAccessKey, S3_FORCE_PATH_STYLE: 'true' },
    client: { endpoint, region: 'us-east-1', forcePathStyle: true, credentials },
    bucket,
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** ListParts and AbortMultipartUpload on `/<bucket>/<key>?uploadId=…`, from the folder where s3rver keeps an upload's parts. */
function multipartUploadCalls(server: S3rver) {
  return async (ctx: any, next: () => Promise<void>) => {
    const target = /^\/([^/]+)\/(.+)$/.exec(ctx.path);
    const uploadId = ctx.query.uploadId;
    if (!target || typeof uploadId !== 'string' || ctx.query.partNumber !== undefined || !['GET', 'DELETE'].includes(ctx.method)) return next();
    const [, bucket, key] = target;
    const folder = join(server.store.getResourcePath(bucket, undefined, 'uploads'), uploadId);
    const exists = await stat(folder).then(() => true, () => false);
    if (!exists) {
      ctx.status = 404;
      ctx.type = 'application/xml';
      ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchUpload</Code><Message>The specified upload does not exist.</Message><UploadId>${uploadId}</UploadId></Error>`;
      return;
    }
    if (ctx.method === 'DELETE') {
      await rm(folder, { recursive: true, force: true });
      ctx.status = 204;
      return;
    }
    const numbers = (await readdir(folder)).filter((name) => /^\d+$/.test(name)).map(Number).sort((a, b) => a - b);
    const parts = [];
    for (const n of numbers) {
      const [{ size }, md5] = await Promise.all([stat(join(folder, String(n))), readFile(join(folder, `${n}.md5`), 'utf8')]);
      parts.push({ PartNumber: n, ETag: JSON.stringify(md5), Size: size });
    }
    ctx.body = { ListPartsResult: { Bucket: bucket, Key: key, UploadId: uploadId, IsTruncated: false, ...(parts.length ? { Part: parts } : {}) } };
  };
}
