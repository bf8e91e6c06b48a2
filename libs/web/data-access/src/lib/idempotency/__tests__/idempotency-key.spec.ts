import { newIdempotencyKey, SubmissionKeys } from '../idempotency-key';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('uses crypto.randomUUID when there is one', () => {
    expect(newIdempotencyKey({ randomUUID: () => '11111111-1111-4111-8111-111111111111', getRandomValues: (a) => a })).toBe(
      '11111111-1111-4111-8111-111111111111',
    );
  });

  it('builds a UUID v4 from random bytes where randomUUID is missing (plain HTTP)', () => {
    const key = newIdempotencyKey({ getRandomValues: <T extends ArrayBufferView | null>(array: T) => {
      if (array instanceof Uint8Array) array.fill(0xab);
      return array;
    } });
    expect(key).toMatch(UUID_V4);
    expect(newIdempotencyKey()).toMatch(UUID_V4);
  });
});

describe('SubmissionKeys', () => {
  it('keeps the key while the same submission is retried and makes a new one after success', () => {
    let counter = 0;
    const keys = new SubmissionKeys(() => `key-${++counter}`);
    const values = { title: 'Interview the driver', agency: 'a1' };
    expect(keys.keyFor(values)).toBe('key-1');
    expect(keys.keyFor({ ...values })).toBe('key-1');
    keys.succeeded();
    expect(keys.keyFor(values)).toBe('key-2');
  });

  it('makes a new key when the values changed, since that is another submission', () => {
    let counter = 0;
    const keys = new SubmissionKeys(() => `key-${++counter}`);
    expect(keys.keyFor({ body: 'first' })).toBe('key-1');
    expect(keys.keyFor({ body: 'second' })).toBe('key-2');
  });
});
