import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The GraphQL contract is committed as `schema.graphql` at the repository root (types sorted by name). This test
 * fails when the code's schema and the committed file differ; `npm run schema:write` rewrites the file from the
 * code (review the diff: it is the contract change). The web client's types are generated from that file and the
 * client's documents (codegen.ts, `npm run codegen`); the second test fails when the committed output is stale or a
 * document asks for something the schema does not have.
 */
const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.graphql');
const HEADER = '# The GraphQL contract of the task-force API, printed from the code (npm run schema:write). Do not edit by hand.\n\n';

describe('the committed GraphQL schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
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

  it('is what the web client’s generated types were made from, with every document valid against it', () => {
    const root = join(__dirname, '..', '..');
    const bin = join(root, 'node_modules', '.bin', 'graphql-codegen');
    try {
      execFileSync(bin, ['--config', 'codegen.ts', '--check'], { cwd: root, stdio: 'pipe', timeout: 120_000 });
    } catch (err) {
      const output = String((err as { stdout?: Buffer }).stdout ?? '') + String((err as { stderr?: Buffer }).stderr ?? '');
      throw new Error(`the generated client types are stale or a document is invalid: run npm run codegen and commit the result\n${output.slice(-2000)}`);
    }
  }, 150_000);
});
