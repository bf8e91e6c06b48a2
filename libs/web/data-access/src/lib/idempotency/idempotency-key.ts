import { useCallback, useRef } from 'react';

/** A random UUID v4: `crypto.randomUUID()`, or built from `crypto.getRandomValues` where the former is missing (plain HTTP). */
export function newIdempotencyKey(cryptoApi: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = globalThis.crypto): string {
  if (typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  const bytes = cryptoApi.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Keeps one idempotency key per form submission: the same key while the same values are sent again (a retry
 * after a timeout or an error, so the server creates the object at most once), a new one once the submission
 * succeeded or the values changed.
 */
export class SubmissionKeys {
  private current: { key: string; fingerprint: string } | null = null;

  constructor(private readonly generate: () => string = () => newIdempotencyKey()) {}

  /** The key for sending `values` now. */
  keyFor(values: unknown): string {
    const fingerprint = JSON.stringify(values) ?? '';
    if (!this.current || this.current.fingerprint !== fingerprint) {
      this.current = { key: this.generate(), fingerprint };
    }
    return this.current.key;
  }

  /** Call after the server confirmed the submission: the next one gets a new key. */
  succeeded(): void {
    this.current = null;
  }
}

/** A form's SubmissionKeys, stable across renders. */
export function useSubmissionKeys(): Pick<SubmissionKeys, 'keyFor' | 'succeeded'> {
  const keys = useRef<SubmissionKeys | null>(null);
  if (!keys.current) keys.current = new SubmissionKeys();
  const keyFor = useCallback((values: unknown) => (keys.current as SubmissionKeys).keyFor(values), []);
  const succeeded = useCallback(() => (keys.current as SubmissionKeys).succeeded(), []);
  return { keyFor, succeeded };
}
