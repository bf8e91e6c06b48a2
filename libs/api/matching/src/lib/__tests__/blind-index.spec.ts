import { loadConfig } from '@taskforce/api-core';
import { SelectorKind } from '@taskforce/domain/matching';
import { createHmac } from 'node:crypto';
import { BlindIndex, matchKeysOf } from '../blind-index';

const keyA = Buffer.alloc(32, 1);
const keyB = Buffer.alloc(32, 2);
const A = `a:${keyA.toString('base64')}`;
const B = `b:${keyB.toString('base64')}`;

/** HMAC-SHA-256 (RFC 2104, FIPS 180-4) written out independently of the code under test. */
function expected(key: Buffer, kind: string, value: string): string {
  return createHmac('sha256', key).update(`${kind}\u0000${value}`, 'utf8').digest('hex');
}

describe('blind index of a selector (keyed HMAC-SHA-256 of kind NUL value under MATCHING_KEY)', () => {
  it('indexes under the first key of MATCHING_KEY and names it', () => {
    const index = new BlindIndex(loadConfig({ NODE_ENV: 'test', MATCHING_KEY: `${A},${B}` }));
    expect(index.current(SelectorKind.PHONE, '+40712345678')).toEqual({ keyId: 'a', index: expected(keyA, 'PHONE', '+40712345678') });
  });

  it('gives the index under every configured key, current first, so rows of an older key still match', () => {
    const index = new BlindIndex(loadConfig({ NODE_ENV: 'test', MATCHING_KEY: `${B},${A}` }));
    expect(index.underEveryKey(SelectorKind.EMAIL, 'ana.pop@example.ro')).toEqual([
      { keyId: 'b', index: expected(keyB, 'EMAIL', 'ana.pop@example.ro') },
      { keyId: 'a', index: expected(keyA, 'EMAIL', 'ana.pop@example.ro') },
    ]);
    expect(index.currentKeyId).toBe('b');
  });

  it('separates kinds: the same text under two kinds gives two indexes', () => {
    const index = new BlindIndex(loadConfig({ NODE_ENV: 'test', MATCHING_KEY: A }));
    expect(index.current(SelectorKind.WEB_DOMAIN, 'example.ro').index).not.toBe(index.current(SelectorKind.EMAIL, 'example.ro').index);
  });

  it('in tests without MATCHING_KEY uses a fresh key per instance; production never starts without one', () => {
    const one = new BlindIndex(loadConfig({ NODE_ENV: 'test' }));
    const two = new BlindIndex(loadConfig({ NODE_ENV: 'test' }));
    expect(one.current(SelectorKind.PHONE, '+40712345678').index).not.toBe(two.current(SelectorKind.PHONE, '+40712345678').index);
    const production = Object.assign(loadConfig({ NODE_ENV: 'test' }), { NODE_ENV: 'production' });
    expect(() => new BlindIndex(production)).toThrow('MATCHING_KEY is required when NODE_ENV=production');
  });

  it('keeps a query\'s blind indexes as keyId:hex under every key, current first (selector_queries.match_keys)', () => {
    const index = new BlindIndex(loadConfig({ NODE_ENV: 'test', MATCHING_KEY: `${A},${B}` }));
    expect(matchKeysOf(index.underEveryKey(SelectorKind.EMAIL, 'ana@example.ro'))).toEqual([
      `a:${expected(keyA, 'EMAIL', 'ana@example.ro')}`,
      `b:${expected(keyB, 'EMAIL', 'ana@example.ro')}`,
    ]);
  });
});
