import { normalizeId } from '../ids';

describe('the one spelling of an id', () => {
  it.each([
    ['13FEE5E7-0A4B-4C2D-9E8F-1A2B3C4D5E6F', '13fee5e7-0a4b-4c2d-9e8f-1a2b3c4d5e6f'],
    ['13fee5e7-0a4b-4C2D-9e8f-1a2b3c4d5e6f', '13fee5e7-0a4b-4c2d-9e8f-1a2b3c4d5e6f'],
    ['13fee5e7-0a4b-4c2d-9e8f-1a2b3c4d5e6f', '13fee5e7-0a4b-4c2d-9e8f-1a2b3c4d5e6f'],
    ['NOT-AN-ID', 'NOT-AN-ID'],
    ['{13FEE5E7-0A4B-4C2D-9E8F-1A2B3C4D5E6F}', '{13FEE5E7-0A4B-4C2D-9E8F-1A2B3C4D5E6F}'],
  ])('%p reads as %p', (sent, read) => {
    expect(normalizeId(sent)).toBe(read);
  });
});
