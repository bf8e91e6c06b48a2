import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode } from './app-error';

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

/**
 * The Apollo `formatError` for a mode: in production, GraphQL's "Did you mean …?" hints (which reveal schema
 * names, also in variable-coercion errors that Apollo's own switch does not cover) are removed.
 */
export function createErrorFormatter(options: { hideSchemaDetails: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = formatGraphQLError(formatted, error);
    if (!options.hideSchemaDetails) return out;
    return { ...out, message: out.message.replace(/\s*Did you mean [^?]*\?/g, '') };
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
    return { ...base, extensions: { code } };
  }
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'INTROSPECTION_DISABLED') {
    return { ...base, extensions: { code } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
