import { Injectable } from '@nestjs/common';
import { AppConfig, parseEncryptionKeys } from '@taskforce/api-core';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A value encrypted at rest: the id of the key used and `iv.tag.ciphertext` (base64url each). */
export interface SealedValue {
  keyId: string;
  ciphertext: string;
}

/**
 * AES-256-GCM for potential victims' identities, with Node's crypto. Each value records the id of the key that
 * sealed it, so keys rotate: the first key of LEAD_ENCRYPTION_KEYS seals, every listed key opens. Without the
 * variable, development generates a key once into TASKFORCE_DATA_DIR (like the JWT secret) and tests keep one in
 * memory; production refuses to start without it (AppConfig). Plaintext and keys never reach logs or errors.
 */
@Injectable()
export class LeadCipherService {
  private readonly keys: Map<string, Buffer>;
  private readonly currentKeyId: string;

  constructor(config: AppConfig) {
    const parsed = parseEncryptionKeys(config.LEAD_ENCRYPTION_KEYS ?? LeadCipherService.localKeys(config));
    this.keys = new Map(parsed.map((k) => [k.id, k.key]));
    this.currentKeyId = parsed[0].id;
  }

  /** Keys for a non-production process without LEAD_ENCRYPTION_KEYS: kept in memory in tests, on disk in development. */
  private static localKeys(config: AppConfig): string {
    if (config.isProduction) throw new Error('LEAD_ENCRYPTION_KEYS is required when NODE_ENV=production');
    const fresh = () => `local-${randomBytes(4).toString('hex')}:${randomBytes(32).toString('base64')}`;
    if (config.NODE_ENV === 'test') return fresh();
    mkdirSync(config.TASKFORCE_DATA_DIR, { recursive: true });
    const file = join(config.TASKFORCE_DATA_DIR, 'lead-encryption-keys');
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    const keys = fresh();
    writeFileSync(file, keys, { mode: 0o600 });
    return keys;
  }

  /** Encrypts a UTF-8 string under the current key; a fresh 96-bit IV per value. */
  seal(plaintext: string): SealedValue {
    const key = this.keys.get(this.currentKeyId)!;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(this.currentKeyId, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return { keyId: this.currentKeyId, ciphertext: [iv, tag, body].map((b) => b.toString('base64url')).join('.') };
  }

  /**
   * Decrypts a sealed value. @throws Error("identity cannot be decrypted") — never with key or content — when the
   * key id is unknown or the value was tampered with.
   */
  open(sealed: SealedValue): string {
    const key = this.keys.get(sealed.keyId);
    const parts = sealed.ciphertext.split('.');
    if (!key || parts.length !== 3) throw new Error('identity cannot be decrypted');
    try {
      const [iv, tag, body] = parts.map((p) => Buffer.from(p, 'base64url'));
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(Buffer.from(sealed.keyId, 'utf8'));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch {
      throw new Error('identity cannot be decrypted');
    }
  }
}
