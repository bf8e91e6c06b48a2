import { AgencyKind, Pillar, Role, TaskPriority } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, login as signIn, startTestApp, TestApp } from '../support/test-app';

const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);

/** Danube Route of the NL police and the Romanian prosecutors, with one task; the platform admin in no operation. */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency({ acronym: 'NL-POL', country: 'NL' }, { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' }, { acronym: 'JTF-SEC', kind: AgencyKind.GOVERNMENT, country: 'BE' });
  await f.person(
    { email: 'coordinator@nl.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
    { email: 'liaison@ro.test', name: 'Ioana Popescu', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
    { email: 'admin@jtf.test', name: 'Claire Dubois', agency: 'JTF-SEC', roles: [Role.PLATFORM_ADMIN] },
  );
  await f.operation({ name: 'Joint Operation Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC'], coordinators: ['coordinator@nl.test'] });
  await f.task({ title: 'Request bank records of the recruitment agency', operation: 'Joint Operation Danube Route', by: 'coordinator@nl.test', to: 'RO-DIOC', person: 'liaison@ro.test', pillar: Pillar.PROSECUTION, priority: TaskPriority.URGENT });
}

/**
 * GraphQL hardening: depth and cost limits, no batching, no introspection or schema hints in production, no
 * stack traces in any response, and /health. (The caps on aliases, directives and tokens, the cost of each field and
 * the budget per minute: graphql-cost.integration-spec.ts.)
 */

/** 10 nested field levels (the leaf counts, as graphql-armor counts depth); the limit is 8. */
const TOO_DEEP = '{ operations { tasks { operation { tasks { operation { tasks { operation { tasks { operation { id } } } } } } } } } }';
/**
 * A query within both limits of the default app: depth 5, estimated cost 10 + 10 × (20 + 10 × 20) + 10 = 2,220 —
 * operations (one read, 10 assumed), each one's tasks (two reads, 10 assumed), each task's operation (two reads),
 * plus 10 for the top-level field; the names are free (see COST in libs/api/core/src/lib/query-cost.ts).
 */
const MODERATE = '{ operations { tasks { operation { name } } } }';
/** Estimated cost 10 + 10 × (20 + 10 × 0) + 10 = 220. */
const COSTLY = '{ operations { name tasks { title } } }';
const INTROSPECTION = '{ __schema { types { name } } }';
const MISSPELLED = '{ mee { id } }';

/** POSTs a raw body to /graphql and returns status and text, for checks on what exactly goes over the wire. */
async function raw(url: string, body: string, token?: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: res.status, text: await res.text() };
}

/** No stack trace, no server file path, no "stacktrace" extension. (Plain " at " as in "at position 1" is fine.) */
function expectNoStack(text: string): void {
  expect(text).not.toMatch(/stacktrace/i);
  expect(text).not.toMatch(/(^|\\n|\n)\s*at\s+\S+/); // a stack line: newline, spaces, "at "
  expect(text).not.toMatch(/\bat\s+[\w.$<>[\] ]+\s\(/); // "at fn (file…)"
  expect(text).not.toMatch(/node_modules|\/work\/|\.(ts|js):\d+(:\d+)?/);
}

/** Error responses of many kinds; each must be free of stack traces. */
async function errorSamples(t: TestApp, token: string, adminToken: string): Promise<Array<{ what: string; status: number; text: string }>> {
  const q = (query: string, variables: Record<string, unknown> = {}, tok: string | null = token) => raw(t.url, JSON.stringify({ query, variables }), tok ?? undefined);
  const samples: Array<[string, Promise<{ status: number; text: string }>]> = [
    ['malformed JSON', raw(t.url, '{"query": "{ me { id } ', token)],
    ['syntax error', q('{ me { id ')],
    ['unknown field', q(MISSPELLED)],
    ['too deep', q(TOO_DEEP)],
    ['no token', q('{ me { id } }', {}, null)],
    ['forged token', q('{ me { id } }', {}, 'a.b.c')],
    ['not found', q('query($id: ID!) { operation(id: $id) { id } }', { id: 'abc' })],
    ['bad input', q('mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', { input: { operationId: 'x', title: 'ab', assigneeAgencyId: 'x', pillar: 'PREVENTION', priority: 'LOW' } })],
    ['bad enum variable', q('mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', { input: { operationId: 'x', title: 'abc', assigneeAgencyId: 'x', pillar: 'NOPE', priority: 'LOW' } })],
    ['wrong variable type', q('mutation($input: UpdateTaskStatusInput!) { updateTaskStatus(input: $input) { id } }', { input: { taskId: 'x', status: 'OPEN', expectedVersion: 'one' } })],
    ['server-side failure (platform admin disables a malformed user id)', q('mutation { disableUser(id: "abc") { id } }', {}, adminToken)],
    ['batch', raw(t.url, JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]), token)],
  ];
  const out = [];
  for (const [what, p] of samples) out.push({ what, ...(await p) });
  return out;
}

describe('GraphQL hardening (default test app)', () => {
  let t: TestApp;
  let token: string;
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    await taskForce(t);
    token = await login(t.url, 'coordinator@nl.test');
    adminToken = await login(t.url, 'admin@jtf.test');
  });
  afterAll(() => t.close());

  it('a query deeper than GRAPHQL_MAX_DEPTH (8) is refused in validation: GRAPHQL_VALIDATION_FAILED, no data', async () => {
    const res = await gql(t.url, TOO_DEEP, {}, token);
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toBe('Query depth limit of 8 exceeded, found 10.');
  });

  it('a moderate nested query is answered (the limits do not refuse everything)', async () => {
    const res = await gql(t.url, MODERATE, {}, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.operations.map((o: { tasks: Array<{ operation: { name: string } }> }) => o.tasks[0].operation.name)).toEqual(['Joint Operation Danube Route']);
    const costly = await gql(t.url, COSTLY, {}, token); // cost 220: fine under the default 20000
    expect(costly.errors).toBeUndefined();
    expect(costly.data!.operations.map((o: { name: string }) => o.name)).toEqual(['Joint Operation Danube Route']);
  });

  it('a batched HTTP request (JSON array of two operations) is refused, not answered twice', async () => {
    const res = await raw(t.url, JSON.stringify([{ query: '{ me { email } }' }, { query: '{ me { id } }' }]), token);
    expect(res.status).toBe(400);
    const body = JSON.parse(res.text);
    expect(Array.isArray(body)).toBe(false);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(res.text).not.toContain('coordinator@nl.test');
  });

  it('outside production, introspection works and unknown fields get a suggestion (so the production switch is real)', async () => {
    const intro = await gql(t.url, INTROSPECTION, {}, token);
    expect(intro.errors).toBeUndefined();
    const types = intro.data!.__schema.types.map((x: { name: string }) => x.name);
    expect(types).toEqual(expect.arrayContaining(['Operation', 'Task', 'Notification', 'Query', 'Mutation']));
    const typo = await gql(t.url, MISSPELLED, {}, token);
    expect(errorCode(typo)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.errors![0].message).toBe('Cannot query field "mee" on type "Query". Did you mean "me"?');
  });

  it('no error response contains a stack trace', async () => {
    const samples = await errorSamples(t, token, adminToken);
    expect(samples).toHaveLength(12);
    for (const s of samples) {
      expect({ what: s.what, isError: s.status >= 400 || s.text.includes('"errors"') }).toEqual({ what: s.what, isError: true });
      expectNoStack(s.text);
    }
  });

  it.each([
    ['an unknown enum value', 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', { input: { operationId: 'x', title: 'abc', assigneeAgencyId: 'x', pillar: 'NOPE', priority: 'LOW' } }],
    ['a string for an Int', 'mutation($input: UpdateTaskStatusInput!) { updateTaskStatus(input: $input) { id } }', { input: { taskId: 'x', status: 'OPEN', expectedVersion: 'one' } }],
    ['a missing required variable', 'query($id: ID!) { operation(id: $id) { id } }', {}],
  ])('a variable with %s is the client\'s error (BAD_USER_INPUT from GraphQL coercion), not INTERNAL_SERVER_ERROR', async (_what, query, variables) => {
    const res = await gql(t.url, query, variables, token);
    expect(res.data ?? undefined).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    // GraphQL's own message for one refused value; the validation pipe's summary when the DTO refuses more fields besides.
    expect(res.errors![0].message).toMatch(/^(Variable "\$(input|id)"|Invalid input — )/);
  });

  it('a server-side failure answers INTERNAL_SERVER_ERROR with no detail', async () => {
    // disableUser with a malformed id reaches PostgreSQL (invalid uuid) — see the report; whatever the code,
    // the client must learn nothing about the database.
    const res = await raw(t.url, JSON.stringify({ query: 'mutation { disableUser(id: "abc") { id } }' }), adminToken);
    expect(res.text).not.toMatch(/uuid|syntax|postgres|QueryFailedError|typeorm/i);
  });

  it('GET /health → 200 { status: "ok" } without a token', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});

describe('GraphQL hardening: cost limit (GRAPHQL_MAX_COST=150: signing in, 110, still fits)', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_MAX_COST: '150' }, { demoData: false });
    await taskForce(t);
    token = await login(t.url, 'coordinator@nl.test');
  });
  afterAll(() => t.close());

  it('a query estimated above the limit is refused before execution: error, no data', async () => {
    const res = await gql(t.url, COSTLY, {}, token);
    expect(res.data ?? undefined).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toBe('Query is too expensive: estimated cost 220 exceeds the limit of 150');
  });

  it('a cheap query still works (me: one read and the top-level 10 = 20)', async () => {
    const res = await gql(t.url, '{ me { email } }', {}, token);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ me: { email: 'coordinator@nl.test' } });
  });

  it('a refused mutation did not run', async () => {
    const before = (await t.db.query('select count(*)::int as n from task_comments'))[0].n;
    const taskId = (await t.db.query(`select id from tasks where title = 'Request bank records of the recruitment agency'`))[0].id;
    const res = await gql(t.url, `mutation($id: ID!) { a: addTaskComment(input: { taskId: $id, body: "costly" }) { id } b: addTaskComment(input: { taskId: $id, body: "costly" }) { id } }`, { id: taskId }, token);
    // a write costs 100, plus 10 for the top-level field: 2 × 110 > 150
    expect(res.data ?? undefined).toBeUndefined();
    expect(res.errors![0].message).toBe('Query is too expensive: estimated cost 220 exceeds the limit of 150');
    expect((await t.db.query('select count(*)::int as n from task_comments'))[0].n).toBe(before);
  });
});

describe('GraphQL hardening: production mode (NODE_ENV=production)', () => {
  let t: TestApp;
  let token: string;
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', LEAD_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`, MATCHING_KEY: `m1:${Buffer.alloc(32, 2).toString('base64')}` }, { demoData: false });
    await taskForce(t);
    token = await login(t.url, 'coordinator@nl.test');
    adminToken = await login(t.url, 'admin@jtf.test');
  });
  afterAll(() => t.close());

  it('introspection is refused: error, no data', async () => {
    const res = await gql(t.url, INTROSPECTION, {}, token);
    expect(res.data ?? undefined).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toMatch(/introspection is not allowed/i);
    expect(JSON.stringify(res)).not.toContain('"Operation"');
    // __type is introspection too
    const type = await gql(t.url, '{ __type(name: "Task") { fields { name } } }', {}, token);
    expect(type.data ?? undefined).toBeUndefined();
    expect(type.errors![0].message).toMatch(/introspection/i);
  });

  it('a misspelled field gets no "Did you mean" suggestion', async () => {
    const res = await gql(t.url, MISSPELLED, {}, token);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).not.toMatch(/did you mean/i);
    expect(res.errors![0].message).not.toContain('"me"');
  });

  it('a misspelled enum value (literal and variable) gets no suggestion either', async () => {
    const literal = await gql(t.url, 'mutation { createTask(input: { operationId: "x", title: "abc", assigneeAgencyId: "x", pillar: PROSECUTIONS, priority: LOW }) { id } }', {}, token);
    expect(literal.errors!.length).toBeGreaterThan(0);
    for (const e of literal.errors!) expect(e.message).not.toMatch(/did you mean|PROSECUTION"/i);
    const variable = await gql(
      t.url,
      'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }',
      { input: { operationId: 'x', title: 'abc', assigneeAgencyId: 'x', pillar: 'PROSECUTIONS', priority: 'LOW' } },
      token,
    );
    expect(variable.errors!.length).toBeGreaterThan(0);
    for (const e of variable.errors!) expect(e.message).not.toMatch(/did you mean|"PROSECUTION"/i);
  });

  it('no error response contains a stack trace', async () => {
    const samples = await errorSamples(t, token, adminToken);
    for (const s of samples) {
      expect({ what: s.what, isError: s.status >= 400 || s.text.includes('"errors"') }).toEqual({ what: s.what, isError: true });
      expectNoStack(s.text);
    }
  });

  it('normal queries work and GET /health is 200 { status: "ok" }', async () => {
    const res = await gql(t.url, '{ me { email } }', {}, token);
    expect(res.data).toEqual({ me: { email: 'coordinator@nl.test' } });
    const health = await fetch(`${t.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
  });
});

describe('HTTP hardening of the served app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    await taskForce(t);
  });
  afterAll(() => t.close());

  it('sends security headers (CSP, nosniff, frame protection)', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('answers a cyclic fragment with a validation error, not a crash', async () => {
    const res = await gql(t.url, 'query { me { ...A } } fragment A on User { agency { id } ...B } fragment B on User { ...A }');
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers a body it will not read in GraphQL\'s error shape: too large (413) and not JSON (400)', async () => {
    // 100 KiB is the limit: a 150,000-character variable is over it.
    const big = await raw(t.url, JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(150_000) } }));
    expect(big.status).toBe(413);
    expect(JSON.parse(big.text)).toEqual({ errors: [{ message: 'The request body is larger than the 100 KiB the API accepts', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    const junk = await raw(t.url, 'query=not json at all');
    expect(junk.status).toBe(400);
    expect(JSON.parse(junk.text)).toEqual({ errors: [{ message: 'The request body could not be read: send JSON in UTF-8', extensions: { code: 'BAD_REQUEST' } }] });
    expectNoStack(big.text + junk.text);
  });

  it('refuses control characters in text with BAD_USER_INPUT naming the field', async () => {
    const token = await login(t.url, 'coordinator@nl.test');
    const ops = await gql(t.url, '{ operations { id participatingAgencies { id acronym } } }', {}, token);
    const danube = ops.data!.operations[0];
    const ro = danube.participatingAgencies.find((a: { acronym: string }) => a.acronym === 'RO-DIOC');
    const res = await gql(
      t.url,
      'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }',
      { input: { operationId: danube.id, title: 'abc\u0000def', assigneeAgencyId: ro.id, pillar: 'PROTECTION', priority: 'LOW' } },
      token,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!['fields']).toEqual([{ field: 'title', message: 'title must not contain control characters', code: 'safeText' }]);
  });
});
