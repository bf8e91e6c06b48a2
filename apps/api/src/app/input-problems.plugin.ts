import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { AppConfig, badInput, besideRefused, ErrorCode, FieldProblem, literalInputProblems, variableInputProblems, withLiteralFieldPaths, withoutSchemaHints } from '@taskforce/api-core';
import { getOperationAST, type GraphQLFormattedError } from 'graphql';

/** True for errors GraphQL gave before anything ran for bad input: BAD_USER_INPUT, no path, each naming fields. */
function refusedInput(errors: readonly GraphQLFormattedError[]): boolean {
  return errors.every((e) => e.extensions?.['code'] === ErrorCode.BAD_USER_INPUT && !e.path && (e.extensions?.['fields'] as FieldProblem[] | undefined)?.length);
}

/** True for graphql-js's refusal of a variable's value (coercion runs only once the document is valid). */
const aboutVariable = (error: GraphQLFormattedError) => error.message.startsWith('Variable "$');

/** Each problem once (the same field and message found by two checks, as a nested DTO and its own). */
const once = (problems: FieldProblem[]) => problems.filter((p, i) => problems.findIndex((q) => q.field === p.field && q.message === p.message) === i);

/**
 * Answers requests GraphQL refused before anything ran for bad input with one `BAD_USER_INPUT` error naming every bad
 * field, as the validation pipe does for the values it checks:
 * - values GraphQL refuses, in variables (an unknown enum value, a value of the wrong type, a missing required field or
 *   variable: `variableInputProblems`) or written in the document (a required argument or input field left out, a
 *   literal value of the wrong type: `withLiteralFieldPaths`), each named as the argument or input field it is given
 *   to, by its path from the argument (`beforeSeq` for `beforeSeq: $f`, `attachedTo.id`, `inputs.2.sex`);
 * - together with what the DTO of each input argument refuses in the fields GraphQL accepted (a title too short, a due
 *   date in the past), whether the input is a variable or written in the document (`literalInputProblems`), so that
 *   `priority: "BOGUS"` and a one-letter title are named together.
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
      willSendResponse: async ({ response, schema, operation: resolved, request, document }) => {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        if (!result.errors?.length || result.data !== undefined) return;
        const errors = withLiteralFieldPaths(result.errors, document);
        if (!refusedInput(errors)) return;
        // The operation is resolved only once the document is valid: otherwise it is looked for here.
        const operation = resolved ?? (document ? (getOperationAST(document, request.operationName) ?? undefined) : undefined);
        const variables = operation ? await variableInputProblems(schema, operation, request.variables, { document, evenIfAccepted: true }) : { refused: [], checked: [] };
        const literals = operation && document ? await literalInputProblems(schema, document, operation, request.variables) : [];
        const written = errors.filter((e) => !aboutVariable(e)).flatMap((e) => e.extensions?.['fields'] as FieldProblem[]);
        const byVariables = variables.refused.length ? variables.refused : errors.filter(aboutVariable).flatMap((e) => e.extensions?.['fields'] as FieldProblem[]);
        const refused = once([...written, ...byVariables]);
        const checked = once(besideRefused([...variables.checked, ...literals], refused));
        const shown = (problems: FieldProblem[]) => (this.config.isProduction ? problems.map((p) => ({ ...p, message: withoutSchemaHints(p.message) })) : problems);
        response.http.status = 200;
        if (errors.length === 1 && !checked.length) {
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
