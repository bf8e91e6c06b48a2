import { messageId } from '@taskforce/web-ui';
import type { Translate } from './api-error-text';

/** One entry of a BAD_USER_INPUT's `extensions.fields` (docs/api-contract.md, "Errors"). */
export interface FieldProblem {
  field: string;
  /** English, for logs and API clients: shown only when the client does not know `code`. */
  message: string;
  /** Stable code of the rule that failed (libs/api/core `FIELD_PROBLEM_CODES`). */
  code?: string;
  /** What the sentence is written from (`{ min: 3 }`, `{ from: '1900-01-01', to: '2100-12-31' }`). */
  values?: Record<string, string | number>;
}

// The sentence of each code the server sends, said of the field it stands under (no field name in it).
const CODE_MESSAGES: Readonly<Record<string, string>> = {
  required: messageId('errors.field.required'),
  invalidType: messageId('errors.field.invalidType'),
  unknownField: messageId('errors.field.unknownField'),
  isEnum: messageId('errors.field.isEnum'),
  isIn: messageId('errors.field.isIn'),
  isString: messageId('errors.field.isString'),
  isInt: messageId('errors.field.isInt'),
  isNumber: messageId('errors.field.isNumber'),
  isBoolean: messageId('errors.field.isBoolean'),
  isArray: messageId('errors.field.isArray'),
  isUuid: messageId('errors.field.isUuid'),
  isEmail: messageId('errors.field.isEmail'),
  isUrl: messageId('errors.field.isUrl'),
  isCountryCode: messageId('errors.field.isCountryCode'),
  minLength: messageId('errors.field.minLength'),
  maxLength: messageId('errors.field.maxLength'),
  isLength: messageId('errors.field.isLength'),
  min: messageId('errors.field.min'),
  max: messageId('errors.field.max'),
  arrayMinSize: messageId('errors.field.arrayMinSize'),
  arrayMaxSize: messageId('errors.field.arrayMaxSize'),
  arrayUnique: messageId('errors.field.arrayUnique'),
  matches: messageId('errors.field.matches'),
  safeText: messageId('errors.field.safeText'),
  oneLineText: messageId('errors.field.oneLineText'),
  wellFormedText: messageId('errors.field.wellFormedText'),
  isIsoDate: messageId('errors.field.isIsoDate'),
  dateRange: messageId('errors.field.dateRange'),
  dateRangeToToday: messageId('errors.field.dateRangeToToday'),
  isIsoDateTime: messageId('errors.field.isIsoDateTime'),
  dateTimeRange: messageId('errors.field.dateTimeRange'),
  dateTimeFuture: messageId('errors.field.dateTimeFuture'),
  handlingConditionRequired: messageId('errors.field.handlingConditionRequired'),
  handlingConditionOnlyH3: messageId('errors.field.handlingConditionOnlyH3'),
};

// The values each code's sentence needs; a problem missing one is written from its English message instead.
const NEEDED: Readonly<Record<string, readonly string[]>> = {
  isIn: ['values'],
  minLength: ['min'],
  maxLength: ['max'],
  isLength: ['min', 'max'],
  min: ['min'],
  max: ['max'],
  arrayMinSize: ['min'],
  arrayMaxSize: ['max'],
  dateRange: ['from', 'to'],
  dateRangeToToday: ['from'],
  dateTimeRange: ['from', 'to'],
};

/**
 * A field problem in the person's language, from its `code` and `values` ("Au moins 3 caractères."); the server's
 * English `message` for a code this client does not know (or one sent without the values its sentence needs).
 */
export function fieldProblemText(translate: Translate, problem: FieldProblem): string {
  const id = problem.code ? CODE_MESSAGES[problem.code] : undefined;
  const values = problem.values ?? {};
  if (!id || (NEEDED[problem.code ?? ''] ?? []).some((name) => values[name] === undefined)) return problem.message;
  return translate(id, values);
}

/** The well-formed entries of a BAD_USER_INPUT's `extensions.fields` (anything else is left out). */
export function fieldProblems(fields: unknown): FieldProblem[] {
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((item: unknown): FieldProblem[] => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, message, code, values } = item as Record<string, unknown>;
    if (typeof field !== 'string' || typeof message !== 'string') return [];
    const plainValues =
      typeof values === 'object' && values !== null
        ? Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'))
        : undefined;
    return [{ field, message, ...(typeof code === 'string' ? { code } : {}), ...(plainValues ? { values: plainValues } : {}) }];
  });
}
