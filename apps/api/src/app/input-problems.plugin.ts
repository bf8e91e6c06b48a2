import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { AppConfig, badInput, ErrorCode, FieldProblem, oneInputError, variableInputProblems, withLiteralFieldPaths, withoutSchemaHints } from '@taskforce/api-core';
import type { GraphQLFormattedError } from 'graphql';

/** True for errors GraphQL gave before anything ran for bad variables: BAD_USER_INPUT, no path, each naming fields. */
function refusedVariables(errors: readonly GraphQLFormattedError[]): boolean {
  return errors.every((e) => e.extensions?.['code'] === ErrorCode.BAD_USER_INPUT && !e.path && (e.extensions?.['fields'] as FieldProblem[] | undefined)?.length);
}

/**
 * Answers requests GraphQL refused before anything ran with one `BAD_USER_INPUT` error naming every bad field, as the
 * validation pipe does for the values it checks:
 * - variables GraphQL refused (an unknown enum value, a value of the wrong type, a missing required field): every value
 *   coercion refuses, with its path inside the variable (`priority`, `attachedTo.id`, `inputs.2.sex`), together with
 *   what the DTO of each input variable refuses in the fields GraphQL accepted (a title too short), so that `priority:
 *   "BOGUS"` and a one-letter title are named together (`variableInputProblems`);
 * - several other request errors naming fields (required arguments or input fields the document leaves out, a field
 *   of a literal input object named by its path from the argument: `attachedTo.id`, `withLiteralFieldPaths`) joined
 *   into one (`oneInputError`).
 * Such an answer has HTTP status 200, as a BAD_USER_INPUT a resolver's validation gives (Apollo would send 400 for a
 * refused variable or a validation error): the same refusal, the same status, whichever layer found it; web clients
 * read it as a GraphQL error, not a network error. Other refusals before anything ran (a syntax error, an unknown
 * field, the caps) keep their 400.
 * In production, graphql-js's "Did you mean …?" hints are left out, as `createErrorFormatter` does.
 */
@Plugin()
export class InputProblemsPlugin implements ApolloServerPlugin {
  constructor(private readonly config: AppConfig) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    return {
      willSendResponse: async ({ response, schema, operation, request, document }) => {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        const { errors } = result;
        if (!errors?.length || result.data !== undefined || !refusedVariables(errors)) return;
        const { refused, checked } = operation ? await variableInputProblems(schema, operation, request.variables) : { refused: [], checked: [] };
        const shown = (problems: FieldProblem[]) => (this.config.isProduction ? problems.map((p) => ({ ...p, message: withoutSchemaHints(p.message) })) : problems);
        response.http.status = 200;
        if (!refused.length) {
          result.errors = oneInputError(withLiteralFieldPaths(errors, document));
        } else if (errors.length === 1 && !checked.length) {
          // One value refused and nothing else wrong: GraphQL's own message stays, the field named by its path.
          result.errors = [{ ...errors[0], extensions: { ...errors[0].extensions, fields: shown(refused) } }];
        } else {
          const error = badInput(shown([...refused, ...checked]));
          result.errors = [{ message: error.message, extensions: { ...error.extensions } }];
        }
      },
    };
  }
}
