import { stripInvisibleControls } from '../invisible-controls';

describe('invisible controls in written text', () => {
  it.each([
    ['plain text', 'Bank records of 2025', 'Bank records of 2025'],
    ['a right-to-left override hiding a file type', 'invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['every embedding and override', 'a\u202Ab\u202Bc\u202Cd\u202De\u202Ef', 'abcdef'],
    ['every isolate', '\u2066left\u2069 \u2067right\u2069 \u2068first strong\u2069', 'left right first strong'],
    ['zero-width space inside a selector', '+40\u200B721 000 111', '+40721 000 111'],
    ['word joiner and byte-order mark', '\uFEFFRO-\u2060DIOC', 'RO-DIOC'],
    ['only controls', '\u202E\u200B\uFEFF', ''],
    ['Persian with a zero-width non-joiner, kept', 'می\u200Cخواهم', 'می\u200Cخواهم'],
    ['an emoji sequence with zero-width joiners, kept', '👩\u200D👩\u200D👧', '👩\u200D👩\u200D👧'],
    ['Arabic with right-to-left and left-to-right marks, kept', 'رقم\u200F 12\u200E-B', 'رقم\u200F 12\u200E-B'],
    ['the Arabic letter mark, kept', 'ب\u061C1', 'ب\u061C1'],
    ['line breaks and tabs, kept', 'one\n\ttwo\r\nthree', 'one\n\ttwo\r\nthree'],
  ])('%s', (_, written, kept) => {
    expect(stripInvisibleControls(written)).toBe(kept);
  });
});
