import { FileTestApp, startFileTestApp } from '../support/file-test-app';
import { GqlResponse } from '../support/test-app';

/**
 * Every field problem of a BAD_USER_INPUT carries, beside its English message, a stable code and the values the
 * client writes it from in the person's language. Against the real API and PostgreSQL. The task force (sample
 * catalogue): Danube Route, coordinated by NL-POL (coordinator@nl.test), with RO-DIOC. createTask's DTO: title 3–200
 * characters, description without control characters, dueAt a real date; TaskPriority an enum, assigneeAgencyId an
 * ID; deleteFile requires `reason`.
 */

const PEOPLE_IN = ['coordinator@nl.test'] as const;
type Person = (typeof PEOPLE_IN)[number];
const CREATE = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }';

interface Problem {
  field: string;
  message: string;
  code?: string;
  values?: Record<string, unknown>;
}

describe('field problems carry a code and values the client translates', () => {
  let app: FileTestApp<Person>;
  let danube: string;
  let ro: string;
  const problems = (res: GqlResponse) => (res.errors?.[0]?.extensions?.['fields'] as Problem[] | undefined) ?? [];
  const coded = (res: GqlResponse) => problems(res).map(({ field, code, values }) => ({ field, code, ...(values ? { values } : {}) }));
  const task = (input: Record<string, unknown>) => ({ input: { operationId: danube, title: 'Trace transfers to Constanța', assigneeAgencyId: ro, pillar: 'PROSECUTION', priority: 'HIGH', ...input } });

  beforeAll(async () => {
    app = await startFileTestApp(PEOPLE_IN, { agencies: ['NL-POL', 'RO-DIOC'], members: ['RO-DIOC'] });
    danube = app.danube;
    ro = app.agency['RO-DIOC'];
  });
  afterAll(() => app?.close());

  it('the validation pipe codes each rule with its limits, the English message kept', async () => {
    const short = await app.as('coordinator@nl.test', CREATE, task({ title: 'ab' }));
    expect(coded(short)).toEqual([{ field: 'title', code: 'minLength', values: { min: 3 } }]);
    expect(problems(short)[0].message).toMatch(/^title must/);
    expect(coded(await app.as('coordinator@nl.test', CREATE, task({ title: 'x'.repeat(201) })))).toEqual([{ field: 'title', code: 'maxLength', values: { max: 200 } }]);
    expect(coded(await app.as('coordinator@nl.test', CREATE, task({ description: 'a\u0000b' })))).toEqual([{ field: 'description', code: 'safeText' }]);
    expect(coded(await app.as('coordinator@nl.test', CREATE, task({ dueAt: '2026-02-30T10:00:00Z' })))).toEqual([{ field: 'dueAt', code: 'isIsoDateTime' }]);
  });

  it('GraphQL’s own refusals are coded too, named together with the DTO’s', async () => {
    const res = await app.as('coordinator@nl.test', CREATE, task({ priority: 'BOGUS', title: 'ab', assigneeAgencyId: { note: 'a; b' } }));
    expect(coded(res).sort((a, b) => a.field.localeCompare(b.field))).toEqual([
      { field: 'assigneeAgencyId', code: 'invalidType' },
      { field: 'priority', code: 'isEnum' },
      { field: 'title', code: 'minLength', values: { min: 3 } },
    ]);
    const missing = await app.as('coordinator@nl.test', 'mutation { deleteFile(id: "00000000-0000-4000-8000-000000000000") { id } }');
    expect(coded(missing)).toEqual([{ field: 'reason', code: 'required' }]);
  });
});
