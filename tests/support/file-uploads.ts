import { createHash } from 'node:crypto';

// Raw-HTTP upload helpers, free of the API's code: the integration specs and the browser tests use them alike.

/** Lowercase hex SHA-256 of bytes, computed by the test independently of the product. */
export const sha256 = (bytes: Buffer | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A tus `Upload-Metadata` value: base64 of UTF-8. */
export const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** The headers every tus request of a signed-in person (bearer `token`) carries. */
export const tusHeaders = (token: string) => ({ authorization: `Bearer ${token}`, 'Tus-Resumable': '1.0.0' });

/** A tus `Upload-Metadata` header from plain values: `key base64(value)` pairs joined by commas. */
export const tusMetadata = (meta: Record<string, string>) =>
  Object.entries(meta)
    .map(([k, v]) => `${k} ${b64(v)}`)
    .join(',');

/** A tus creation (`POST /files`) of an upload of `size` bytes with `meta`, as the person with bearer `token`. */
export const tusCreate = (url: string, token: string, size: number | string, meta: Record<string, string>) =>
  fetch(`${url}/files`, { method: 'POST', headers: { ...tusHeaders(token), 'Upload-Length': String(size), 'Upload-Metadata': tusMetadata(meta) } });

/** A tus PATCH sending `bytes` to upload `id` from byte `offset`. */
export const tusPatch = (url: string, token: string, id: string, offset: number, bytes: Buffer | Uint8Array) =>
  fetch(`${url}/files/${id}`, { method: 'PATCH', headers: { ...tusHeaders(token), 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' }, body: new Uint8Array(bytes) });

/** The upload id at the end of a creation's `Location`. */
export const uploadIdOf = (created: Response) => created.headers.get('location')!.split('/').pop()!;

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
  const created = await tusCreate(url, token, bytes.length, meta);
  if (created.status !== 201) return { status: created.status, body: await created.text(), id: null, headers: created.headers };
  const id = uploadIdOf(created);
  let offset = 0;
  let last: Response = created;
  const size = Math.ceil(bytes.length / parts);
  while (offset < bytes.length) {
    const chunk = bytes.subarray(offset, offset + size);
    last = await tusPatch(url, token, id, offset, chunk);
    if (last.status !== 204) return { status: last.status, body: await last.text(), id, headers: last.headers };
    offset += chunk.length;
  }
  return { status: last.status, body: '', id, headers: last.headers };
}
