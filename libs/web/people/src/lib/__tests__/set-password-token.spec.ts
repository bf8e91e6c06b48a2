import { tokenFromSearch } from '../set-password-token';

describe('set-password link', () => {
  it('reads the token of a one-time link back', () => {
    expect(tokenFromSearch('?token=abc_-1')).toBe('abc_-1');
    expect(tokenFromSearch('?token=')).toBeNull();
    expect(tokenFromSearch('')).toBeNull();
  });
});
