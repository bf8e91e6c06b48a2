import { graphql } from '@taskforce/web-data-access';

/** Public: sets a password with a one-time link's token. */
export const SET_PASSWORD_WITH_TOKEN_MUTATION = graphql(`
  mutation SetPasswordWithToken($input: SetPasswordWithTokenInput!) {
    setPasswordWithToken(input: $input)
  }
`);
