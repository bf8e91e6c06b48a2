import { createHash } from 'node:crypto';

/** Lowercase hex SHA-256 of bytes, computed by the test independently of the product. */
export const sha256 = (bytes: Buffer | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A tus `Upload-Metadata` value: base64 of UTF-8. */
export const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** The outcome of an upload: the last status and body, the file id once created, the last response's headers. */
export interface TusOutcome {
  status: number;
  body: string;
  id: string | null;
  headers: Headers;
}

/**
 * A tus upload over raw HTTP as a signed-in person (bearer `token`): the creation (`POST /files` with the metadata),
 * then the bytes in `parts` PATCHes. Stops at the first refusal and returns it.
 */
export async function tusUpload(url: string, token: string, bytes: Buffer, meta: Record<string, string>, parts = 1): Promise<TusOutcome> {
  const auth = { authorization: `Bearer ${token}`, 'Tus-Resumable': '1.0.0' };
  const metadata = Object.entries(meta).map(([k, v]) => `${k} ${b64(v)}`).join(',');
  const created = await fetch(`${url}/files`, { method: 'POST', headers: { ...auth, 'Upload-Length': String(bytes.length), 'Upload-Metadata': metadata } });
  if (created.status !== 201) return { status: created.status, body: await created.text(), id: null, headers: created.headers };
  const id = created.headers.get('location')!.split('/').pop()!;
  let offset = 0;
  let last: Response = created;
  const size = Math.ceil(bytes.length / parts);
  while (offset < bytes.length) {
    const chunk = bytes.subarray(offset, offset + size);
    last = await fetch(`${url}/files/${id}`, { method: 'PATCH', headers: { ...auth, 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' }, body: new Uint8Array(chunk) });
    if (last.status !== 204) return { status: last.status, body: await last.text(), id, headers: last.headers };
    offset += chunk.length;
  }
  return { status: last.status, body: '', id, headers: last.headers };
}
