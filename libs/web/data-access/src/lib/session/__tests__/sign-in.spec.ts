import { parse, print } from 'graphql';
import { LoginDocument, LoginSecondFactorDocument } from '../../graphql/generated/graphql';
import { LOGIN_REQUEST, LOGIN_SECOND_FACTOR_REQUEST } from '../sign-in';

describe('the sign-in requests sent without Apollo Client', () => {
  it('send exactly the login document codegen generated from LOGIN_MUTATION', () => {
    expect(print(parse(LOGIN_REQUEST))).toBe(print(LoginDocument));
  });

  it('send exactly the second-step document codegen generated from LOGIN_SECOND_FACTOR_MUTATION', () => {
    expect(print(parse(LOGIN_SECOND_FACTOR_REQUEST))).toBe(print(LoginSecondFactorDocument));
  });
});
