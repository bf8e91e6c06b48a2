import { AppError } from '@taskforce/api-core';
import { assertPasswordPolicy, passwordPolicyProblem } from '../password-policy';

describe('password policy', () => {
  it('refuses passwords shorter than 12 characters, counting characters rather than bytes', () => {
    expect(passwordPolicyProblem('k7#Vq!2mZp')).toBe('password must be at least 12 characters long');
    // 11 characters even though the emoji takes two UTF-16 units
    expect(passwordPolicyProblem('k7#Vq!2mZp😀')).toBe('password must be at least 12 characters long');
  });

  it('refuses passwords longer than 256 characters', () => {
    expect(passwordPolicyProblem('river-otter-'.repeat(22))).toBe('password must be at most 256 characters long');
  });

  it('refuses long but common or patterned passwords', () => {
    expect(passwordPolicyProblem('password1234')).toMatch(/too easy to guess/);
    expect(passwordPolicyProblem('qwertyuiopasdf')).toMatch(/too easy to guess/);
    expect(passwordPolicyProblem('aaaaaaaaaaaaaaaa')).toMatch(/too easy to guess/);
  });

  it("counts the person's own name and e-mail as guessable", () => {
    expect(passwordPolicyProblem('ElenaMarin2026', ['elena.marin@demo.test', 'Elena Marin'])).toMatch(/too easy to guess/);
  });

  it('accepts a phrase of unrelated words', () => {
    expect(passwordPolicyProblem('kettle-violin-27-marsh')).toBeNull();
    expect(passwordPolicyProblem('correct horse battery staple')).toBeNull();
  });

  it('throws BAD_USER_INPUT naming the password field', () => {
    let caught: unknown;
    try {
      assertPasswordPolicy('short');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'password', message: 'password must be at least 12 characters long' }],
    });
  });
});
