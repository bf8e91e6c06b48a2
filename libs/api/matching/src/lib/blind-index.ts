import { Injectable } from '@nestjs/common';
import { AppConfig, parseEncryptionKeys } from '@taskforce/api-core';
import { SelectorKind } from '@taskforce/domain/matching';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A selector's blind index under one matching key: lowercase hex HMAC-SHA-256 (64 characters) and the key's id. */
export interface BlindIndexValue {
  keyId: string;
  index: string;
}

/**
 * The blind index of selectors: HMAC-SHA-256 (RFC 2104) of `kind NUL normalised value` under MATCHING_KEY, so a copy
 * of the database alone cannot be searched with a dictionary (a phone number space is small). MATCHING_KEY is
 * `keyId:base64key,…` (32-byte keys, the format of LEAD_ENCRYPTION_KEYS): the first key indexes new selectors, every
 * listed key is matched (rotation; `SelectorKeysService.reindex` moves rows to the current key). Without the variable,
 * development generates a key once into TASKFORCE_DATA_DIR (`matching-key`) and tests keep one in memory per instance.
 * Keys and values never reach logs or errors.
 */
@Injectable()
export class BlindIndex {
  private readonly keys: Array<{ id: string; key: Buffer }>;

  /** @throws Error when NODE_ENV=production and MATCHING_KEY is unset (loadConfig refuses it first). */
  constructor(config: AppConfig) {
    this.keys = parseEncryptionKeys(config.MATCHING_KEY ?? localKey(config));
  }

  /** Id of the key new selectors are indexed under (the first of MATCHING_KEY). */
  get currentKeyId(): string {
    return this.keys[0].id;
  }

  /** The blind index of a normalised selector under the current key. */
  current(kind: SelectorKind, value: string): BlindIndexValue {
    return this.under(this.keys[0], kind, value);
  }

  /** The blind index under every configured key, the current one first (what a match looks up). */
  underEveryKey(kind: SelectorKind, value: string): BlindIndexValue[] {
    return this.keys.map((k) => this.under(k, kind, value));
  }

  private under(k: { id: string; key: Buffer }, kind: SelectorKind, value: string): BlindIndexValue {
    return { keyId: k.id, index: createHmac('sha256', k.key).update(`${kind}\u0000${value}`, 'utf8').digest('hex') };
  }
}

/** A key for a non-production process without MATCHING_KEY: in memory in tests, on disk in development. */
function localKey(config: AppConfig): string {
  if (config.isProduction) throw new Error('MATCHING_KEY is required when NODE_ENV=production');
  const fresh = () => `local-${randomBytes(4).toString('hex')}:${randomBytes(32).toString('base64')}`;
  if (config.NODE_ENV === 'test') return fresh();
  mkdirSync(config.TASKFORCE_DATA_DIR, { recursive: true });
  const file = join(config.TASKFORCE_DATA_DIR, 'matching-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const key = fresh();
  writeFileSync(file, key, { mode: 0o600 });
  return key;
}

/**
 * The match keys a query row keeps for the sweep (`selector_queries.match_keys`): `keyId:hex` per blind index (key ids
 * are letters, digits, `.`, `_`, `-`; never a colon or a space).
 */
export function matchKeysOf(indexes: readonly BlindIndexValue[]): string[] {
  return indexes.map((i) => `${i.keyId}:${i.index}`);
}
