import { addTypenameToDocument } from '@apollo/client/utilities';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AppConfig, COST, loadConfig } from '@taskforce/api-core';
import { GraphQLSchema, parse, print, specifiedRules, validate } from 'graphql';
// The limits and the estimate are the API host's (apps/api), tested here on the running app.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { graphqlLimits } from '../../apps/api/src/app/graphql-limits';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { estimateCost } from '../../apps/api/src/app/query-cost.plugin';
import { RouteRole } from '@taskforce/api-leads';
import { AgencyKind, DataCategory, Pillar, Role, TaskPriority } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, GqlResponse, login as signIn, startTestApp, TestApp } from '../support/test-app';
import { sampleVariables, WebDocument, webDocuments } from '../support/web-documents';

/**
 * GraphQL cost and caps, written as the attack they stop: a 47 KB request of 3,000 aliases of `leadCount` — one
 * count and one audit entry each, 1 point each under the old estimate — ran 20 s, wrote 3,000 audit entries and held
 * every agency's audited lead reads behind the audit chain's lock. Now a field costs what it does (an audited count
 * 260 with its top-level 10), the document meets caps on tokens, aliases, directives and depth, the estimate meets
 * GRAPHQL_MAX_COST, and each person meets a budget of GRAPHQL_COST_PER_MINUTE — all before anything runs.
 *
 * These run with the default (realistic) limits of AppConfig; no timing is asserted, only what ran: the audit rows
 * and the data returned.
 */

const defaults = new AppConfig();
const LEAD_COUNT_COST = COST.COUNT + COST.AUDIT + COST.TOP_LEVEL;

/** `{ a0: leadCount a1: leadCount … }` with `n` aliases (3,000 make 47 KB). */
const countFlood = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: leadCount`).join(' ')} }`;
/** `{ m0: me { id email } … }` with `n` aliases. */
const meFlood = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `m${i}: me { id email }`).join(' ')} }`;

async function raw(url: string, query: string, token?: string): Promise<{ status: number; text: string; headers: Headers }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

/** No stack trace, no server file path, no "stacktrace" extension (as in graphql-and-http-protections). */
function expectNoStack(text: string): void {
  expect(text).not.toMatch(/stacktrace/i);
  expect(text).not.toMatch(/(^|\\n|\n)\s*at\s+\S+/);
  expect(text).not.toMatch(/\bat\s+[\w.$<>[\] ]+\s\(/);
  expect(text).not.toMatch(/node_modules|\/work\/|\.(ts|js):\d+(:\d+)?/);
}

const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);

/** Danube Route of the NL police and the Romanian prosecutors, one task and one lead of the NL police. */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency({ acronym: 'NL-POL', country: 'NL' }, { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' });
  await f.person(
    { email: 'coordinator@nl.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
    { email: 'member@nl.test', name: 'Pieter Jansen', agency: 'NL-POL' },
    { email: 'analyst@nl.test', name: 'Sanne Mulder', agency: 'NL-POL', roles: [Role.ANALYST] },
    { email: 'liaison@ro.test', name: 'Ioana Popescu', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
  );
  await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC'], coordinators: ['coordinator@nl.test'] });
  await f.task({ title: 'Request bank records of the recruitment agency', operation: 'Danube Route', by: 'coordinator@nl.test', to: 'RO-DIOC', person: 'liaison@ro.test', pillar: Pillar.PROSECUTION, priority: TaskPriority.URGENT });
  await f.lead({
    summary: 'Recruiters moving Romanian women through Rotterdam to Valencia',
    by: 'coordinator@nl.test',
    operation: 'Danube Route',
    route: [{ country: 'RO', role: RouteRole.ORIGIN }, { country: 'NL', role: RouteRole.DESTINATION }],
    dataCategories: [DataCategory.LOCATION_DATA],
  });
}

const auditRows = async (t: TestApp): Promise<number> => (await t.db.query('SELECT count(*)::int AS n FROM audit_entries'))[0].n;

describe('GraphQL cost: the count flood and the caps (default limits)', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    await taskForce(t);
    token = await login(t.url, 'coordinator@nl.test');
  });
  afterAll(() => t.close());

  it('uses the documented defaults: depth 8, aliases 15, directives 50, tokens 1000, cost 20000 per request and 120000 per minute', () => {
    expect([defaults.GRAPHQL_MAX_DEPTH, defaults.GRAPHQL_MAX_ALIASES, defaults.GRAPHQL_MAX_DIRECTIVES, defaults.GRAPHQL_MAX_TOKENS]).toEqual([8, 15, 50, 1000]);
    expect([defaults.GRAPHQL_MAX_COST, defaults.GRAPHQL_COST_PER_MINUTE]).toEqual([20000, 120000]);
  });

  it('the 47 KB request of 3,000 aliases of leadCount is refused before it runs: no data, not one audit entry', async () => {
    const flood = countFlood(3000);
    expect(flood.length).toBeGreaterThan(45_000);
    const before = await auditRows(t);
    const res = await raw(t.url, flood, token);
    expect(res.status).toBe(400);
    const body = JSON.parse(res.text);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    // 9,000 tokens: refused by the parser itself, before validation (and so before any alias is looked at).
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors[0].message).toBe('Token limit of 1000 exceeded: the document was not parsed any further');
    expect(await auditRows(t)).toBe(before);
    expectNoStack(res.text);
  });

  it('300 aliases of leadCount (under the token cap) are refused by the alias cap, naming it: no data, no audit entry', async () => {
    const before = await auditRows(t);
    const res = await gql(t.url, countFlood(300), {}, token);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors!.map((e) => e.message)).toEqual(['Aliases limit of 15 exceeded, found 300.']);
    expect(await auditRows(t)).toBe(before);
  });

  it('aliases of `me` over the cap are refused, at the cap they are answered', async () => {
    const over = await gql(t.url, meFlood(16), {}, token);
    expect(over.status).toBe(400);
    expect(over.data).toBeUndefined();
    expect(errorCode(over)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(over.errors![0].message).toBe('Aliases limit of 15 exceeded, found 16.');
    const at = await gql(t.url, meFlood(15), {}, token);
    expect(at.errors).toBeUndefined();
    expect(Object.values(at.data!)).toHaveLength(15);
    expect(at.data!['m14']).toEqual({ id: expect.any(String), email: 'coordinator@nl.test' });
  });

  it('2,000 aliases of `me { id email }` (the other flood) are refused at parsing', async () => {
    const res = await gql(t.url, meFlood(2000), {}, token);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(errorCode(res)).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors![0].message).toMatch(/^Token limit of 1000 exceeded/);
  });

  it('a document over the token cap is refused even without aliases (at the cap, the parser takes it)', async () => {
    const fields = (n: number) => `{ me { ${Array.from({ length: n }, () => 'id').join(' ')} } }`;
    // `{ me {` and `} }` are 5 tokens: 995 fields make 1000, 996 make 1001.
    const over = await gql(t.url, fields(996), {}, token);
    expect(over.status).toBe(400);
    expect(over.data).toBeUndefined();
    expect(errorCode(over)).toBe('GRAPHQL_PARSE_FAILED');
    expect(over.errors![0].message).toBe('Token limit of 1000 exceeded: the document was not parsed any further');
    const { parseOptions } = graphqlLimits(loadConfig({ NODE_ENV: 'test' }));
    expect(() => parse(fields(995), parseOptions)).not.toThrow();
    expect(() => parse(fields(996), parseOptions)).toThrow('Document contains more that 1000 tokens');
    // (995 identical fields then meet GraphQL's own budget for comparing overlapping fields: "Validation aborted".)
  });

  it('a deep fragment cycle is refused cleanly as a validation error (no crash: the API answers afterwards)', async () => {
    const cycle = `query { operations { ...O } }
      fragment O on Operation { id tasks { ...T } }
      fragment T on Task { id operation { ...O2 } }
      fragment O2 on Operation { tasks { ...T2 } }
      fragment T2 on Task { operation { ...O } }`;
    const res = await raw(t.url, cycle, token);
    expect(res.status).toBe(400);
    const body = JSON.parse(res.text);
    expect(body.data).toBeUndefined();
    expect(body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(expect.arrayContaining(['GRAPHQL_VALIDATION_FAILED']));
    expect(body.errors.map((e: { message: string }) => e.message)).toEqual(expect.arrayContaining([expect.stringMatching(/^Cannot spread fragment "O" within itself via "T", "O2", "T2"\.$/)]));
    expectNoStack(res.text);
    const after = await gql(t.url, '{ me { email } }', {}, token);
    expect(after.data).toEqual({ me: { email: 'coordinator@nl.test' } });
  });

  it('an operation deeper than GRAPHQL_MAX_DEPTH (8 field levels) is refused, naming the cap; fragments count as if inline', async () => {
    const inline = '{ operations { tasks { operation { tasks { operation { tasks { operation { tasks { id } } } } } } } } }'; // 9 levels
    const viaFragments = 'query { operations { ...A } } fragment A on Operation { tasks { operation { ...B } } } fragment B on Operation { tasks { operation { tasks { operation { tasks { id } } } } } }';
    for (const query of [inline, viaFragments]) {
      const res = await gql(t.url, query, {}, token);
      expect(res.status).toBe(400);
      expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors![0].message).toBe('Query depth limit of 8 exceeded, found 9.');
    }
  });

  it('more directives than the cap are refused, naming it', async () => {
    const res = await gql(t.url, `{ me { ${'id @include(if: true) '.repeat(51)}} }`, {}, token);
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors!.map((e) => e.message)).toEqual(['Directives limit of 50 exceeded, found 51.']);
    const at = await gql(t.url, `{ me { ${'id @include(if: true) '.repeat(50)}} }`, {}, token);
    expect(at.errors).toBeUndefined();
  });

  it('a fragment bomb (ten spreads of ten spreads …, tiny as written) is refused before it runs, not let through unestimated', async () => {
    const spreads = (name: string) => Array.from({ length: 10 }, () => `...${name}`).join(' ');
    const bomb = `query { ...A } fragment A on Query { ${spreads('B')} } fragment B on Query { ${spreads('C')} } fragment C on Query { ${spreads('D')} } fragment D on Query { ${spreads('E')} } fragment E on Query { leadCount }`;
    const before = await auditRows(t);
    const res = await gql(t.url, bomb, {}, token);
    expect(res.status).toBe(400);
    expect(res.data ?? undefined).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect([errorCode(res), res.errors![0].message]).toEqual(['BAD_USER_INPUT', 'Query is too complex: more than 10000 fields once its fragments are expanded']);
    expect(await auditRows(t)).toBe(before);
  });

  it('an operation estimated above GRAPHQL_MAX_COST is refused before it runs (fifteen audited lead lists with their agencies)', async () => {
    const before = await auditRows(t);
    const lists = Array.from({ length: 15 }, (_, i) => `l${i}: leads { id originatingAgency { acronym } }`).join(' ');
    const res = await gql(t.url, `{ ${lists} }`, {}, token);
    // each: 10 + 10 + 200 + 200 × 10 = 2,220 → 33,300
    expect(res.status).toBe(400);
    expect(res.data ?? undefined).toBeUndefined();
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toBe('Query is too expensive: estimated cost 33300 exceeds the limit of 20000');
    expect(await auditRows(t)).toBe(before);
  });
});

describe('GraphQL cost: with the caps on the document raised, the estimate still refuses the count flood', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_MAX_TOKENS: '100000', GRAPHQL_MAX_ALIASES: '5000' }, { demoData: false });
    await taskForce(t);
    token = await login(t.url, 'coordinator@nl.test');
  });
  afterAll(() => t.close());

  it('3,000 aliases of leadCount are estimated at 3,000 × 260 and refused: no data, no audit entry', async () => {
    const before = await auditRows(t);
    const res = await gql(t.url, countFlood(3000), {}, token);
    expect(res.status).toBe(400);
    expect(res.data ?? undefined).toBeUndefined();
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toBe(`Query is too expensive: estimated cost ${3000 * LEAD_COUNT_COST} exceeds the limit of 20000`);
    expect(await auditRows(t)).toBe(before);
  });
});

describe('GraphQL cost: the budget per person and minute (default GRAPHQL_COST_PER_MINUTE)', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    await taskForce(t);
    for (const email of ['analyst@nl.test', 'liaison@ro.test', 'coordinator@nl.test']) token[email] = await login(t.url, email);
  });
  afterAll(() => t.close());

  it('a person flooding with fifteen counts at a time is refused once their minute is spent — before anything runs — while another person is served', async () => {
    const flooder = token['analyst@nl.test'];
    const batch = countFlood(15);
    const perRequest = 15 * LEAD_COUNT_COST; // 3,900
    const fits = Math.floor(defaults.GRAPHQL_COST_PER_MINUTE / perRequest); // 30

    let served = 0;
    let refused: GqlResponse | undefined;
    let refusedRaw: { status: number; text: string; headers: Headers } | undefined;
    for (let i = 0; i <= fits; i++) {
      const res = await raw(t.url, batch, flooder);
      const body = JSON.parse(res.text) as GqlResponse;
      if (body.errors) {
        refused = body;
        refusedRaw = res;
        break;
      }
      expect(Object.keys(body.data!)).toHaveLength(15);
      served++;
    }
    expect(served).toBe(fits);
    expect(refused).toBeDefined();

    // The refusal: 429, TOO_MANY_REQUESTS, retryAfterSeconds (and Retry-After), a message naming the budget.
    expect(refusedRaw!.status).toBe(429);
    expect(refused!.data ?? undefined).toBeUndefined();
    expect(refused!.errors).toHaveLength(1);
    const error = refused!.errors![0];
    expect(error.extensions!['code']).toBe('TOO_MANY_REQUESTS');
    const retry = error.extensions!['retryAfterSeconds'] as number;
    expect(Number.isInteger(retry)).toBe(true);
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    expect(refusedRaw!.headers.get('retry-after')).toBe(String(retry));
    expect(Object.keys(error.extensions!).sort()).toEqual(['code', 'retryAfterSeconds']);
    expect(error.message).toBe(
      `Query cost budget exceeded: this request is estimated at ${perRequest}, and ${fits * perRequest} of the ${defaults.GRAPHQL_COST_PER_MINUTE} allowed per minute were spent in the last 60 s; retry in ${retry} s`,
    );
    expectNoStack(refusedRaw!.text);

    // The flooder goes on with whatever still fits — single counts, then `me` — until not even that does.
    let more = 0;
    for (const query of ['{ leadCount }', '{ me { id } }']) {
      for (;;) {
        const res = await gql(t.url, query, {}, flooder);
        if (res.errors) {
          expect(errorCode(res)).toBe('TOO_MANY_REQUESTS');
          break;
        }
        more++;
      }
    }
    const left = defaults.GRAPHQL_COST_PER_MINUTE - fits * perRequest; // 3,000: 11 counts (2,860), then 7 × me (140)
    expect(more).toBe(Math.floor(left / LEAD_COUNT_COST) + Math.floor((left % LEAD_COUNT_COST) / (COST.READ + COST.TOP_LEVEL)));

    // Now every request is refused and runs nothing: no audit entry, whatever it asks — a count, a lead, a mutation.
    const before = await auditRows(t);
    const comments = async () => (await t.db.query('SELECT count(*)::int AS n FROM task_comments'))[0].n as number;
    const commentsBefore = await comments();
    const taskId = (await t.db.query(`SELECT id FROM tasks WHERE title = 'Request bank records of the recruitment agency'`))[0].id;
    const leadId = (await t.db.query(`SELECT id FROM leads LIMIT 1`))[0].id;
    for (const [query, variables] of [
      ['{ leadCount }', {}],
      ['query($id: ID!) { lead(id: $id) { id } }', { id: leadId }],
      ['mutation($id: ID!) { addTaskComment(input: { taskId: $id, body: "flood" }) { id } }', { id: taskId }],
    ] as const) {
      const res = await gql(t.url, query, variables, flooder);
      expect([query, errorCode(res), res.data ?? undefined]).toEqual([query, 'TOO_MANY_REQUESTS', undefined]);
    }
    expect(await auditRows(t)).toBe(before);
    expect(await comments()).toBe(commentsBefore);
    // The web client (Apollo Client 4) asks for application/graphql-response+json, which it reads whatever the HTTP
    // status: the 429 reaches it as a GraphQL error with its code (describeApiError: "Too many attempts…").
    const web = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json,application/json;q=0.9', authorization: `Bearer ${flooder}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(web.status).toBe(429);
    expect(web.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect((await web.json()).errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');

    // Another person (another agency) is served, their audited read recorded; so is a third one of the flooder's agency.
    const other = await gql(t.url, '{ leadCount leads { id } }', {}, token['liaison@ro.test']);
    expect(other.errors).toBeUndefined();
    expect(other.data!.leadCount).toBe(other.data!.leads.length);
    expect(await auditRows(t)).toBe(before + 2);
    const colleague = await gql(t.url, '{ leadCount }', {}, token['coordinator@nl.test']);
    expect(colleague.errors).toBeUndefined();
    // Signing in (anonymous: the client address's budget) is not held back by the flooding person either.
    expect(await login(t.url, 'member@nl.test')).toEqual(expect.any(String));
  });
});

describe('GraphQL cost: refused documents are charged too, and a spent budget is refused at the door (budget of 1000)', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_COST_PER_MINUTE: '1000', GRAPHQL_MAX_COST: '1000' }, { demoData: false });
    await taskForce(t);
    token = await login(t.url, 'coordinator@nl.test');
  });
  afterAll(() => t.close());

  it('ten documents refused by the caps spend 10 × 100; then even `me` is refused, before its body is read', async () => {
    for (let i = 0; i < 10; i++) expect(errorCode(await gql(t.url, countFlood(3000), {}, token))).toBe('GRAPHQL_PARSE_FAILED');
    const me = await raw(t.url, '{ me { id } }', token);
    expect(me.status).toBe(429);
    const body = JSON.parse(me.text);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    const retry = body.errors[0].extensions.retryAfterSeconds;
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    expect(me.headers.get('retry-after')).toBe(String(retry));
    expect(body.errors[0].message).toBe(`Query cost budget exceeded: 1000 of the 1000 allowed per minute were spent in the last 60 s; retry in ${retry} s`);
    // Not even read: a body that is not JSON gets the same 429, not the body parser's 400.
    const junk = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{"query": not json' });
    expect(junk.status).toBe(429);
    expectNoStack(me.text + (await junk.text()));
    // Another person, and anonymous sign-in from the same address, are not held back.
    expect(await login(t.url, 'member@nl.test')).toEqual(expect.any(String));
  });
});

describe('GraphQL cost: the web client stays within the caps and the budget', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let documents: Array<WebDocument & { withTypename: string }>;
  const config = loadConfig({ NODE_ENV: 'test' });
  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    schema = t.app.get(GraphQLSchemaHost).schema;
    // As sent: Apollo Client adds `__typename` to every selection set.
    documents = webDocuments().map((d) => ({ ...d, withTypename: print(addTypenameToDocument(parse(d.source))) }));
  });
  afterAll(() => t.close());

  const costOf = (name: string): number => {
    const doc = documents.find((d) => d.name === name);
    if (!doc) throw new Error(`no web document named ${name}`);
    return estimateCost(schema, parse(doc.withTypename), undefined, sampleVariables(schema, doc.withTypename));
  };

  it('finds the web client documents', () => {
    expect(documents.length).toBeGreaterThanOrEqual(90);
    expect(documents.map((d) => d.name)).toEqual(expect.arrayContaining(['Leads', 'Lead', 'MyTasks', 'Operations', 'OperationBoard', 'Me', 'IndicatorTable']));
  });

  it('every operation passes the caps on tokens, aliases, directives and depth', () => {
    const { validationRules, parseOptions } = graphqlLimits(config);
    const problems = documents.flatMap((d) => {
      try {
        const errors = validate(schema, parse(d.withTypename, parseOptions), [...specifiedRules, ...validationRules]);
        return errors.map((e) => `${d.name} (${d.file}): ${e.message}`);
      } catch (error) {
        return [`${d.name} (${d.file}): ${(error as Error).message}`];
      }
    });
    expect(problems).toEqual([]);
  });

  it('every operation is estimated within GRAPHQL_MAX_COST', () => {
    const over = documents.map((d) => ({ name: d.name, cost: costOf(d.name) })).filter((d) => d.cost > config.GRAPHQL_MAX_COST);
    expect(over).toEqual([]);
  });

  it('the heaviest page, the dashboard, fits six times in a minute of the default budget; the leads page forty times', () => {
    // What each page asks when it opens (with the header's Me and unread count), as the web client's components do.
    const header = costOf('Me') + costOf('UnreadNotificationCount');
    const dashboard = header + costOf('MyTasks') + costOf('Operations') + costOf('OperationInvitations');
    const leads = header + costOf('Leads');
    const operation = header + costOf('OperationBoard') + costOf('LegalBasisAgreements') + costOf('OperationIndicators');
    const lead = header + costOf('Lead') + costOf('LeadAuditTrail');
    expect(Math.max(dashboard, leads, operation, lead)).toBe(dashboard);
    expect(6 * dashboard).toBeLessThanOrEqual(config.GRAPHQL_COST_PER_MINUTE);
    expect(40 * leads).toBeLessThanOrEqual(config.GRAPHQL_COST_PER_MINUTE);
    // …while a flood of audited counts meets it after a few hundred (the alias cap allows 15 per request).
    expect(Math.floor(config.GRAPHQL_COST_PER_MINUTE / LEAD_COUNT_COST)).toBeLessThan(500);
  });
});
