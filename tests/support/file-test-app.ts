import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tusUpload } from './file-uploads';
import { FIXTURE_PASSWORD, FixtureBuilder } from './fixture-builder';
import { AGENCIES, OPERATIONS, PEOPLE } from './sample-task-force';
import { gql, login, startTestApp, type GqlResponse, type TestApp } from './test-app';

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
