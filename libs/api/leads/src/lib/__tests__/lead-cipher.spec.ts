import { loadConfig } from '@taskforce/api-core';
import { randomBytes } from 'node:crypto';
import { LeadCipherService } from '../lead-cipher.service';

const key = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

describe('LeadCipherService (AES-256-GCM, key ids for rotation)', () => {
  it('seals under the first key and opens what it sealed', () => {
    const cipher = new LeadCipherService(loadConfig({ NODE_ENV: 'test', LEAD_ENCRYPTION_KEYS: `${key('k2')},${key('k1')}` }));
    const sealed = cipher.seal('{"fullName":"Fictional Person"}');
    expect(sealed.keyId).toBe('k2');
    expect(sealed.ciphertext).not.toContain('Fictional');
    expect(cipher.open(sealed)).toBe('{"fullName":"Fictional Person"}');
    expect(cipher.seal('same').ciphertext).not.toBe(cipher.seal('same').ciphertext);
  });

  it('opens values sealed under an older key after rotation', () => {
    const k1 = key('k1');
    const old = new LeadCipherService(loadConfig({ NODE_ENV: 'test', LEAD_ENCRYPTION_KEYS: k1 })).seal('before rotation');
    const rotated = new LeadCipherService(loadConfig({ NODE_ENV: 'test', LEAD_ENCRYPTION_KEYS: `${key('k2')},${k1}` }));
    expect(rotated.open(old)).toBe('before rotation');
  });

  it('refuses tampered values, a swapped key id and unknown keys without revealing anything', () => {
    const cipher = new LeadCipherService(loadConfig({ NODE_ENV: 'test', LEAD_ENCRYPTION_KEYS: `${key('k1')},${key('k0')}` }));
    const sealed = cipher.seal('secret identity');
    const [iv, tag, body] = sealed.ciphertext.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() => cipher.open({ keyId: 'k1', ciphertext: [iv, tag, flipped.toString('base64url')].join('.') })).toThrow('identity cannot be decrypted');
    expect(() => cipher.open({ keyId: 'k0', ciphertext: sealed.ciphertext })).toThrow('identity cannot be decrypted');
    expect(() => cipher.open({ keyId: 'nope', ciphertext: sealed.ciphertext })).toThrow('identity cannot be decrypted');
  });
});
