import { buildSchema, graphql, parse } from 'graphql';
import { formatGraphQLError } from '../format-error';
import { literalFieldPath, withLiteralFieldPaths } from '../literal-problems';

/**
 * A required field left out of an input object written in the document, named by its path from the argument, as the
 * same value sent in a variable is named. graphql-js's own validation errors (message and location) are used.
 */
describe('literal input objects missing a required field', () => {
  const schema = buildSchema(`
    enum Kind { TASK OPERATION }
    input RefInput { kind: Kind!, id: ID! }
    input MoveInput { fileId: ID!, attachedTo: RefInput!, also: [RefInput!] }
    type Query { move(input: MoveInput!): Int, list(attachedTo: RefInput!): Int, many(refs: [RefInput!]!): Int }
  `);
  /** The formatted errors the API sends for `source` (before the plugin renames them), and its document. */
  const refusalOf = async (source: string) => {
    const errors = (await graphql({ schema, source })).errors ?? [];
    return { document: parse(source), errors: errors.map((e) => formatGraphQLError({ message: e.message, locations: e.locations, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, e)) };
  };
  const namesOf = async (source: string) => {
    const { document, errors } = await refusalOf(source);
    return withLiteralFieldPaths(errors, document).flatMap((e) => (e.extensions?.['fields'] as Array<{ field: string; message: string }>).map((f) => [f.field, f.message]));
  };

  it('names a nested field by its path from the argument, without the argument when it is an object', async () => {
    expect(await namesOf('{ move(input: { fileId: "1", attachedTo: { kind: TASK } }) }')).toEqual([['attachedTo.id', 'attachedTo.id is required']]);
    expect(await namesOf('{ move(input: { fileId: "1" attachedTo: { kind: TASK, id: "2" }, also: [{ id: "3", kind: TASK }, { id: "4" }] }) }')).toEqual([['also.1.kind', 'also.1.kind is required']]);
    expect(await namesOf('{ list(attachedTo: { kind: TASK }) }')).toEqual([['id', 'id is required']]);
  });

  it('names the argument first when it is a list, and a top-level field by itself', async () => {
    expect(await namesOf('{ many(refs: [{ kind: TASK, id: "1" }, { kind: TASK }]) }')).toEqual([['refs.1.id', 'refs.1.id is required']]);
    expect(await namesOf('{ move(input: { attachedTo: { kind: TASK, id: "2" } }) }')).toEqual([['fileId', 'fileId is required']]);
  });

  it('names every missing field of several objects, each by its own path, also in a variable default', async () => {
    expect(await namesOf('{ move(input: { attachedTo: { kind: TASK } }) }')).toEqual([
      ['fileId', 'fileId is required'],
      ['attachedTo.id', 'attachedTo.id is required'],
    ]);
    expect(await namesOf('query($input: MoveInput = { fileId: "1", attachedTo: { id: "2" } }) { move(input: $input) }')).toEqual([['attachedTo.kind', 'attachedTo.kind is required']]);
  });

  it('names a literal value its type refuses by its path, as BAD_USER_INPUT with graphql-js\'s message', async () => {
    expect(await namesOf('{ move(input: { fileId: "1", attachedTo: { kind: BOX, id: "2" } }) }')).toEqual([['attachedTo.kind', 'Value "BOX" does not exist in "Kind" enum.']]);
    expect(await namesOf('{ move(input: { fileId: 5.5, attachedTo: { kind: TASK, id: "2" }, colour: "red" }) }')).toEqual([
      ['fileId', 'ID cannot represent a non-string and non-integer value: 5.5'],
      ['colour', 'Field "colour" is not defined by type "MoveInput".'],
    ]);
    expect(await namesOf('{ many(refs: [{ kind: TASK, id: true }]) }')).toEqual([['refs.0.id', 'ID cannot represent a non-string and non-integer value: true']]);
  });

  it('leaves other errors and an unknown location as they are', async () => {
    const { document, errors } = await refusalOf('query($k: String) { move(input: { fileId: "1", attachedTo: { kind: $k, id: "2" } }) }');
    expect(withLiteralFieldPaths(errors, document)).toEqual(errors);
    expect(literalFieldPath(parse('{ list(attachedTo: { kind: TASK }) }'), { line: 9, column: 9 }, 'id')).toBe('id');
    const missing = await refusalOf('{ list(attachedTo: { kind: TASK }) }');
    expect(withLiteralFieldPaths(missing.errors, undefined)).toEqual(missing.errors);
  });
});
