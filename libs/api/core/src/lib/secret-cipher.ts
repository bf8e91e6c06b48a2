import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from './app-config';
import { parseEncryptionKeys } from './encryption-keys';

/** A value encrypted at rest: the id of the key used and `iv.tag.ciphertext` (base64url each). */
export interface SealedValue {
  keyId: string;
  ciphertext: string;
}

/** What distinguishes one use of the keys from another. */
export interface SecretCipherOptions {
  /** Message of the Error thrown when a value cannot be opened (never the key or the content). */
  failureMessage: string;
  /**
   * Bound into the GCM additional data besides the key id, so a value sealed for one purpose (e.g. `totp-secret`)
   * does not open as another. Absent = the key id alone (victims' identities, as sealed since the leads migration).
   */
  context?: string;
}

/**
 * AES-256-GCM envelope for secrets at rest (potential victims' identities, TOTP secrets), with Node's crypto. Each
 * value records the id of the key that sealed it, so keys rotate: the first key of LEAD_ENCRYPTION_KEYS seals, every
 * listed key opens. Without the variable, development generates keys once into TASKFORCE_DATA_DIR
 * (`lead-encryption-keys`, like the JWT secret) and tests keep them in memory per instance; production refuses to start
 * without it (AppConfig). Plaintext and keys never reach logs or errors.
 */
export class SecretCipher {
  private readonly keys: Map<string, Buffer>;
  private readonly currentKeyId: string;

  constructor(
    config: AppConfig,
    private readonly options: SecretCipherOptions,
  ) {
    const parsed = parseEncryptionKeys(config.LEAD_ENCRYPTION_KEYS ?? SecretCipher.localKeys(config));
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

  private aad(keyId: string): Buffer {
    return Buffer.from(this.options.context ? `${keyId}|${this.options.context}` : keyId, 'utf8');
  }

  /** Encrypts a UTF-8 string under the current key; a fresh 96-bit IV per value. */
  seal(plaintext: string): SealedValue {
    const key = this.keys.get(this.currentKeyId)!;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(this.aad(this.currentKeyId));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return { keyId: this.currentKeyId, ciphertext: [iv, tag, body].map((b) => b.toString('base64url')).join('.') };
  }

  /**
   * Decrypts a sealed value.
   * @throws Error(options.failureMessage) — never with key or content — when the key id is unknown, the value was
   *   tampered with or was sealed for another context.
   */
  open(sealed: SealedValue): string {
    const key = this.keys.get(sealed.keyId);
    const parts = sealed.ciphertext.split('.');
    if (!key || parts.length !== 3) throw new Error(this.options.failureMessage);
    try {
      const [iv, tag, body] = parts.map((p) => Buffer.from(p, 'base64url'));
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(this.aad(sealed.keyId));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch {
      throw new Error(this.options.failureMessage);
    }
  }
}
