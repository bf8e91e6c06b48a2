import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_PASSWORD, FixtureBuilder } from './fixture-builder';
import { AGENCIES, OPERATIONS, PEOPLE } from './sample-task-force';
import { gql, login, startTestApp, type GqlResponse, type TestApp } from './test-app';

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

/** A person of the sample catalogue, by e-mail. */
export type SamplePerson = keyof typeof PEOPLE;

/**
 * The API of the evidence-file specs with its files on a disk of its own, and the sample task force they use: Danube
 * Route (coordinated by NL-POL) with its member agencies, every person signed in.
 */
export interface FileTestApp<P extends SamplePerson> {
  t: TestApp;
  /** TASKFORCE_DATA_DIR: the uploads are under `<dataDir>/files`. */
  dataDir: string;
  /** Each person's bearer token. */
  token: Record<P, string>;
  /** Agency ids by acronym. */
  agency: Record<string, string>;
  /** Danube Route's id. */
  danube: string;
  /** A GraphQL request as `who`. */
  as(who: P, query: string, variables?: Record<string, unknown>): Promise<GqlResponse<Record<string, any>>>;
  /** A tus upload by `who` to Danube Route, in one PATCH; fails the test unless it finished. Its file id. */
  uploadToDanube(who: P, bytes: Buffer, filename: string): Promise<string>;
  /** Stops the API, drops its database and removes the data folder. */
  close(): Promise<void>;
}

/**
 * Starts the API for an evidence-file spec: a fresh data folder (`TASKFORCE_DATA_DIR`), the retention sweep off (the
 * spec drives it), `env` on top; the agencies `agencies` (acronyms of the sample catalogue), the `people`, Danube Route
 * with `members` (NL-POL coordinates it), and every person signed in.
 */
export async function startFileTestApp<P extends SamplePerson>(
  people: readonly P[],
  { agencies, members, env = {} }: { agencies: Array<keyof typeof AGENCIES>; members: Array<keyof typeof AGENCIES>; env?: Record<string, string> },
): Promise<FileTestApp<P>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'taskforce-files-'));
  const t = await startTestApp({ TASKFORCE_DATA_DIR: dataDir, FILE_RETENTION_CHECK_SECONDS: '0', ...env }, { demoData: false });
  const f = new FixtureBuilder(t.db);
  await f.agency(...agencies.map((acronym) => AGENCIES[acronym]));
  await f.person(...people.map((email) => PEOPLE[email]));
  await f.operation({ ...OPERATIONS.danube, agencies: members, participants: [] });
  const token = {} as Record<P, string>;
  for (const who of people) token[who] = await login(t.url, who, FIXTURE_PASSWORD);
  const danube = f.operations[OPERATIONS.danube.name];
  return {
    t,
    dataDir,
    token,
    agency: f.agencies,
    danube,
    as: (who, query, variables = {}) => gql(t.url, query, variables, token[who]),
    uploadToDanube: async (who, bytes, filename) => {
      const up = await tusUpload(t.url, token[who], bytes, { filename, attachedKind: 'OPERATION', attachedId: danube });
      if (up.status !== 204) throw new Error(`upload of ${filename} answered ${up.status}: ${up.body}`);
      return up.id!;
    },
    close: async () => {
      await t.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
