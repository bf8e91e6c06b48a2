import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { apiErrorText, type ApiErrorParts, type Translate } from './api-error-text';
import { fieldProblems, fieldProblemText } from './field-problem-text';

/** The error codes of docs/api-contract.md ("Errors"). */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'FAILED_PRECONDITION'
  | 'TOO_MANY_REQUESTS'
  | 'REAUTHENTICATION_REQUIRED'
  | 'SECOND_FACTOR_ENROLMENT_REQUIRED'
  | 'INTERNAL_SERVER_ERROR';

interface ErrorExtensions {
  code?: unknown;
  currentVersion?: unknown;
  currentStatus?: unknown;
  changedBy?: unknown;
  changedAt?: unknown;
  changeAction?: unknown;
  fields?: unknown;
}

function firstExtensions(error: unknown): ErrorExtensions | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors[0]?.extensions as ErrorExtensions | undefined;
}

/** The `extensions.code` of the first GraphQL error (or UNAUTHENTICATED for an HTTP 401), if any. */
export function apiErrorCode(error: unknown): ApiErrorCode | string | undefined {
  if (ServerError.is(error) && error.statusCode === 401) return 'UNAUTHENTICATED';
  const code = firstExtensions(error)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True when any GraphQL error of the answer says UNAUTHENTICATED (or the server answered HTTP 401). */
export function isUnauthenticated(error: unknown): boolean {
  if (ServerError.is(error) && error.statusCode === 401) return true;
  return CombinedGraphQLErrors.is(error) && error.errors.some((item) => item.extensions?.['code'] === 'UNAUTHENTICATED');
}

/**
 * For an UNAUTHENTICATED error saying the session idled out (extensions.reason SESSION_IDLE): the idle limit in minutes
 * (SESSION_IDLE_MINUTES); undefined for any other error.
 */
export function sessionIdleMinutes(error: unknown): number | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const idle = error.errors.find((item) => item.extensions?.['code'] === 'UNAUTHENTICATED' && item.extensions?.['reason'] === 'SESSION_IDLE');
  const minutes = idle?.extensions?.['idleMinutes'];
  return idle ? (typeof minutes === 'number' ? minutes : 30) : undefined;
}

/** For a CONFLICT error: the task's version on the server, when the server said it. */
export function conflictCurrentVersion(error: unknown): number | undefined {
  const version = firstExtensions(error)?.currentVersion;
  return typeof version === 'number' ? version : undefined;
}

/** What a CONFLICT from `updateTaskStatus` says about the change that came first (each part when known). */
export interface ConflictDetails {
  currentVersion?: number;
  currentStatus?: string;
  changedBy?: { displayName: string; agencyAcronym: string };
  /** ISO 8601 (UTC). */
  changedAt?: string;
  /** What that last change was: CREATED, STATUS_CHANGED, EDITED or ASSIGNED (tasks). */
  changeAction?: string;
}

/** For a CONFLICT error: the task's current version and status and who changed it last, when (all optional). */
export function conflictDetails(error: unknown): ConflictDetails {
  const extensions = firstExtensions(error);
  if (!extensions) return {};
  const details: ConflictDetails = {};
  if (typeof extensions.currentVersion === 'number') details.currentVersion = extensions.currentVersion;
  if (typeof extensions.currentStatus === 'string') details.currentStatus = extensions.currentStatus;
  const by = extensions.changedBy;
  if (typeof by === 'object' && by !== null) {
    const { displayName, agencyAcronym } = by as { displayName?: unknown; agencyAcronym?: unknown };
    if (typeof displayName === 'string' && displayName) {
      details.changedBy = { displayName, agencyAcronym: typeof agencyAcronym === 'string' ? agencyAcronym : '' };
    }
  }
  if (typeof extensions.changeAction === 'string') details.changeAction = extensions.changeAction;
  if (typeof extensions.changedAt === 'string' && Number.isFinite(Date.parse(extensions.changedAt))) {
    details.changedAt = extensions.changedAt;
  }
  return details;
}

/**
 * For a BAD_USER_INPUT error: the problem of each invalid input field, keyed by field name; several problems of one
 * field (e.g. `persons.0.dateOfBirth` failing two checks) are joined with a space, in the server's order. With
 * `translate` (the screen's `_`), each is written in the person's language from its code and values
 * (`fieldProblemText`); without it, the server's English messages (logs, tests).
 */
export function invalidFields(error: unknown, translate?: Translate): Record<string, string> {
  const result: Record<string, string> = {};
  for (const problem of fieldProblems(firstExtensions(error)?.fields)) {
    const text = translate ? fieldProblemText(translate, problem) : problem.message;
    result[problem.field] = result[problem.field] ? `${result[problem.field]} ${text}` : text;
  }
  return result;
}

/**
 * For a FAILED_PRECONDITION error (a closed joint operation, a missing legal basis or closing evaluation, an
 * expired invitation): the server's sentence, which says in plain words what stands in the way; undefined otherwise.
 */
export function failedPreconditionMessage(error: unknown): string | undefined {
  if (apiErrorCode(error) !== 'FAILED_PRECONDITION' || !CombinedGraphQLErrors.is(error)) return undefined;
  const message = error.errors[0]?.message?.trim();
  return message ? message : undefined;
}

/** The code, fields at fault and network failure of an Apollo error, for `apiErrorText` to write a sentence from. */
export function apiErrorParts(error: unknown): ApiErrorParts {
  return { code: apiErrorCode(error), fields: Object.keys(invalidFields(error)), offline: error instanceof TypeError };
}

/**
 * A sentence to show a person for an API error, never a stack trace or internal detail. With `translate` (the screen's
 * `_`), in the person's language: each code's sentence from the catalogue, a BAD_USER_INPUT's field problems from
 * their codes; a FAILED_PRECONDITION keeps the server's sentence.
 */
export function describeApiError(error: unknown, fallback = 'Something went wrong. Please try again.', translate?: Translate): string {
  if (translate) return describeInLanguage(error, fallback, translate);
  switch (apiErrorCode(error)) {
    case 'UNAUTHENTICATED':
      return 'Your session has ended. Please sign in again.';
    case 'FORBIDDEN':
      return 'You are not allowed to do this.';
    case 'NOT_FOUND':
      return 'This item does not exist or is not shared with your agency.';
    case 'CONFLICT':
      return 'Someone changed this in the meantime. The latest version is now shown; check it and try again.';
    case 'FAILED_PRECONDITION':
      return failedPreconditionMessage(error) ?? 'This cannot be done in the current state of the record.';
    case 'TOO_MANY_REQUESTS':
      return 'Too many attempts. Please wait a minute and try again.';
    case 'REAUTHENTICATION_REQUIRED':
      return 'Confirm it is you (password or a code from your authenticator app) to do this.';
    case 'SECOND_FACTOR_ENROLMENT_REQUIRED':
      return 'Set up two-step sign-in first (Settings → Security): it is required for this.';
    case 'BAD_USER_INPUT': {
      const messages = Object.values(invalidFields(error));
      return messages.length > 0 ? messages.join(' ') : 'Some of the values are not valid.';
    }
    default:
      if (error instanceof TypeError) return 'The server cannot be reached. Check your connection and try again.';
      return fallback;
  }
}

function describeInLanguage(error: unknown, fallback: string, translate: Translate): string {
  const code = apiErrorCode(error);
  if (code === 'FAILED_PRECONDITION') {
    const sentence = failedPreconditionMessage(error);
    if (sentence) return sentence;
  }
  if (code === 'BAD_USER_INPUT') {
    const texts = Object.values(invalidFields(error, translate));
    if (texts.length) return texts.join(' ');
  }
  const parts = { code, offline: error instanceof TypeError };
  // A code without a sentence of its own (or none) keeps the screen's own fallback.
  return parts.offline || (code && KNOWN_CODES.has(code)) ? apiErrorText(translate, parts) : fallback;
}

const KNOWN_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'FAILED_PRECONDITION',
  'TOO_MANY_REQUESTS',
  'REAUTHENTICATION_REQUIRED',
  'SECOND_FACTOR_ENROLMENT_REQUIRED',
  'BAD_USER_INPUT',
]);
