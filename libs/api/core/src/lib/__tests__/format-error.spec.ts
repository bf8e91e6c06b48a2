import { HttpException } from '@nestjs/common';
import { buildSchema, graphql, GraphQLError } from 'graphql';
import { AppError, ErrorCode, notFound, tooManyRequests } from '../app-error';
import { formatGraphQLError, missingInputProblems, oneInputError, variableProblems } from '../format-error';

describe('formatGraphQLError', () => {
  it('hides an unexpected error behind INTERNAL_SERVER_ERROR with no detail', () => {
    const secret = new Error('relation "tasks" violates constraint at /srv/app/x.ts:12');
    const out = formatGraphQLError({ message: secret.message, path: ['task'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, new GraphQLError(secret.message, { originalError: secret }));
    expect(out).toEqual({ message: 'Internal server error', path: ['task'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('passes an AppError with its code and safe extensions, without a stack trace', () => {
    const error = new AppError(ErrorCode.CONFLICT, 'stale', { currentVersion: 3 });
    const out = formatGraphQLError({ message: 'stale', extensions: { code: 'CONFLICT', stacktrace: ['at y'] } }, error);
    expect(out.extensions).toEqual({ code: 'CONFLICT', currentVersion: 3 });
    expect(out.message).toBe('stale');
  });

  it('maps a rate-limit HTTP exception to TOO_MANY_REQUESTS', () => {
    const out = formatGraphQLError({ message: 'ThrottlerException: Too Many Requests' }, new GraphQLError('x', { path: ['login'], originalError: new HttpException('Too Many Requests', 429) }));
    expect(out.extensions).toEqual({ code: 'TOO_MANY_REQUESTS' });
  });

  it('keeps GraphQL request errors as they are, minus stack traces', () => {
    const out = formatGraphQLError({ message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at z'] } }, new GraphQLError('Cannot query field "x"'));
    expect(out.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('keeps an AppError\'s `http` head (status, Retry-After) out of the body', () => {
    const error = tooManyRequests(12, 'Query cost budget exceeded', { http: { status: 429 } });
    const out = formatGraphQLError({ message: error.message, extensions: { code: 'TOO_MANY_REQUESTS' } }, error);
    expect(out).toEqual({ message: 'Query cost budget exceeded', extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 12 } });
  });

  it('says a document over the token cap was refused in the words of the other caps, without its location', () => {
    const message = 'Syntax Error: Document contains more that 1000 tokens. Parsing aborted.';
    const out = formatGraphQLError({ message, locations: [{ line: 1, column: 4000 }], extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, new GraphQLError(message));
    expect(out).toEqual({ message: 'Token limit of 1000 exceeded: the document was not parsed any further', extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });

  it('gives unknown and forbidden objects one identical message', () => {
    expect(notFound('Task').message).toBe('Task not found');
    expect(notFound('Task').extensions).toEqual({ code: 'NOT_FOUND' });
  });
});

describe('variableProblems: the field of a variable-coercion error', () => {
  const schema = buildSchema(`
    enum Dimension { SEX AGE }
    input TableInput { indicator: String!, k: Int, dimensions: [Dimension!] }
    input CaseInput { sex: String!, age: Int }
    type Query { table(input: TableInput!): Int, record(inputs: [CaseInput!]!): Int, lead(id: ID!): Int }
  `);
  /** graphql-js's own message for the request (the messages are its, not written here). */
  const messageOf = async (source: string, variableValues: Record<string, unknown>) => {
    const result = await graphql({ schema, source, variableValues });
    expect(result.errors).toHaveLength(1);
    return result.errors![0].message;
  };
  const TABLE = 'query($input: TableInput!) { table(input: $input) }';

  it('names the field inside the input, array indexes as segments, with graphql-js’s reason', async () => {
    const k = variableProblems(await messageOf(TABLE, { input: { indicator: 'X', k: 11.5 } }));
    expect(k).toEqual([{ field: 'k', message: expect.stringContaining('Int cannot represent non-integer value: 11.5'), code: 'invalidType' }]);
    const dimension = variableProblems(await messageOf(TABLE, { input: { indicator: 'X', dimensions: ['SEX', 'GENDER'] } }));
    expect(dimension).toEqual([{ field: 'dimensions.1', message: expect.stringContaining('Value "GENDER" does not exist in "Dimension" enum'), code: 'isEnum' }]);
    const nested = variableProblems(await messageOf('query($inputs: [CaseInput!]!) { record(inputs: $inputs) }', { inputs: [{ sex: 'F' }, { sex: 'M', age: 'old' }] }));
    expect(nested.map((p) => p.field)).toEqual(['inputs.1.age']);
  });

  it('names a missing or unknown field, and a missing variable', async () => {
    expect(variableProblems(await messageOf(TABLE, { input: { k: 11 } })).map((p) => p.field)).toEqual(['indicator']);
    expect(variableProblems(await messageOf(TABLE, { input: { indicator: 'X', colour: 'red' } })).map((p) => p.field)).toEqual(['colour']);
    expect(variableProblems(await messageOf('query($id: ID!) { lead(id: $id) }', {}))).toEqual([{ field: 'id', message: 'id is required', code: 'required' }]);
  });

  it('names the field by its path also when the refused value itself holds "; "', async () => {
    const k = variableProblems(await messageOf(TABLE, { input: { indicator: 'X', k: 'a; b' } }));
    expect(k.map((p) => p.field)).toEqual(['k']);
    const dimension = variableProblems(await messageOf(TABLE, { input: { indicator: 'X', dimensions: ['SEX', 'AGE; SEX'] } }));
    expect(dimension.map((p) => p.field)).toEqual(['dimensions.1']);
  });

  it('gives no field for other messages', () => {
    expect(variableProblems('Cannot query field "x" on type "Query".')).toEqual([]);
  });

  it('the formatter adds the fields to a BAD_USER_INPUT coercion error', async () => {
    const message = await messageOf(TABLE, { input: { indicator: 'X', k: 11.5 } });
    const out = formatGraphQLError({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message));
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'k', message: expect.stringContaining('non-integer'), code: 'invalidType' }] });
  });
});

describe('oneInputError', () => {
  const refused = (field: string, message: string) => ({ message: `Variable "$input" got invalid value {}; ${message}`, locations: [{ line: 1, column: 10 }], extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message }] } });

  it('joins variables GraphQL refused into one error naming every field', () => {
    const subject = 'Field "subject" of required type "String!" was not provided.';
    const priority = 'Field "priority" of required type "TaskPriority!" was not provided.';
    expect(oneInputError([refused('subject', subject), refused('priority', priority)])).toEqual([
      { message: `Invalid input — subject: ${subject}; priority: ${priority}`, extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'subject', message: subject }, { field: 'priority', message: priority }] } },
    ]);
  });

  it('leaves one error, errors of resolvers (with a path), and errors without fields as they are', () => {
    const one = [refused('k', 'Int cannot represent non-integer value: 11.5')];
    expect(oneInputError(one)).toBe(one);
    const withPath = [refused('a', 'x'), { ...refused('b', 'y'), path: ['sendInformationRequest'] }];
    expect(oneInputError(withPath)).toBe(withPath);
    const mixed = [refused('a', 'x'), { message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }];
    expect(oneInputError(mixed)).toBe(mixed);
    const noFields = [refused('a', 'x'), { message: 'bad', extensions: { code: 'BAD_USER_INPUT' } }];
    expect(oneInputError(noFields)).toBe(noFields);
  });
});

describe('missingInputProblems: a required argument or input field the document leaves out', () => {
  const schema = buildSchema(`
    input TaskInput { title: String!, note: String }
    type Query { remove(id: ID!, reason: String!): Int, create(input: TaskInput!): Int }
  `);
  /** graphql-js's own validation messages for the document (the messages are its, not written here). */
  const messagesOf = async (source: string) => ((await graphql({ schema, source })).errors ?? []).map((e) => e.message);

  it('names the argument or the input field', async () => {
    expect((await messagesOf('{ remove(id: "1") }')).flatMap(missingInputProblems)).toEqual([{ field: 'reason', message: 'reason is required', code: 'required' }]);
    expect((await messagesOf('{ create(input: { note: "n" }) }')).flatMap(missingInputProblems)).toEqual([{ field: 'title', message: 'title is required', code: 'required' }]);
  });

  it('gives no field for a syntax error or an unknown field', async () => {
    expect((await messagesOf('{ remove(id: ')).flatMap(missingInputProblems)).toEqual([]);
    expect((await messagesOf('{ colour }')).flatMap(missingInputProblems)).toEqual([]);
  });

  it('the formatter answers it as BAD_USER_INPUT naming the field', async () => {
    const [message] = await messagesOf('{ remove(id: "1") }');
    const out = formatGraphQLError({ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError(message));
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'reason', message: 'reason is required', code: 'required' }] });
  });
});
