import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode, FieldProblem } from './app-error';
import { graphqlRefusalCode } from './field-problem-codes';

const logger = new Logger('GraphQLError');

/** Codes raised by GraphQL itself for a malformed request; their messages describe the request, not the server. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** graphql-js's message for a document over its parser's `maxTokens` (GRAPHQL_MAX_TOKENS), said like the other caps. */
const TOKEN_LIMIT = /^Syntax Error: Document contains more that (\d+) tokens\. Parsing aborted\./;

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.TOO_MANY_REQUESTS,
};

/** `text` without graphql-js's "Did you mean …?" hints, which name parts of the schema (for production answers). */
export function withoutSchemaHints(text: string): string {
  return text.replace(/\s*Did you mean [^?]*\?/g, '');
}

/**
 * The Apollo `formatError` for a mode: in production, GraphQL's "Did you mean …?" hints (which reveal schema
 * names, also in variable-coercion errors that Apollo's own switch does not cover) are removed.
 */
export function createErrorFormatter(options: { hideSchemaDetails: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = formatGraphQLError(formatted, error);
    if (!options.hideSchemaDetails) return out;
    const hide = withoutSchemaHints;
    const fields = out.extensions?.['fields'] as FieldProblem[] | undefined;
    const extensions = fields ? { ...out.extensions, fields: fields.map((f) => ({ ...f, message: hide(f.message) })) } : out.extensions;
    return { ...out, message: hide(out.message), ...(extensions ? { extensions } : {}) };
  };
}

/**
 * Apollo `formatError`: the one place that decides what a client learns of an error. AppErrors and GraphQL's
 * own request errors pass with their code and message; Nest HTTP exceptions map to a code; anything else
 * becomes `INTERNAL_SERVER_ERROR` with no detail (the original is logged). Stack traces never leave.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    // `http` (status, headers) is for Apollo's response head, never for the body.
    const { http: _http, ...extensions } = original.extensions;
    return { ...base, message: original.message, extensions };
  }
  if (original instanceof HttpException) {
    const code = HTTP_STATUS_CODES[original.getStatus()];
    if (code) {
      const message = code === ErrorCode.TOO_MANY_REQUESTS ? 'Too many attempts; wait a minute and try again' : original.message;
      return { ...base, message, extensions: { code } };
    }
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    const tokens = code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT.exec(formatted.message) : null;
    if (tokens) return { message: `Token limit of ${tokens[1]} exceeded: the document was not parsed any further`, extensions: { code } };
    const missing = code === 'GRAPHQL_VALIDATION_FAILED' ? missingInputProblems(formatted.message) : [];
    if (missing.length) return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, fields: missing } };
    const fields = code === 'BAD_USER_INPUT' ? variableProblems(formatted.message) : [];
    return { ...base, extensions: fields.length ? { code, fields } : { code } };
  }
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'INTROSPECTION_DISABLED') {
    return { ...base, extensions: { code } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/**
 * The field a variable-coercion error of graphql-js is about, in the form the validation pipe names fields (`k`,
 * `dimensions.0`, `inputs.2.sex`: the path inside the variable, array indexes as segments; the variable's own name when
 * the variable itself is the value or a list), with graphql-js's reason as the message. Messages it reads (graphql-js 16):
 * `Variable "$input" got invalid value 11.5 at "input.k"; Int cannot represent non-integer value: 11.5`,
 * `Variable "$input" got invalid value {…}; Field "indicator" of required type "IndicatorKind!" was not provided.`,
 * `Variable "$input" got invalid value {…}; Field "x" is not defined by type "TableInput".` (field `x`), and for a
 * list variable `inputs.2.sex`;
 * `Variable "$id" of required type "ID!" was not provided.`, `Variable "$id" of non-null type "ID!" must not be null.`
 * Any other message gives no field (an empty list).
 */
export function variableProblems(message: string): FieldProblem[] {
  const missing = /^Variable "\$(\w+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)\.$/.exec(message);
  if (missing) return [{ field: missing[1], message: `${missing[1]} is required`, code: 'required' }];
  // The value is printed before the path and may itself hold `; `: the path is looked for first, spelled as graphql-js
  // prints it (the variable's name, then `.field` and `[index]` segments).
  const atPath = /^Variable "\$(\w+)" got invalid value [\s\S]*? at "(\1(?:\.\w+|\[\d+\])*)"; ([\s\S]*)$/.exec(message);
  const whole = atPath ? null : /^Variable "\$(\w+)" got invalid value [\s\S]*?; ([\s\S]*)$/.exec(message);
  if (!atPath && !whole) return [];
  const [variable, at, reason] = atPath ? [atPath[1], atPath[2], atPath[3]] : [whole![1], undefined, whole![2]];
  const path = (at ?? variable).replace(/\[(\d+)\]/g, '.$1').split('.');
  if (path[0] === variable && !/^\d+$/.test(path[1] ?? '')) path.shift(); // `input.k` → `k`; a list keeps its name
  const inner = /^Field "(\w+)" (?:of required type "[^"]+" was not provided|is not defined by type "[^"]+")/.exec(reason);
  if (inner) path.push(inner[1]);
  return [{ field: path.length ? path.join('.') : variable, message: reason, code: graphqlRefusalCode(reason) }];
}

/**
 * The argument or input field a document leaves out although the schema requires it, from graphql-js's validation
 * messages (graphql-js 16): `Field "deleteFile" argument "reason" of type "String!" is required, but it was not
 * provided.` names `reason`; `Field "CreateTaskInput.title" of required type "String!" was not provided.` names
 * `title`. The request is otherwise known (the field exists), so it is bad input, not a malformed document. Any other
 * message (a syntax error, an unknown field, a directive's argument) gives no field (an empty list).
 */
export function missingInputProblems(message: string): FieldProblem[] {
  const argument = /^Field "\w+" argument "(\w+)" of type "[^"]+" is required, but it was not provided\.$/.exec(message);
  if (argument) return [{ field: argument[1], message: `${argument[1]} is required`, code: 'required' }];
  const field = /^Field "\w+\.(\w+)" of required type "[^"]+" was not provided\.$/.exec(message);
  if (field) return [{ field: field[1], message: `${field[1]} is required`, code: 'required' }];
  return [];
}

/**
 * The errors of a response as clients receive them: when GraphQL refused several variables' values before anything ran
 * (two or more formatted `BAD_USER_INPUT` errors without a `path`, each naming its field), one `BAD_USER_INPUT` error
 * naming every field, in the shape the validation pipe gives (`Invalid input — <field>: <message>; …`,
 * `extensions.fields`), so a client reading the first error sees every bad field at once. Other lists are returned
 * as they are.
 */
export function oneInputError(errors: readonly GraphQLFormattedError[]): readonly GraphQLFormattedError[] {
  const problems = errors.map((e) => (e.extensions?.['code'] === ErrorCode.BAD_USER_INPUT && !e.path ? (e.extensions?.['fields'] as FieldProblem[] | undefined) : undefined));
  if (errors.length < 2 || problems.some((p) => !p?.length)) return errors;
  const fields = problems.flatMap((p) => p ?? []);
  return [{ message: `Invalid input — ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, extensions: { code: ErrorCode.BAD_USER_INPUT, fields } }];
}
