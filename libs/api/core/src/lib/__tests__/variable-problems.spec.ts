import { buildSchema, OperationDefinitionNode, parse } from 'graphql';
import { variableInputProblems } from '../variable-problems';

/**
 * The problems of a request's variables as graphql-js's coercion finds them, named by their path. The schema here is
 * built from SDL, so no input type has a DTO: `checked` stays empty (the DTO side runs against the real API in
 * tests/integration/bad-input-every-field).
 */
describe('variableInputProblems', () => {
  const schema = buildSchema(`
    enum Dimension { SEX AGE }
    input RefInput { kind: Dimension!, id: ID! }
    input TableInput { indicator: String!, k: Int, dimensions: [Dimension!], ref: RefInput }
    type Query { table(input: TableInput!): Int, lead(id: ID!, take: Int = 5): Int, many(inputs: [TableInput!]!): Int }
  `);
  const operationOf = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;
  const TABLE = operationOf('query($input: TableInput!) { table(input: $input) }');
  const fields = async (operation: OperationDefinitionNode, variables: Record<string, unknown>) => (await variableInputProblems(schema, operation, variables)).refused.map((p) => p.field);

  it('names every refused value at once, by its path inside the variable', async () => {
    expect(await fields(TABLE, { input: { k: 1.5, dimensions: ['SEX', 'GENDER'], ref: { kind: 'X', id: true } } })).toEqual(['indicator', 'k', 'dimensions.1', 'ref.kind', 'ref.id']);
  });

  it('names the field whatever the refused value holds, "; " and quotes included', async () => {
    expect(await fields(TABLE, { input: { indicator: 'X', k: 'a; b', ref: { kind: 'SEX', id: { note: 'at "input.k"; x' } } } })).toEqual(['k', 'ref.id']);
  });

  it('names a list variable first, an unknown field by its name and a missing variable by the argument it is given to', async () => {
    expect(await fields(operationOf('query($inputs: [TableInput!]!) { many(inputs: $inputs) }'), { inputs: [{ indicator: 'X' }, { indicator: 'Y', k: 'old' }] })).toEqual(['inputs.1.k']);
    expect(await fields(TABLE, { input: { indicator: 'X', colour: 'red' } })).toEqual(['colour']);
    const lead = operationOf('query($id: ID!, $take: Int = 5) { lead(id: $id, take: $take) }');
    expect((await variableInputProblems(schema, lead, {})).refused).toEqual([{ field: 'id', message: 'id is required', code: 'required' }]);
  });

  it('names a variable by the argument or input field it is given to, once per use', async () => {
    const lead = operationOf('query($a: ID!, $n: Int) { lead(id: $a, take: $n) again: lead(id: "1", take: $n) }');
    expect((await variableInputProblems(schema, lead, { a: null, n: 1.5 })).refused).toEqual([
      { field: 'id', message: 'id is required', code: 'required' },
      { field: 'take', message: 'Int cannot represent non-integer value: 1.5', code: 'invalidType' },
    ]);
    const inside = operationOf('query($k: Int, $d: Dimension!) { table(input: { indicator: "X", k: $k, dimensions: [SEX, $d] }) }');
    expect(await fields(inside, { k: 'x', d: 'GENDER' })).toEqual(['k', 'dimensions.1']);
  });

  it('finds nothing when GraphQL accepts every variable', async () => {
    expect(await variableInputProblems(schema, TABLE, { input: { indicator: 'X', k: 3 } })).toEqual({ refused: [], checked: [] });
  });
});
