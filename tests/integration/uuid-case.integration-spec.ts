import { randomBytes } from 'node:crypto';
import { sha256 } from '../support/file-uploads';
import { FileTestApp, startFileTestApp } from '../support/file-test-app';
import { errorCode } from '../support/test-app';

/**
 * A UUID is the same id in upper and lower case (RFC 9562 §4: input is case-insensitive), for the GraphQL API and
 * for `GET /files/<id>` alike. Danube Route with NL-POL (coordinator) and RO-DIOC, from the sample catalogue.
 */

const PEOPLE_IN = ['coordinator@nl.test', 'liaison@ro.test'] as const;
type Person = (typeof PEOPLE_IN)[number];

describe('ids in upper case', () => {
  let app: FileTestApp<Person>;
  beforeAll(async () => {
    app = await startFileTestApp(PEOPLE_IN, { agencies: ['NL-POL', 'RO-DIOC'], members: ['RO-DIOC'] });
  });
  afterAll(() => app?.close());

  it('name the same record as in lower case, in GraphQL arguments, input fields and the download route', async () => {
    const bytes = randomBytes(64);
    const fileId = await app.uploadToDanube('liaison@ro.test', bytes, 'ledger.bin');
    const operationId = app.danube;
    const up = (id: string) => id.toUpperCase();

    // An argument of type ID, and the download route.
    const file = await app.as('coordinator@nl.test', 'query($id: ID!) { file(id: $id) { id name } }', { id: up(fileId) });
    expect([errorCode(file), file.data?.file]).toEqual([undefined, { id: fileId, name: 'ledger.bin' }]);
    const got = await fetch(`${app.t.url}/files/${up(fileId)}`, { headers: { authorization: `Bearer ${app.token['coordinator@nl.test']}` } });
    expect([got.status, sha256(Buffer.from(await got.arrayBuffer()))]).toEqual([200, sha256(bytes)]);

    // An ID field of an input, then an argument written in the document itself.
    const posted = await app.as('liaison@ro.test', 'mutation($input: PostOperationMessageInput!) { postOperationMessage(input: $input) { id operationId } }', { input: { operationId: up(operationId), body: 'Upper-case id' } });
    expect([errorCode(posted), posted.data?.postOperationMessage.operationId]).toEqual([undefined, operationId]);
    const listed = await app.as('coordinator@nl.test', `{ operationMessages(operationId: "${up(operationId)}") { body } }`);
    expect([errorCode(listed), listed.data?.operationMessages]).toEqual([undefined, [{ body: 'Upper-case id' }]]);

    // An id that is not a UUID stays as sent and names nothing.
    const odd = await app.as('coordinator@nl.test', 'query($id: ID!) { file(id: $id) { id } }', { id: 'NOT-AN-ID' });
    expect(errorCode(odd)).toBe('NOT_FOUND');
  });
});
