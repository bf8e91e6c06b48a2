import { classifySecret } from '../second-factor.documents';

describe('classifySecret: what a person typed where a password or a code is asked', () => {
  it('takes 6 digits (spaces allowed) for a TOTP code', () => {
    expect(classifySecret('123456')).toEqual({ code: '123456' });
    expect(classifySecret(' 123 456 ')).toEqual({ code: '123456' });
  });

  it('takes xxxxx-xxxxx in base32 letters and digits for a recovery code, any case, dash or space optional', () => {
    expect(classifySecret('abcde-fg234')).toEqual({ recoveryCode: 'abcde-fg234' });
    expect(classifySecret('ABCDE FG234')).toEqual({ recoveryCode: 'ABCDE FG234' });
  });

  it('takes anything else, untrimmed, for a password', () => {
    expect(classifySecret('demo-pass-2026')).toEqual({ password: 'demo-pass-2026' });
    expect(classifySecret(' lantern fjord 84 ')).toEqual({ password: ' lantern fjord 84 ' });
    expect(classifySecret('1234567')).toEqual({ password: '1234567' });
  });
});
