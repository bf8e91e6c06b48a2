import { limitText, oversizeUpload } from '../upload-limit';

describe('the largest upload accepted', () => {
  const TEN_GIB = 10 * 1024 ** 3;

  it.each([
    [TEN_GIB, '10 GiB'],
    [512 * 1024 ** 2, '512 MiB'],
    [2 * 1024 ** 4, '2 TiB'],
    [1536, '1536 bytes'],
    [1024, '1 KiB'],
  ])('a limit of %i bytes reads "%s"', (bytes, text) => {
    expect(limitText(bytes)).toBe(text);
  });

  it('refuses a declared length over the limit with 413 naming it, also past what a number holds exactly', () => {
    const refusal = { status: 413, body: 'The file is larger than the largest evidence file accepted: 10 GiB (10737418240 bytes)' };
    expect(oversizeUpload(String(TEN_GIB + 1), TEN_GIB)).toEqual(refusal);
    expect(oversizeUpload('99999999999999999999999', TEN_GIB)).toEqual(refusal);
  });

  it('leaves lengths within the limit, absent or malformed ones to tus', () => {
    for (const header of [String(TEN_GIB), '0', undefined, '-1', '1e20', '12abc', ['1', '2']]) expect(oversizeUpload(header, TEN_GIB)).toBeNull();
  });
});
