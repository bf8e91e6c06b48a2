import { Secret, TOTP } from 'otpauth';
import { randomBytes } from 'node:crypto';

/** TOTP parameters (RFC 6238 defaults every authenticator app accepts): HMAC-SHA1, 6 digits, 30-second steps. */
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
/** Steps accepted either side of now (clock drift): one, i.e. codes from 30 s before to 30 s after. */
export const TOTP_WINDOW_STEPS = 1;
/** Issuer shown by authenticator apps. */
export const TOTP_ISSUER = 'Task-force workspace';
/** How many recovery codes a person gets at enrolment. */
export const RECOVERY_CODE_COUNT = 10;

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** A fresh 160-bit TOTP secret, base32 (RFC 4648, upper case, no padding). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://totp/…` URI authenticator apps read (from a QR code or pasted). */
export function totpUri(secret: string, accountName: string): string {
  return totpOf(secret, accountName).toString();
}

function totpOf(secret: string, accountName = ''): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label: accountName,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/**
 * The 30-second step (seconds since the Unix epoch / 30) whose code `code` is, within TOTP_WINDOW_STEPS of `atMs`
 * (milliseconds since the epoch, UTC), or null when it matches none or is not 6 digits. Callers refuse a step not
 * later than the last one accepted, so a code works once.
 */
export function matchTotpStep(secret: string, code: string, atMs = Date.now()): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpOf(secret).validate({ token, timestamp: atMs, window: TOTP_WINDOW_STEPS });
  return delta === null ? null : Math.floor(atMs / 1000 / TOTP_PERIOD_SECONDS) + delta;
}

/** A recovery code: 10 base32 characters (50 random bits) as `xxxxx-xxxxx`, lower case. */
export function newRecoveryCode(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => BASE32[b & 31]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** A recovery code as typed (any case, spaces, with or without the dash) in its stored spelling, or null if malformed. */
export function normalizeRecoveryCode(input: string): string | null {
  const chars = input.toLowerCase().replace(/[\s-]/g, '');
  if (!/^[a-z2-7]{10}$/.test(chars)) return null;
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}
