import { normalizeEmail } from '../validation';

describe('normalizeEmail', () => {
  it.each([
    ['already normal', 'member@demo.test', 'member@demo.test'],
    ['upper and mixed case', 'Member@Demo.TEST', 'member@demo.test'],
    ['leading and trailing spaces', '  member@demo.test ', 'member@demo.test'],
    ['tab and line feed at the ends', '\tmember@demo.test\n', 'member@demo.test'],
    ['ideographic space (NFKC makes it a space, then trimmed)', '\u3000member@demo.test\u3000', 'member@demo.test'],
    ['no-break space', '\u00A0member@demo.test', 'member@demo.test'],
    ['zero-width space and byte-order mark at the ends', '\u200Bmember@demo.test\uFEFF', 'member@demo.test'],
    ['full-width letters and at sign', 'ｍｅｍｂｅｒ＠ｄｅｍｏ.ｔｅｓｔ', 'member@demo.test'],
    ['full-width capitals', 'ＭＥＭＢＥＲ@demo.test', 'member@demo.test'],
    ['compatibility ligature ﬁ', 'ﬁnance@demo.test', 'finance@demo.test'],
    ['composed and decomposed accents become one spelling', 'jose\u0301@demo.test', 'josé@demo.test'],
    ['inner white space is kept (the validator refuses it)', 'mem ber@demo.test', 'mem ber@demo.test'],
    ['empty', '', ''],
    ['only blanks', ' \u3000\u200B ', ''],
  ])('%s: %j → %j', (_what, input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const input of [' ＭＥＭＢＥＲ@Demo.Test ', 'JOSE\u0301@demo.test', 'ﬁnance@DEMO.test', '\u3000x@y.z']) {
      expect(normalizeEmail(normalizeEmail(input))).toBe(normalizeEmail(input));
    }
  });
});
