import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import {
  apiErrorCode,
  conflictCurrentVersion,
  conflictDetails,
  describeApiError,
  failedPreconditionMessage,
  invalidFields,
  isUnauthenticated,
} from '../graphql-errors';

function graphQLError(extensions: Record<string, unknown>, message = 'failed'): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });
}

describe('API error helpers', () => {
  it('reads the code of the first GraphQL error', () => {
    expect(apiErrorCode(graphQLError({ code: 'FORBIDDEN' }))).toBe('FORBIDDEN');
    expect(apiErrorCode(new Error('plain'))).toBeUndefined();
  });

  it('treats UNAUTHENTICATED and HTTP 401 as a session problem', () => {
    expect(isUnauthenticated(graphQLError({ code: 'UNAUTHENTICATED' }))).toBe(true);
    const unauthorized = new ServerError('401', { response: new Response('', { status: 401 }), bodyText: '' });
    expect(isUnauthenticated(unauthorized)).toBe(true);
    expect(isUnauthenticated(graphQLError({ code: 'NOT_FOUND' }))).toBe(false);
  });

  it('reads the current version of a CONFLICT', () => {
    expect(conflictCurrentVersion(graphQLError({ code: 'CONFLICT', currentVersion: 4 }))).toBe(4);
    expect(conflictCurrentVersion(graphQLError({ code: 'CONFLICT' }))).toBeUndefined();
  });

  it('reads who changed a task first from a CONFLICT, leaving out what is missing or malformed', () => {
    expect(
      conflictDetails(
        graphQLError({
          code: 'CONFLICT',
          currentVersion: 3,
          currentStatus: 'IN_PROGRESS',
          changedBy: { displayName: 'Ioana Popescu', agencyAcronym: 'RO-DIOC' },
          changedAt: '2026-05-01T12:05:00.000Z',
        }),
      ),
    ).toEqual({
      currentVersion: 3,
      currentStatus: 'IN_PROGRESS',
      changedBy: { displayName: 'Ioana Popescu', agencyAcronym: 'RO-DIOC' },
      changedAt: '2026-05-01T12:05:00.000Z',
    });
    expect(conflictDetails(graphQLError({ code: 'CONFLICT', changedBy: null, changedAt: 'yesterday' }))).toEqual({});
    expect(conflictDetails(new Error('plain'))).toEqual({});
  });

  it('maps BAD_USER_INPUT fields by name and ignores malformed entries', () => {
    const error = graphQLError({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'title', message: 'title must be at least 3 characters' }, { field: 7 }, null],
    });
    expect(invalidFields(error)).toEqual({ title: 'title must be at least 3 characters' });
    expect(describeApiError(error)).toBe('title must be at least 3 characters');
  });

  it('keeps every message the server gives for one field, in its order', () => {
    const error = graphQLError({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'persons.0.dateOfBirth', message: 'dateOfBirth must be YYYY-MM-DD' },
        { field: 'persons.0.dateOfBirth', message: 'dateOfBirth must be a real calendar date' },
      ],
    });
    expect(invalidFields(error)).toEqual({ 'persons.0.dateOfBirth': 'dateOfBirth must be YYYY-MM-DD dateOfBirth must be a real calendar date' });
  });

  it('never shows the server message of an unknown error', () => {
    expect(describeApiError(graphQLError({ code: 'INTERNAL_SERVER_ERROR' }, 'relation "x" does not exist'), 'Try again.')).toBe(
      'Try again.',
    );
  });

  it('shows the server’s plain sentence for a refused state change (FAILED_PRECONDITION), and only for that code', () => {
    const closed = graphQLError({ code: 'FAILED_PRECONDITION', operationId: 'x' }, 'Joint operation “Alpha” is closed: it is read-only');
    expect(failedPreconditionMessage(closed)).toBe('Joint operation “Alpha” is closed: it is read-only');
    expect(describeApiError(closed)).toBe('Joint operation “Alpha” is closed: it is read-only');
    expect(failedPreconditionMessage(graphQLError({ code: 'FORBIDDEN' }, 'secret detail'))).toBeUndefined();
    expect(describeApiError(graphQLError({ code: 'FAILED_PRECONDITION' }, '  '))).toBe('This cannot be done in the current state of the record.');
  });
});
