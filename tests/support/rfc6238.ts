import { createHmac } from 'node:crypto';

/**
 * The tests' own TOTP (RFC 6238 over RFC 4226 HOTP: HMAC-SHA1, 30-second steps from the Unix epoch, 6 digits), written
 * here with node:crypto so that the product's library (otpauth) is checked against an independent implementation.
 */

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 (upper or lower case, padding and spaces ignored) to bytes. @throws Error on another character. */
export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** HOTP value (RFC 4226 §5.3, dynamic truncation) of `counter` for the base32 `secret`, zero-padded to `digits`. */
export function hotp(secret: string, counter: number, digits = 6): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', base32Decode(secret)).update(message).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** TOTP code at `atMs` (milliseconds since the Unix epoch, UTC; default now) with 30-second steps. */
export function totp(secret: string, atMs = Date.now(), stepSeconds = 30): string {
  return hotp(secret, Math.floor(atMs / 1000 / stepSeconds));
}

/** The secret (base32) of an `otpauth://totp/…?secret=…` URI. */
export function secretOfUri(uri: string): string {
  const secret = new URL(uri).searchParams.get('secret');
  if (!secret) throw new Error(`no secret in ${uri}`);
  return secret;
}
