import { HandlingCode } from '@taskforce/domain';
import { getMetadataStorage, ValidationError } from 'class-validator';
import { isIsoCalendarDate } from './dates';

/** Values a field problem's sentence is written from (`{ min: 3 }`, `{ from: '1900-01-01', to: '2100-12-31' }`). */
export type FieldProblemValues = Record<string, string | number>;

/** What a client writes a field problem from in its own language: a stable `code` and its `values`. */
export interface FieldProblemCode {
  code: string;
  values?: FieldProblemValues;
}

/**
 * The stable codes of `extensions.fields[].code` (docs/api-contract.md, "Errors"); a client translates these and falls
 * back to the English `message` for any other code. Values in braces.
 */
export const FIELD_PROBLEM_CODES = [
  'required', // a required value is missing or null
  'invalidType', // GraphQL refused the value's type (`11.5` for an Int, an object for an ID)
  'unknownField', // a field the input type does not have
  'isEnum', // not one of the listed values
  'isIn', // not one of {values}
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isUuid',
  'isEmail',
  'isUrl',
  'isCountryCode', // an ISO 3166-1 alpha-2 code that exists
  'minLength', // {min} characters
  'maxLength', // {max} characters
  'isLength', // {min} to {max} characters
  'min', // {min}
  'max', // {max}
  'arrayMinSize', // {min} values
  'arrayMaxSize', // {max} values
  'arrayUnique',
  'matches', // not in the expected format
  'safeText', // control characters
  'oneLineText', // line breaks, tabs or other control characters
  'wellFormedText', // a lone UTF-16 surrogate: not valid Unicode text
  'isIsoDate', // not a real calendar date YYYY-MM-DD
  'dateRange', // a date from {from} to {to}
  'dateRangeToToday', // a date from {from} to today (UTC)
  'isIsoDateTime', // not a date and time in ISO 8601 with a time zone
  'dateTimeRange', // from {from} to {to} (UTC)
  'dateTimeFuture', // in the future (after the moment it is checked, UTC)
  'handlingConditionRequired', // the restriction is required with handling code H3
  'handlingConditionOnlyH3', // a restriction is given only with handling code H3
] as const;

const number = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const defined = (values: Record<string, string | number | undefined>): FieldProblemValues | undefined => {
  const kept = Object.entries(values).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  return kept.length ? Object.fromEntries(kept) : undefined;
};

type Describe = (constraints: readonly unknown[], value: unknown, object: unknown) => FieldProblemCode;

// The class-validator constraints (and this project's own) whose code needs values or a choice by the value.
const DESCRIBE: Record<string, Describe> = {
  minLength: ([min]) => ({ code: 'minLength', values: defined({ min: number(min) }) }),
  maxLength: ([max]) => ({ code: 'maxLength', values: defined({ max: number(max) }) }),
  isLength: ([min, max]) => ({ code: 'isLength', values: defined({ min: number(min), max: number(max) }) }),
  min: ([min]) => ({ code: 'min', values: defined({ min: number(min) }) }),
  max: ([max]) => ({ code: 'max', values: defined({ max: number(max) }) }),
  arrayMinSize: ([min]) => ({ code: 'arrayMinSize', values: defined({ min: number(min) }) }),
  arrayMaxSize: ([max]) => ({ code: 'arrayMaxSize', values: defined({ max: number(max) }) }),
  arrayNotEmpty: () => ({ code: 'arrayMinSize', values: { min: 1 } }),
  nestedValidation: () => ({ code: 'invalidType' }),
  isIn: ([values]) => ({ code: 'isIn', values: Array.isArray(values) ? { values: values.join(', ') } : undefined }),
  isCountryAlpha2: () => ({ code: 'isCountryCode' }),
  isIsoDate: ([from, to], value): FieldProblemCode => {
    if (!isIsoCalendarDate(value) || typeof from !== 'string' || typeof to !== 'string') return { code: 'isIsoDate' };
    return to === 'today' ? { code: 'dateRangeToToday', values: { from } } : { code: 'dateRange', values: { from, to } };
  },
  isIsoDateTime: ([from, to], value): FieldProblemCode => {
    if (!(value instanceof Date) || Number.isNaN(value.getTime()) || typeof from !== 'string' || typeof to !== 'string') return { code: 'isIsoDateTime' };
    // In range but refused: the rule asked for a moment in the future (IsIsoDateTime with `future`).
    const inRange = value.getTime() >= Date.parse(`${from}T00:00:00Z`) && value.getTime() < Date.parse(`${to}T00:00:00Z`);
    return inRange ? { code: 'dateTimeFuture' } : { code: 'dateTimeRange', values: { from, to } };
  },
  handlingCondition: (_constraints, value, object) => {
    const code = (object as { handlingCode?: unknown } | null)?.handlingCode;
    if (value != null && typeof value !== 'string') return { code: 'isString' };
    if (code === HandlingCode.H3 && !value) return { code: 'handlingConditionRequired' };
    if (code !== HandlingCode.H3 && value) return { code: 'handlingConditionOnlyH3' };
    return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.test(String(value)) ? { code: 'safeText' } : { code: 'maxLength' };
  },
};

/**
 * The code and values of one failed constraint of a class-validator error (`error.constraints[name]`): a decorator's
 * own `context.code` first (`IsSafeText` is `matches` to class-validator, `safeText` here), then the constraint's
 * name with the values its decorator was given (`MinLength(3)` → `{ code: 'minLength', values: { min: 3 } }`), read
 * from class-validator's metadata of the error's `target` (the error must keep its target and value).
 */
export function constraintCode(error: ValidationError, name: string): FieldProblemCode {
  const own = (error.contexts?.[name] as { code?: unknown } | undefined)?.code;
  if (typeof own === 'string') return { code: own };
  const describe = DESCRIBE[name];
  if (!describe) return { code: name };
  const target = error.target as object | undefined;
  const metadata = target
    ? getMetadataStorage()
        .getTargetValidationMetadatas(target.constructor, '', true, false)
        .find((m) => m.propertyName === error.property && m.name === name)
    : undefined;
  return describe(metadata?.constraints ?? [], error.value, target);
}

/**
 * The code of a refusal by graphql-js's input coercion or document validation (graphql-js 16 messages): `required`
 * for a missing or null required value, `unknownField` for a field the type does not have, `isEnum` for a value not
 * in an enum, `invalidType` for any other refused value.
 */
export function graphqlRefusalCode(message: string): string {
  if (/was not provided|must not be null|is required/.test(message)) return 'required';
  if (/is not defined by type/.test(message)) return 'unknownField';
  if (/does not exist in "[^"]+" enum|Enum "[^"]+" cannot represent/.test(message)) return 'isEnum';
  return 'invalidType';
}
