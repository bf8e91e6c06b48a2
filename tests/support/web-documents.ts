import { join, relative } from 'node:path';
import { DefinitionNode, GraphQLInputType, GraphQLSchema, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, parse, print, typeFromAST } from 'graphql';

/** One GraphQL operation the web client sends, with the fragments it spreads. */
export interface WebDocument {
  /** The operation's name (`query Leads` → "Leads"). */
  name: string;
  /** Where it is written, relative to the repository. */
  file: string;
  /** The document as written (operation first, then its fragments), without the `__typename`s Apollo Client adds. */
  source: string;
}

const ROOT = join(__dirname, '..', '..');

/** The web client's generated documents (graphql-codegen client preset, committed; `npm run codegen`). */
const GENERATED = join(ROOT, 'libs', 'web', 'data-access', 'src', 'lib', 'graphql', 'generated', 'graphql.ts');

/**
 * Every operation of the web client: the documents graphql-codegen generated from the `graphql()` calls in libs/web
 * and apps/web (each exported `…Document` of the generated module, with the fragments it spreads). Documents without
 * an operation (fragments) are left out. The generated module is checked current by graphql-schema's codegen check.
 */
export function webDocuments(): WebDocument[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const generated = require(GENERATED) as Record<string, unknown>;
  const documents: WebDocument[] = [];
  for (const value of Object.values(generated)) {
    const doc = value as { kind?: string; definitions?: DefinitionNode[] } | null;
    if (!doc || typeof doc !== 'object' || doc.kind !== 'Document' || !doc.definitions) continue;
    const operation = doc.definitions.find((d) => d.kind === 'OperationDefinition');
    if (!operation || operation.kind !== 'OperationDefinition') continue;
    const seen = new Set<string>();
    const definitions = doc.definitions.filter((d) => {
      if (d.kind !== 'FragmentDefinition') return true;
      if (seen.has(d.name.value)) return false;
      seen.add(d.name.value);
      return true;
    });
    documents.push({ name: operation.name?.value ?? '(anonymous)', file: relative(ROOT, GENERATED), source: definitions.map((d) => print(d)).join('\n\n') });
  }
  return documents;
}

/**
 * Values for an operation's variables, enough for estimating its cost: the default when the operation gives one,
 * else a plausible value of the type (IDs and strings "x", numbers 1, the first enum value, required fields of input
 * objects filled, lists of one item). Optional variables without a default are left out.
 */
export function sampleVariables(schema: GraphQLSchema, source: string): Record<string, unknown> {
  const operation = parse(source).definitions.find((d) => d.kind === 'OperationDefinition');
  if (!operation || operation.kind !== 'OperationDefinition') return {};
  const sample = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return sample(type.ofType);
    if (isListType(type)) return [sample(type.ofType)];
    if (isEnumType(type)) return type.getValues()[0].name;
    if (isInputObjectType(type)) {
      return Object.fromEntries(Object.values(type.getFields()).flatMap((f) => (isNonNullType(f.type) && f.defaultValue === undefined ? [[f.name, sample(f.type)]] : [])));
    }
    if (isScalarType(type)) return type.name === 'Int' || type.name === 'Float' ? 1 : type.name === 'Boolean' ? false : type.name === 'DateTime' ? '2026-01-01T00:00:00Z' : 'x';
    return null;
  };
  const variables: Record<string, unknown> = {};
  for (const v of operation.variableDefinitions ?? []) {
    if (v.defaultValue || v.type.kind !== 'NonNullType') continue;
    const type = typeFromAST(schema, v.type) as GraphQLInputType | undefined;
    if (type) variables[v.variable.name.value] = sample(type);
  }
  return variables;
}
