import { HandlingCode } from '../types';
import { cleanHandlingCondition, handlingConditionProblem } from '../handling-condition';

const REQUIRED = 'handlingCondition is required with handling code H3: the restriction the provider states';
const ONLY_H3 = 'handlingCondition is given only with handling code H3';

describe('the restriction handling code H3 stands for', () => {
  it.each([
    ['H3 with its restriction', HandlingCode.H3, ' Not before the joint action day ', null],
    ['H3 without one', HandlingCode.H3, undefined, REQUIRED],
    ['H3 with only blanks and invisible controls', HandlingCode.H3, ' \u202E\u200B\uFEFF ', REQUIRED],
    ['H3 with 500 characters', HandlingCode.H3, 'a'.repeat(500), null],
    ['H3 with 501 characters', HandlingCode.H3, 'a'.repeat(501), 'handlingCondition must be at most 500 characters'],
    ['H3 with 500 emoji (characters, not UTF-16 units)', HandlingCode.H3, '🔒'.repeat(500), null],
    ['H2 with a restriction', HandlingCode.H2, 'Court use only', ONLY_H3],
    ['no code with a restriction', null, 'Court use only', ONLY_H3],
    ['no code, no restriction', null, null, null],
    ['H0 and blanks only', HandlingCode.H0, '   ', null],
    ['H3 with a NUL inside', HandlingCode.H3, 'Court\u0000 use', 'handlingCondition must not contain control characters'],
    ['H3 over two lines', HandlingCode.H3, 'Court use only.\nNot for the press.', null],
  ])('%s', (_, code, given, problem) => {
    expect(handlingConditionProblem(code, cleanHandlingCondition(given))).toBe(problem);
  });

  it.each([
    [' Ask RO-DIOC\u202E first ', 'Ask RO-DIOC first'],
    ['\u2066Only\u2069 for\u200B court', 'Only for court'],
    ['لا\u200F تنشر', 'لا\u200F تنشر'],
    ['\u200B', null],
    [null, null],
  ])('%p is kept as %p', (given, kept) => {
    expect(cleanHandlingCondition(given)).toBe(kept);
  });
});
