import { TypeMetadataStorage } from '@nestjs/graphql';
import {
  coerceInputValue,
  getNamedType,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  OperationDefinitionNode,
  typeFromAST,
} from 'graphql';
import type { FieldProblem } from './app-error';
import { graphqlRefusalCode } from './field-problem-codes';
import { readInput } from './validation';

/**
 * The field a problem of graphql-js's input coercion is about, in the form the validation pipe names fields: the path
 * inside the variable (`k`, `dimensions.1`, `attachedTo.id`), array indexes as segments; for a list variable the
 * variable's name first (`inputs.2.sex`); the variable's own name when the variable itself is the value. A missing or
 * unknown field of an input object (graphql-js reports it at the object) is named by its own path.
 */
function fieldOf(variable: string, path: ReadonlyArray<string | number>, error: GraphQLError): string {
  const segments = path.map(String);
  const inner = /^Field "(\w+)" (?:of required type "[^"]+" was not provided|is not defined by type "[^"]+")/.exec(error.message);
  if (inner) segments.push(inner[1]);
  if (!segments.length) return variable;
  return typeof path[0] === 'number' ? [variable, ...segments].join('.') : segments.join('.');
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
 * list of inputs each element is checked, named `<variable>.<index>.<field>`.
 */
async function problemsOfVariable(variable: string, type: GraphQLInputType, value: unknown, provided: boolean): Promise<VariableInputProblems> {
  if (!provided || value === null) return { refused: isNonNullType(type) ? [{ field: variable, message: 'is required', code: 'required' }] : [], checked: [] };
  const refused: FieldProblem[] = [];
  const coerced: unknown = coerceInputValue(value, type, (path, _invalid, error) => refused.push({ field: fieldOf(variable, path, error), message: error.message, code: graphqlRefusalCode(error.message) }));
  const named = getNamedType(type);
  const dto = isInputObjectType(named) ? inputClass(named.name) : undefined;
  if (!dto) return { refused, checked: [] };
  const nullable = isNonNullType(type) ? type.ofType : type;
  const items: Array<[string, unknown]> = isListType(nullable) && Array.isArray(coerced) ? coerced.map((item, i) => [`${variable}.${i}.`, item]) : [['', coerced]];
  const checked: FieldProblem[] = [];
  for (const [prefix, item] of items) {
    if (item === null || typeof item !== 'object') continue;
    const { problems } = await readInput(dto, item);
    checked.push(...problems.map((p) => ({ ...p, field: prefix + p.field })));
  }
  // A field GraphQL refused (`roles.0`) is not judged again, in itself or as part of its parent (`roles`).
  return { refused, checked: checked.filter((p) => !refused.some((r) => within(p.field, r.field) || within(r.field, p.field))) };
}

/** The problems of a request's variables: what GraphQL's coercion refused, and what the DTOs refuse besides. */
export interface VariableInputProblems {
  /** Values GraphQL itself refuses, each named by its path (also a missing required variable, named by itself). */
  refused: FieldProblem[];
  /** What the input types' DTOs refuse in the fields GraphQL accepted. */
  checked: FieldProblem[];
}

/**
 * Every problem with the variables of `operation` (the request's `variables`, as sent), as `BAD_USER_INPUT` names them
 * in `extensions.fields`: what GraphQL itself refuses (an unknown enum value, `11.5` for an `Int`, a missing required
 * field or variable) with the field's path, and what the DTO of each input-object variable refuses (a title too short)
 * in the fields GraphQL accepted — so that a request refused before any resolver runs still learns every bad field at
 * once. Both empty when GraphQL accepts every variable (the resolvers' validation pipe then speaks).
 */
export async function variableInputProblems(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): Promise<VariableInputProblems> {
  const given = variables ?? {};
  const all: VariableInputProblems = { refused: [], checked: [] };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const provided = Object.prototype.hasOwnProperty.call(given, name);
    // A variable left out that has a default takes it (valid by the document's validation).
    if (!type || (!provided && definition.defaultValue)) continue;
    const found = await problemsOfVariable(name, type, given[name], provided);
    all.refused.push(...found.refused);
    all.checked.push(...found.checked);
  }
  return all.refused.length ? all : { refused: [], checked: [] };
}
