import { TypeMetadataStorage } from '@nestjs/graphql';
import {
  coerceInputValue,
  getNamedType,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  DocumentNode,
  Kind,
  ValueNode,
  visit,
  TypeInfo,
  valueFromAST,
  visitWithTypeInfo,
  isInputObjectType,
  isListType,
  isNonNullType,
  OperationDefinitionNode,
  typeFromAST,
} from 'graphql';
import type { FieldProblem } from './app-error';
import { graphqlRefusalCode } from './field-problem-codes';
import { argumentFieldName } from './literal-problems';
import { readInput } from './validation';

/**
 * The path inside a variable a problem of graphql-js's input coercion is about (`k`, `dimensions.1`, `attachedTo.id`,
 * `2.sex` for a list), array indexes as segments, empty when the variable itself is the value. A missing or unknown
 * field of an input object (graphql-js reports it at the object) is named by its own path.
 */
function innerPath(path: ReadonlyArray<string | number>, error: GraphQLError): Array<string | number> {
  const inner = /^Field "(\w+)" (?:of required type "[^"]+" was not provided|is not defined by type "[^"]+")/.exec(error.message);
  return inner ? [...path, inner[1]] : [...path];
}

/** Where a variable is used: the argument it is given to and the path of the use inside the argument's value. */
interface VariableUse {
  argument: string;
  segments: Array<string | number>;
}

/** The uses of each variable in `operation` and the fragments of `document` (`in: $input`, `input: { priority: $p }`). */
function variableUses(operation: OperationDefinitionNode, document?: DocumentNode): Map<string, VariableUse[]> {
  const uses = new Map<string, VariableUse[]>();
  const walk = (argument: string, value: ValueNode, segments: Array<string | number>) => {
    if (value.kind === Kind.VARIABLE) uses.set(value.name.value, [...(uses.get(value.name.value) ?? []), { argument, segments }]);
    else if (value.kind === Kind.OBJECT) value.fields.forEach((f) => walk(argument, f.value, [...segments, f.name.value]));
    else if (value.kind === Kind.LIST) value.values.forEach((v, i) => walk(argument, v, [...segments, i]));
  };
  const fragments = document?.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION) ?? [];
  for (const node of [operation, ...fragments]) visit(node, { Argument: (a) => walk(a.name.value, a.value, []) });
  return uses;
}

/**
 * The names of a problem at `inner` inside variable `variable`, as the argument (or input field) the variable is given
 * to is named (`argumentFieldName`): `beforeSeq` for `beforeSeq: $f`, `priority` for `input: { priority: $p }`, one
 * name per use. Unused: the path inside the variable, the variable's name first for a list or the variable itself.
 */
function namesOf(variable: string, inner: ReadonlyArray<string | number>, uses: VariableUse[] | undefined): string[] {
  if (!uses?.length) return [argumentFieldName(variable, inner)];
  return [...new Set(uses.map((use) => argumentFieldName(use.argument, [...use.segments, ...inner])))];
}

/** True when `field` is `outer` or lies inside it (`attachedTo.id` inside `attachedTo`, `roles.0` inside `roles`). */
const within = (field: string, outer: string) => field === outer || field.startsWith(`${outer}.`);

let inputClasses: Map<string, new () => object> | null = null;

/** The class an input type of the code-first schema was declared with (`CreateTaskInput` → its DTO), if any. */
function inputClass(name: string): (new () => object) | undefined {
  if (!inputClasses) {
    const classes = TypeMetadataStorage.getInputTypesMetadata().map((m): [string, new () => object] => [m.name, m.target as new () => object]);
    if (!classes.length) return undefined; // not compiled yet: ask again next time
    inputClasses = new Map(classes);
  }
  return inputClasses.get(name);
}

/**
 * The problems of one variable's value: graphql-js's coercion (`coerceInputValue`, which reports every bad value with
 * its path rather than stopping at the first), then the class-validator rules of the input type's DTO (as the global
 * validation pipe runs them) on what coercion made of the value, skipping the fields coercion already refused (and
 * their parents, such as a list one of whose values was refused). For a
 * list of inputs each element is checked, named `<argument>.<index>.<field>`.
 */
async function problemsOfVariable(variable: string, type: GraphQLInputType, value: unknown, provided: boolean, uses: VariableUse[] | undefined): Promise<VariableInputProblems> {
  if (!provided || value === null) return { refused: isNonNullType(type) ? namesOf(variable, [], uses).map((field) => ({ field, message: `${field} is required`, code: 'required' })) : [], checked: [] };
  const refused: FieldProblem[] = [];
  const name = (inner: ReadonlyArray<string | number>) => namesOf(variable, inner, uses);
  const coerced: unknown = coerceInputValue(value, type, (path, _invalid, error) => refused.push(...name(innerPath(path, error)).map((field) => ({ field, message: error.message, code: graphqlRefusalCode(error.message) }))));
  const named = getNamedType(type);
  const dto = isInputObjectType(named) ? inputClass(named.name) : undefined;
  if (!dto) return { refused, checked: [] };
  const nullable = isNonNullType(type) ? type.ofType : type;
  const items: Array<[number[], unknown]> = isListType(nullable) && Array.isArray(coerced) ? coerced.map((item, i): [number[], unknown] => [[i], item]) : [[[], coerced]];
  const checked: FieldProblem[] = [];
  for (const [prefix, item] of items) {
    if (item === null || typeof item !== 'object') continue;
    const { problems } = await readInput(dto, item);
    checked.push(...problems.flatMap((p) => name([...prefix, ...p.field.split('.')]).map((field) => ({ ...p, field }))));
  }
  // A field GraphQL refused (`roles.0`) is not judged again, in itself or as part of its parent (`roles`).
  return { refused, checked: checked.filter((p) => !refused.some((r) => within(p.field, r.field) || within(r.field, p.field))) };
}

/** The problems of a request's variables: what GraphQL's coercion refused, and what the DTOs refuse besides. */
export interface VariableInputProblems {
  /** Values GraphQL itself refuses, each named by its path from the argument (also a missing required variable). */
  refused: FieldProblem[];
  /** What the input types' DTOs refuse in the fields GraphQL accepted. */
  checked: FieldProblem[];
}

/**
 * Every problem with the variables of `operation` (the request's `variables`, as sent), as `BAD_USER_INPUT` names them
 * in `extensions.fields`: what GraphQL itself refuses (an unknown enum value, `11.5` for an `Int`, a missing required
 * field or variable: "<field> is required") and what the DTO of each input-object variable refuses (a title too
 * short) in the fields GraphQL accepted, so that a request refused before any resolver runs still learns every bad
 * field at once. Each is named as the argument or input field the variable is given to (`argumentFieldName`: `beforeSeq`
 * for `beforeSeq: $f`, `title` for `input: $input`, `priority` for `input: { priority: $p }`), once per use; the
 * fragments of `options.document` are looked in too. Both empty when GraphQL accepts every variable (the resolvers'
 * validation pipe then speaks) unless `options.evenIfAccepted` (the document itself was refused: no resolver runs).
 */
export async function variableInputProblems(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  options: { document?: DocumentNode; evenIfAccepted?: boolean } = {},
): Promise<VariableInputProblems> {
  const given = variables ?? {};
  const uses = variableUses(operation, options.document);
  const all: VariableInputProblems = { refused: [], checked: [] };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const provided = Object.prototype.hasOwnProperty.call(given, name);
    // A variable left out that has a default takes it (valid by the document's validation).
    if (!type || (!provided && definition.defaultValue)) continue;
    const found = await problemsOfVariable(name, type, given[name], provided, uses.get(name));
    all.refused.push(...found.refused);
    all.checked.push(...found.checked);
  }
  return all.refused.length || options.evenIfAccepted ? all : { refused: [], checked: [] };
}

/** The value of `variables` as GraphQL would coerce them, leaving out each variable it refuses (for `looseValue`). */
function acceptedVariables(operation: OperationDefinitionNode, schema: GraphQLSchema, given: Record<string, unknown>): Record<string, unknown> {
  const accepted: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) continue;
    if (!Object.prototype.hasOwnProperty.call(given, name)) {
      if (definition.defaultValue) accepted[name] = valueFromAST(definition.defaultValue, type);
      continue;
    }
    let refused = false;
    const value: unknown = coerceInputValue(given[name], type, () => (refused = true));
    if (!refused) accepted[name] = value;
  }
  return accepted;
}

/**
 * What GraphQL makes of a value written in the document, leaving out (undefined) each part its type refuses or a
 * refused variable stands for, so the rest can still be judged: an input object keeps its fields that are fine.
 */
function looseValue(node: ValueNode, type: GraphQLInputType, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (node.kind === Kind.NULL) return null;
  if (isListType(nullable)) {
    const items = node.kind === Kind.LIST ? node.values : [node];
    return items.map((item) => looseValue(item, nullable.ofType, variables));
  }
  if (isInputObjectType(nullable)) {
    if (node.kind !== Kind.OBJECT) return undefined;
    const fields = nullable.getFields();
    const out: Record<string, unknown> = {};
    for (const field of node.fields) {
      const definition = fields[field.name.value];
      const value = definition ? looseValue(field.value, definition.type, variables) : undefined;
      if (value !== undefined) out[field.name.value] = value;
    }
    return out;
  }
  return valueFromAST(node, nullable, variables);
}

/**
 * What the DTO of each input-object argument written in the document (not a bare variable, which
 * `variableInputProblems` checks) refuses in the fields GraphQL accepts, as the validation pipe would once GraphQL
 * accepted the request: `dueAt` in the past beside a `priority` left out. Named as `argumentFieldName` names them
 * (`dueAt`; `inputs.2.sex` for a list argument). `variables` as sent; the parts GraphQL refuses are left out.
 */
export async function literalInputProblems(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): Promise<FieldProblem[]> {
  const accepted = acceptedVariables(operation, schema, variables ?? {});
  const typeInfo = new TypeInfo(schema);
  const found: Array<{ argument: string; type: GraphQLInputType; node: ValueNode }> = [];
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  for (const root of [operation, ...fragments]) {
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        Argument: (node) => {
          const type = typeInfo.getArgument()?.type;
          if (type && node.value.kind !== Kind.VARIABLE) found.push({ argument: node.name.value, type, node: node.value });
        },
      }),
    );
  }
  const problems: FieldProblem[] = [];
  for (const { argument, type, node } of found) {
    const named = getNamedType(type);
    const dto = isInputObjectType(named) ? inputClass(named.name) : undefined;
    if (!dto) continue;
    const value = looseValue(node, type, accepted);
    const items: Array<[number[], unknown]> = Array.isArray(value) ? value.map((item, i): [number[], unknown] => [[i], item]) : [[[], value]];
    for (const [prefix, item] of items) {
      if (item === null || typeof item !== 'object') continue;
      const { problems: refused } = await readInput(dto, item);
      problems.push(...refused.map((p) => ({ ...p, field: argumentFieldName(argument, [...prefix, ...p.field.split('.')]) })));
    }
  }
  return problems;
}

/** `checked` without the problems about a field in `refused` (itself, a field inside it, or its parent). */
export function besideRefused(checked: FieldProblem[], refused: FieldProblem[]): FieldProblem[] {
  return checked.filter((p) => !refused.some((r) => within(p.field, r.field) || within(r.field, p.field)));
}
