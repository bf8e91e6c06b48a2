import { GraphQLID, GraphQLSchema, ValueNode } from 'graphql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a syntactically valid UUID; other ids are simply "not found", never a database error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The one spelling of an id: a UUID in lower case (RFC 9562 §4: UUIDs are read case-insensitively and written in
 * lower case, as PostgreSQL returns them); any other value unchanged (it names nothing).
 */
export function normalizeId<T>(value: T): T {
  return typeof value === 'string' && UUID.test(value) ? (value.toLowerCase() as T) : value;
}

const NORMALIZED = Symbol('lower-case UUID ids');

/**
 * The GraphQL `ID` scalar reads UUIDs in lower case (`normalizeId`), in variables and in the document alike: every
 * argument and input field of type ID, everywhere in the API, then compares equal to the ids PostgreSQL returns. The
 * one place ids are normalised (graphql-js gives `ID` no hook but its parse functions, which are wrapped once per
 * process). Returns `schema`, for `GraphQLModule`'s `transformSchema`.
 */
export function readIdsInLowerCase(schema: GraphQLSchema): GraphQLSchema {
  const id = GraphQLID as typeof GraphQLID & { [NORMALIZED]?: true };
  if (!id[NORMALIZED]) {
    const { parseValue, parseLiteral } = id;
    id.parseValue = (value: unknown) => normalizeId(parseValue(value));
    id.parseLiteral = (node: ValueNode, variables?: Record<string, unknown> | null) => normalizeId(parseLiteral(node, variables));
    id[NORMALIZED] = true;
  }
  return schema;
}
