import { BREAK, DocumentNode, getLocation, GraphQLFormattedError, Kind, SourceLocation, ValueNode, visit } from 'graphql';
import { ErrorCode, FieldProblem } from './app-error';
import { graphqlRefusalCode } from './field-problem-codes';

/** graphql-js 16's validation message for an input object written in the document without one of its required fields. */
const MISSING_FIELD = /^Field "\w+\.(\w+)" of required type "[^"]+" was not provided\.$/;

/**
 * graphql-js 16 reports a value written in the document that its type refuses (ValuesOfCorrectTypeRule) at the value:
 * `Expected value of type "Int", found 1.5; …`, `Value "BOGUS" does not exist in "TaskPriority" enum.`, `String cannot
 * represent a non string value: 5`, a custom scalar's own message; an unknown field of an input object, `Field "x" is
 * not defined by type "MoveInput".`, at the field. The only other rule reporting inside a value, a variable used where
 * its type does not fit, is a fault of the document, not of the input.
 */
const aboutVariable = (message: string) => message.startsWith('Variable "$');

const startsAt = (loc: ValueNode['loc'], at: SourceLocation) => {
  const start = loc ? getLocation(loc.source, loc.start) : null;
  return start?.line === at.line && start.column === at.column;
};

/** The segments from a value down to the value (or object field) written at `at`, or null. */
function segmentsTo(value: ValueNode, at: SourceLocation, segments: Array<string | number>): Array<string | number> | null {
  if (startsAt(value.loc, at)) return segments;
  if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      if (startsAt(field.loc, at)) return [...segments, field.name.value];
      const found = segmentsTo(field.value, at, [...segments, field.name.value]);
      if (found) return found;
    }
  } else if (value.kind === Kind.LIST) {
    for (const [index, item] of value.values.entries()) {
      const found = segmentsTo(item, at, [...segments, index]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * How a value at `segments` inside argument `argument` is named, as the validation pipe names fields: the path from the
 * argument without the argument's name (`attachedTo.id`), with it first when the argument is a list (`inputs.2.sex`),
 * the argument's own name for the argument itself (`beforeSeq`).
 */
export function argumentFieldName(argument: string, segments: ReadonlyArray<string | number>): string {
  if (!segments.length) return argument;
  return [...(typeof segments[0] === 'number' ? [argument] : []), ...segments].join('.');
}

/** The name of the value written at `at` in `document` followed by `extra` segments (`argumentFieldName`), or null. */
function literalPathAt(document: DocumentNode, at: SourceLocation, extra: string[]): string | null {
  let found: string | null = null;
  const look = (name: string, value: ValueNode | undefined) => {
    const segments = value ? segmentsTo(value, at, []) : null;
    if (!segments) return undefined;
    found = argumentFieldName(name, [...segments, ...extra]);
    return BREAK;
  };
  visit(document, {
    Argument: (node) => look(node.name.value, node.value),
    VariableDefinition: (node) => look(node.variable.name.value, node.defaultValue),
  });
  return found;
}

/**
 * The path of an input object's missing field, `field`, when the object is written at `at` in `document`: as a variable
 * names it (`variableInputProblems`), from the argument (or the variable whose default it is), without the argument's
 * name (`attachedTo.id` for `reattachFile(input: { attachedTo: { kind: TASK } })`, `title` for `createTask(input: {…})`
 * without a title), but with it first when the argument is a list (`inputs.2.sex`). `field` alone when no literal
 * object of the document starts at `at`.
 */
export function literalFieldPath(document: DocumentNode, at: SourceLocation, field: string): string {
  return literalPathAt(document, at, [field]) ?? field;
}

/**
 * `errors` with each refusal of a value written in the document named as a field, in one `BAD_USER_INPUT` each:
 * - "required input field not provided" of a literal input object (a formatted `BAD_USER_INPUT` without a `path`, its
 *   one field named by `missingInputProblems`) named by its path (`literalFieldPath`): `fields: [{ field:
 *   'attachedTo.id', message: 'attachedTo.id is required' }]`;
 * - a literal value its type refuses (`GRAPHQL_VALIDATION_FAILED` located at a value written in an argument: an
 *   unknown enum value, `1.5` for an `Int`, an unknown field), named by its path from the argument, graphql-js's message as the field's message: `fields: [{
 *   field: 'priority', message: 'Value "BOGUS" does not exist in "TaskPriority" enum.' }]`.
 * Other errors, and every error when the document is unknown, are returned as they are.
 */
export function withLiteralFieldPaths(errors: readonly GraphQLFormattedError[], document: DocumentNode | undefined): readonly GraphQLFormattedError[] {
  if (!document) return errors;
  return errors.map((error) => {
    const at = error.locations?.[0];
    const code = error.extensions?.['code'];
    if (!at || error.path) return error;
    if (code === 'GRAPHQL_VALIDATION_FAILED' && !aboutVariable(error.message)) {
      const field = literalPathAt(document, at, []);
      if (!field) return error;
      return { message: error.message, locations: error.locations, extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [{ field, message: error.message, code: graphqlRefusalCode(error.message) }] } };
    }
    const missing = MISSING_FIELD.exec(error.message);
    const fields = error.extensions?.['fields'] as FieldProblem[] | undefined;
    if (!missing || code !== ErrorCode.BAD_USER_INPUT || fields?.length !== 1) return error;
    const field = literalFieldPath(document, at, missing[1]);
    return { ...error, extensions: { ...error.extensions, fields: [{ field, message: `${field} is required`, code: 'required' }] } };
  });
}
