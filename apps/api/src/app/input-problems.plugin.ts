import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { oneInputError } from '@taskforce/api-core';

/**
 * Answers variables GraphQL refused before anything ran (missing required fields, values of the wrong type) with one
 * `BAD_USER_INPUT` error naming every bad field (`oneInputError`), as the validation pipe does for the values it checks,
 * instead of one error per field.
 */
@Plugin()
export class InputProblemsPlugin implements ApolloServerPlugin {
  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    return {
      willSendResponse: async ({ response }) => {
        if (response.body.kind !== 'single') return;
        const { errors } = response.body.singleResult;
        if (errors && errors.length > 1 && response.body.singleResult.data === undefined) response.body.singleResult.errors = oneInputError(errors);
      },
    };
  }
}
