import { applyDecorators, ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import { stripInvisibleControls } from '@taskforce/domain';
import { validate, ValidateBy } from 'class-validator';
import { badInput, FieldProblem } from './app-error';
import { constraintCode } from './field-problem-codes';

/**
 * class-validator's own wording for list sizes and repeats ("dimensions's elements must be unique", "must contain no
 * more than 2 elements"), said plainly. Messages a decorator sets itself pass unchanged.
 */
const PLAIN_LIST_MESSAGES: Record<string, (property: string, message: string) => string | null> = {
  arrayUnique: (property, message) => (/^(All )?\S+'s elements must be unique$/.test(message) ? `${property} must not list the same value twice` : null),
  arrayMinSize: (property, message) => plainCount(property, message, /^.+ must contain at least (\d+) elements?$/, 'at least'),
  arrayMaxSize: (property, message) => plainCount(property, message, /^.+ must contain no more than (\d+) elements?$/, 'at most'),
};

function plainCount(property: string, message: string, pattern: RegExp, bound: string): string | null {
  const n = pattern.exec(message)?.[1];
  return n === undefined ? null : `${property} must list ${bound} ${n} ${n === '1' ? 'value' : 'values'}`;
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([name, message]) => ({
      field,
      message: PLAIN_LIST_MESSAGES[name]?.(e.property, message) ?? message,
      ...constraintCode(e, name),
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** The global validation pipe: whitelists input fields and reports every problem as BAD_USER_INPUT naming the field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    // The errors keep their object and value, from which each problem's code and values are read (never sent).
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => badInput(flatten(errors)),
  });
}

/**
 * An input the global pipe leaves alone (the resolver declares its argument `Record<string, unknown>`), transformed and
 * checked exactly as the pipe would (`type`'s decorators, whitelist), with its problems returned instead of thrown: a
 * service adds the checks that need the database or the caller (an agency of the operation, a date in the future) and
 * answers one BAD_USER_INPUT naming every field. Returns the input as a `type` and its problems (empty when fine).
 */
export async function readInput<T extends object>(type: new () => T, raw: unknown): Promise<{ input: T; problems: FieldProblem[] }> {
  const input = plainToInstance(type, raw);
  return { input, problems: flatten(await validate(input, { whitelist: true, forbidUnknownValues: false })) };
}

/** A rule named `name` (its field problems' code) that takes only a string `pattern` matches, as `Matches` does. */
const textRule = (name: string, pattern: RegExp, says: string) =>
  ValidateBy({
    name,
    validator: {
      validate: (value: unknown) => typeof value === 'string' && pattern.test(value),
      defaultMessage: (args) => `${args?.property ?? 'value'} ${says}`,
    },
  });

// C0 control characters other than tab, line feed and carriage return (PostgreSQL text cannot even hold NUL), DEL,
// and the C1 controls U+0080–U+009F (NEL, CSI and the like: terminal escapes, invisible line breaks).
const SAFE_TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/;

// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Input decorator: refuses a string with a lone UTF-16 surrogate (`"a\ud800b"` in JSON: no character at all, which
 * PostgreSQL would store as U+FFFD), "<field> must be valid Unicode text". A surrogate pair (an emoji) passes.
 */
export const IsWellFormedText = () =>
  ValidateBy({
    name: 'wellFormedText',
    validator: { validate: (value) => typeof value !== 'string' || !LONE_SURROGATE.test(value), defaultMessage: (args) => `${args?.property ?? 'value'} must be valid Unicode text` },
  });

/** Input decorator: refuses control characters (NUL and the like) and lone surrogates (`IsWellFormedText`), with messages naming the field. */
export const IsSafeText = () => applyDecorators(textRule('safeText', SAFE_TEXT, 'must not contain control characters'), IsWellFormedText());

// Every C0 and C1 control character and DEL, line breaks and tabs included, and the Unicode line and paragraph
// separators U+2028/U+2029: a one-line field (a summary, a title, a name) keeps none.
const ONE_LINE_TEXT = /^[^\u0000-\u001F\u007F-\u009F\u2028\u2029]*$/;

/**
 * Input decorator for one-line fields (summaries, titles, names): refuses every control character, line feed,
 * carriage return and tab included, and lone surrogates (`IsWellFormedText`), with messages naming the field.
 * Multi-line fields use `IsSafeText`.
 */
export const IsOneLineText = () =>
  applyDecorators(textRule('oneLineText', ONE_LINE_TEXT, 'must be one line, without line breaks, tabs or other control characters'), IsWellFormedText());

// White space at either end, zero-width spaces, word joiners and byte-order marks included.
const EDGE_BLANKS = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g;

/** Input decorator: trims white space (including zero-width spaces and BOMs), so "   " fails a minimum length. */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(EDGE_BLANKS, '') : value));

/**
 * Input decorator for text people write to each other (messages, requests for information, handling restrictions):
 * removes its invisible controls anywhere in it (libs/domain `stripInvisibleControls`: bidirectional overrides,
 * embeddings and isolates, zero-width spaces, word joiners, byte-order marks), then trims as `Trim`. Nothing else typed
 * is lost; text left empty fails a minimum length.
 */
export const CleanText = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? stripInvisibleControls(value).replace(EDGE_BLANKS, '') : value));

/**
 * The one spelling of an e-mail address used to store, look up and rate-limit it: Unicode NFKC (full-width
 * "ｍｅｍｂｅｒ＠demo.test" becomes "member@demo.test", an ideographic space an ordinary one), then trimmed of white
 * space at either end (zero-width spaces and BOMs included), then lower-cased (locale-independent). Idempotent.
 * Sign-in, the sign-in rate limits and people's creation and invitation all go through it, so two spellings of one
 * address are one account and one budget. It does not validate: an input still needs `IsEmail` after it.
 */
export function normalizeEmail(value: string): string {
  return value.normalize('NFKC').replace(EDGE_BLANKS, '').toLowerCase();
}

/** Input decorator: applies `normalizeEmail` to a string (before the validators run); other values pass unchanged. */
export const NormalizeEmail = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeEmail(value) : value));
