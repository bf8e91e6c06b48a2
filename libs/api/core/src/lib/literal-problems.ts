import { BREAK, DocumentNode, getLocation, GraphQLFormattedError, Kind, SourceLocation, ValueNode, visit } from 'graphql';
import { ErrorCode, FieldProblem } from './app-error';

/** graphql-js 16's validation message for an input object written in the document without one of its required fields. */
const MISSING_FIELD = /^Field "\w+\.(\w+)" of required type "[^"]+" was not provided\.$/;

/** The segments from a value down to the input object written at `at` (graphql-js reports the object), or null. */
function segmentsTo(value: ValueNode, at: SourceLocation, segments: Array<string | number>): Array<string | number> | null {
  if (value.kind === Kind.OBJECT) {
    const start = value.loc ? getLocation(value.loc.source, value.loc.start) : null;
    if (start?.line === at.line && start.column === at.column) return segments;
    for (const field of value.fields) {
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
 * The path of an input object's missing field, `field`, when the object is written at `at` in `document`: as a variable
 * names it (`variableInputProblems`), from the argument (or the variable whose default it is), without the argument's
 * name (`attachedTo.id` for `reattachFile(input: { attachedTo: { kind: TASK } })`, `title` for `createTask(input: {…})`
 * without a title), but with it first when the argument is a list (`inputs.2.sex`). `field` alone when no literal
 * object of the document starts at `at`.
 */
export function literalFieldPath(document: DocumentNode, at: SourceLocation, field: string): string {
  let found: string | null = null;
  const look = (name: string, value: ValueNode | undefined) => {
    const segments = value ? segmentsTo(value, at, []) : null;
    if (!segments) return undefined;
    found = [...(typeof segments[0] === 'number' ? [name] : []), ...segments, field].join('.');
    return BREAK;
  };
  visit(document, {
    Argument: (node) => look(node.name.value, node.value),
    VariableDefinition: (node) => look(node.variable.name.value, node.defaultValue),
  });
  return found ?? field;
}

/**
 * `errors` with each "required input field not provided" refusal of a literal input object (a formatted `BAD_USER_INPUT`
 * without a `path`, its one field named by `missingInputProblems`) named by its path in `document`
 * (`literalFieldPath`): `fields: [{ field: 'attachedTo.id', message: 'attachedTo.id is required' }]`. Other errors,
 * and every error when the document is unknown, are returned as they are.
 */
export function withLiteralFieldPaths(errors: readonly GraphQLFormattedError[], document: DocumentNode | undefined): readonly GraphQLFormattedError[] {
  if (!document) return errors;
  return errors.map((error) => {
    const missing = MISSING_FIELD.exec(error.message);
    const at = error.locations?.[0];
    const fields = error.extensions?.['fields'] as FieldProblem[] | undefined;
    if (!missing || !at || error.path || error.extensions?.['code'] !== ErrorCode.BAD_USER_INPUT || fields?.length !== 1) return error;
    const field = literalFieldPath(document, at, missing[1]);
    return { ...error, extensions: { ...error.extensions, fields: [{ field, message: `${field} is required` }] } };
  });
}
