import { matchTotpStep, newRecoveryCode, newTotpSecret, normalizeRecoveryCode, totpUri } from '../totp';

/** RFC 6238 appendix B, SHA-1 seed "12345678901234567890" (base32 below); 6-digit codes are the last six of the eight. */
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP (RFC 6238) and recovery codes', () => {
  it('matches the RFC 6238 test vectors and answers the 30-second step of the code', () => {
    expect(matchTotpStep(RFC_SECRET, '287082', 59_000)).toBe(1);
    expect(matchTotpStep(RFC_SECRET, '081804', 1_111_111_109_000)).toBe(37_037_036);
    expect(matchTotpStep(RFC_SECRET, '050471', 1_111_111_111_000)).toBe(37_037_037);
    expect(matchTotpStep(RFC_SECRET, '005924', 1_234_567_890_000)).toBe(41_152_263);
  });

  it('accepts one step either side of now and nothing further; refuses what is not 6 digits', () => {
    expect(matchTotpStep(RFC_SECRET, '081804', 1_111_111_109_000 + 30_000)).toBe(37_037_036);
    expect(matchTotpStep(RFC_SECRET, '081804', 1_111_111_109_000 + 60_000)).toBeNull();
    expect(matchTotpStep(RFC_SECRET, '08180', 1_111_111_109_000)).toBeNull();
    expect(matchTotpStep(RFC_SECRET, 'abcdef', 1_111_111_109_000)).toBeNull();
  });

  it('makes 160-bit base32 secrets and an otpauth URI naming issuer and account', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(totpUri(secret, 'member@demo.test'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('Task-force workspace');
    expect(uri.searchParams.get('period')).toBe('30');
  });

  it('recovery codes are xxxxx-xxxxx and read back in any case, with or without the dash', () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    expect(normalizeRecoveryCode(code.toUpperCase().replace('-', ' '))).toBe(code);
    expect(normalizeRecoveryCode('abc')).toBeNull();
    expect(normalizeRecoveryCode('abcde-fgh1j')).toBeNull();
  });
});
