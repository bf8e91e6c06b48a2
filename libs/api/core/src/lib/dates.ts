import { isISO8601, ValidateBy, ValidationOptions } from 'class-validator';
import { GraphQLScalarType, Kind } from 'graphql';

/**
 * Strict ISO 8601 dates and instants for every date/time input. One library does the calendar check:
 * class-validator's `isISO8601` in strict mode (validator.js), which refuses days a month does not have
 * (2026-02-30, 2025-02-29), hour 24 and the like; plain `new Date()` would roll them over into the next month.
 */

const ISO_OPTIONS = { strict: true, strictSeparator: true };
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Date, `T`, hours and minutes, optional seconds and fraction, and a zone: `Z` or `±hh:mm`. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (2028-02-29 yes, 2026-02-30 and 2026-2-3 no). */
export function isIsoCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && CALENDAR_DATE.test(value) && isISO8601(value, ISO_OPTIONS);
}

/**
 * The instant of a real ISO 8601 date and time with a zone (`2026-03-01T10:00:00Z`, `2026-03-01T12:00+02:00`), or
 * null for anything else: an impossible date or time, a date without a time, a time without a zone, a number.
 */
export function parseIsoDateTime(value: unknown): Date | null {
  if (typeof value !== 'string' || !DATE_TIME.test(value) || !isISO8601(value, ISO_OPTIONS)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The `DateTime` scalar (ISO 8601, UTC on output) with strict input: a value that `parseIsoDateTime` refuses becomes
 * an invalid Date, so that the input's `IsIsoDateTime` validator reports it as BAD_USER_INPUT naming the field
 * (one message), instead of a rolled-over date (Nest's default scalar does `new Date(value)`).
 */
export const StrictDateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A date and time in ISO 8601 with a zone, such as 2026-03-01T10:00:00Z; always sent in UTC.',
  serialize: (value: unknown) => (value instanceof Date ? value.toISOString() : null),
  parseValue: (value: unknown) => parseIsoDateTime(value) ?? new Date(Number.NaN),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseIsoDateTime(ast.value) : null) ?? new Date(Number.NaN),
});

/** Earliest and latest calendar date an input accepts unless a field narrows it (UTC days, inclusive). */
export const CALENDAR_DATE_RANGE = { from: '1900-01-01', to: '2100-12-31' } as const;

/** Today's UTC day as `YYYY-MM-DD`. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Input decorator for a `YYYY-MM-DD` calendar date (UTC day) within a range, inclusive: `from` (default
 * 1900-01-01) and `to` (default 2100-12-31, or `'today'` for a date that cannot be in the future, such as a date of
 * birth; today is read at validation time, UTC). One message per field: `<field> must be a real calendar date
 * YYYY-MM-DD` for a value that is not one, `<field> must be from <from> to <to>` (or `… to today (UTC)`) for a
 * real date out of range.
 */
export const IsIsoDate = (range: { from?: string; to?: string | 'today' } = {}, options?: ValidationOptions) => {
  const from = range.from ?? CALENDAR_DATE_RANGE.from;
  const to = range.to ?? CALENDAR_DATE_RANGE.to;
  const last = () => (to === 'today' ? todayUtc() : to);
  return ValidateBy(
    {
      name: 'isIsoDate',
      // Read back as the values of the field problem's code (field-problem-codes.ts).
      constraints: [from, to],
      validator: {
        // ISO calendar dates compare as strings.
        validate: (value) => isIsoCalendarDate(value) && value >= from && value <= last(),
        defaultMessage: (args) => {
          const field = args?.property ?? 'value';
          return isIsoCalendarDate(args?.value)
            ? `${field} must be from ${from} to ${to === 'today' ? 'today (UTC)' : to}`
            : `${field} must be a real calendar date YYYY-MM-DD`;
        },
      },
    },
    options,
  );
};

/**
 * Input decorator for a `DateTime` field (a Date from StrictDateTimeScalar) within [min, max) (UTC) and, with `future`,
 * after now (read when the input is validated): one message per field — `<field> must be a real date and time in ISO
 * 8601 with a time zone, e.g. 2026-03-01T10:00:00Z` for a value that is not one, `<field> must be from <min> to <max>
 * (UTC)` for one out of range, `<field> must be in the future` for one in range but not after now. As a rule of the
 * input, it is judged with the input's other rules, also when GraphQL refused another field of it.
 */
export const IsIsoDateTime = (range: { min: string; max: string; future?: boolean }, options?: ValidationOptions) => {
  const min = new Date(`${range.min}T00:00:00Z`).getTime();
  const max = new Date(`${range.max}T00:00:00Z`).getTime();
  const valid = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());
  const inRange = (value: Date) => value.getTime() >= min && value.getTime() < max;
  return ValidateBy(
    {
      name: 'isIsoDateTime',
      constraints: [range.min, range.max],
      validator: {
        validate: (value) => valid(value) && inRange(value) && (!range.future || value.getTime() > Date.now()),
        defaultMessage: (args) => {
          const field = args?.property ?? 'value';
          const value: unknown = args?.value;
          if (!valid(value)) return `${field} must be a real date and time in ISO 8601 with a time zone, e.g. 2026-03-01T10:00:00Z`;
          return inRange(value) ? `${field} must be in the future` : `${field} must be from ${range.min} to ${range.max} (UTC)`;
        },
      },
    },
    options,
  );
};
