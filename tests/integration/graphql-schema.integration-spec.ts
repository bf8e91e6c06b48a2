import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The GraphQL contract is committed as `schema.graphql` at the repository root (types sorted by name). This test
 * fails when the code's schema and the committed file differ; `npm run schema:write` rewrites the file from the
 * code (review the diff: it is the contract change).
 */
const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.graphql');
const HEADER = '# The GraphQL contract of the task-force API, printed from the code (npm run schema:write). Do not edit by hand.\n\n';

describe('the committed GraphQL schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is the schema the code serves', () => {
    const printed = HEADER + printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, printed);
    let committed = '';
    try {
      committed = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      throw new Error(`${SCHEMA_FILE} is missing: run npm run schema:write and commit it`);
    }
    if (committed !== printed) throw new Error('schema.graphql is stale: run npm run schema:write and commit the difference (it is a change of the API contract)');
    expect(committed).toBe(printed);
  });
});
