import { badInput } from '@taskforce/api-core';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/** Shortest password accepted (characters). */
export const PASSWORD_MIN_LENGTH = 12;
/** Longest password accepted (characters); argon2 hashes anything, this only bounds the work per request. */
export const PASSWORD_MAX_LENGTH = 256;
/** Lowest zxcvbn score (0–4) accepted: 3 = "safely unguessable: moderate protection from offline slow-hash attacks". */
export const PASSWORD_MIN_SCORE = 3;

let strength: ZxcvbnFactory | undefined;

/**
 * The password policy, in one place for every path that sets a password: null when `password` is acceptable,
 * otherwise a plain sentence saying why not. Rules: 12–256 characters, and a zxcvbn (@zxcvbn-ts 4) score of at
 * least 3, also counting `personalInputs` (e-mail, name) as guessable words.
 */
export function passwordPolicyProblem(password: string, personalInputs: readonly string[] = []): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `password must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if (length > PASSWORD_MAX_LENGTH) return `password must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  strength ??= new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });
  const inputs = personalInputs.flatMap(guessableWords);
  const { score } = strength.check(password, inputs);
  if (score < PASSWORD_MIN_SCORE) {
    return 'password is too easy to guess: use a longer phrase of unrelated words, not a common password, pattern or your own name or e-mail';
  }
  return null;
}

/** "Elena Marin" → elena marin, elena, marin, elenamarin (an e-mail also gives its local part's words joined). */
function guessableWords(value: string): string[] {
  const lower = value.toLowerCase();
  const words = lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const local = lower.split('@')[0].split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [...new Set([lower, ...words, words.join(''), local.join('')])].filter((w) => w.length >= 3);
}

/**
 * Applies the password policy (see passwordPolicyProblem).
 * @throws BAD_USER_INPUT naming `password` with the plain reason.
 */
export function assertPasswordPolicy(password: string, personalInputs: readonly string[] = []): void {
  const problem = passwordPolicyProblem(password, personalInputs);
  if (problem) throw badInput([{ field: 'password', message: problem }]);
}
