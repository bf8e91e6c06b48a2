import { GraphQLError } from 'graphql';

/** Error codes every module uses; clients switch on `extensions.code`. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  /** The request is valid but the record's state refuses it (e.g. a write through a closed joint operation). */
  FAILED_PRECONDITION = 'FAILED_PRECONDITION',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** A sensitive action needs the password or a TOTP code given in the last 5 minutes: call `reauthenticate`, then retry. */
  REAUTHENTICATION_REQUIRED = 'REAUTHENTICATION_REQUIRED',
  /** The caller must have a second factor (their role or agency requires it) and has none yet: enrol first. */
  SECOND_FACTOR_ENROLMENT_REQUIRED = 'SECOND_FACTOR_ENROLMENT_REQUIRED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** A daily budget of selector queries (per person or per agency) is used up; `extensions.budget` says which. */
  QUERY_BUDGET_EXHAUSTED = 'QUERY_BUDGET_EXHAUSTED',
  /**
   * An idempotency key sent again with a different request (IETF draft "The Idempotency-Key HTTP Header Field" §2.6,
   * where HTTP answers 422 Unprocessable Content): a new request needs a new key.
   */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}

/**
 * A per-field validation problem, as sent in `extensions.fields`: the field's path, an English `message` (logs, API
 * clients) and, where known, a stable `code` with the `values` its sentence is written from (`field-problem-codes.ts`),
 * from which a client writes the problem in its person's language.
 */
export interface FieldProblem {
  field: string;
  message: string;
  code?: string;
  values?: Record<string, string | number>;
}

/** An error meant for the client: a code, a plain message, and optional safe extensions. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }

  get code(): ErrorCode {
    return this.extensions['code'] as ErrorCode;
  }
}

/**
 * The one "not found" answer for both unknown ids and ids the caller may not see, so that nothing leaks.
 * @param what the kind of object ("Operation", "Task"…), never anything taken from the stored record.
 */
export function notFound(what: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
}

export function forbidden(message: string): AppError {
  return new AppError(ErrorCode.FORBIDDEN, message);
}

export function unauthenticated(message = 'Not signed in or the session has ended', extensions: Record<string, unknown> = {}): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, message, extensions);
}

export function badInput(fields: FieldProblem[]): AppError {
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  return new AppError(ErrorCode.BAD_USER_INPUT, `Invalid input — ${summary}`, { fields });
}

/** IDEMPOTENCY_KEY_REUSED: the caller's key was first used for a different request (see ErrorCode). */
export function idempotencyKeyReused(): AppError {
  return new AppError(ErrorCode.IDEMPOTENCY_KEY_REUSED, 'This idempotency key was already used for a different request: send a new key for a new request');
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): AppError {
  return new AppError(ErrorCode.CONFLICT, message, extensions);
}

/** The record's state refuses the request (a closed joint operation, an expired invitation); the message says which. */
export function failedPrecondition(message: string, extensions: Record<string, unknown> = {}): AppError {
  return new AppError(ErrorCode.FAILED_PRECONDITION, message, extensions);
}

/**
 * TOO_MANY_REQUESTS with `extensions.retryAfterSeconds` (an integer ≥ 1: seconds until a new attempt may pass). The
 * login budgets keep the fixed message, so it says nothing of the account or address that was counted; the GraphQL
 * cost budget, which only counts the caller's own requests, names what was exceeded. `extensions` may add an
 * `http` head (status, Retry-After), which Apollo applies and never sends in the body.
 */
export function tooManyRequests(retryAfterSeconds: number, message = 'Too many attempts; wait and try again', extensions: Record<string, unknown> = {}): AppError {
  const seconds = Number.isFinite(retryAfterSeconds) ? Math.max(1, Math.ceil(retryAfterSeconds)) : 1;
  return new AppError(ErrorCode.TOO_MANY_REQUESTS, message, { ...extensions, retryAfterSeconds: seconds });
}

/**
 * REAUTHENTICATION_REQUIRED with `extensions.stepUpWindowSeconds` (300): the action needs the password or a TOTP code
 * given within that many seconds (`reauthenticate`), and nothing was done.
 */
export function reauthenticationRequired(stepUpWindowSeconds: number): AppError {
  return new AppError(ErrorCode.REAUTHENTICATION_REQUIRED, 'Confirm it is you: enter your password or a code from your authenticator app again', {
    stepUpWindowSeconds,
  });
}

/** SECOND_FACTOR_ENROLMENT_REQUIRED: the caller must set up a second factor (/settings/security) before this action. */
export function secondFactorEnrolmentRequired(): AppError {
  return new AppError(ErrorCode.SECOND_FACTOR_ENROLMENT_REQUIRED, 'Set up a second factor (Settings → Security) before using this action');
}
