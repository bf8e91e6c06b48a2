import type { ApolloServerPlugin } from '@apollo/server';
import { AppError, ErrorCode } from '@taskforce/api-core';
import { getNullableType, isListType } from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';

/** Assumed length of a list field when estimating a query's cost. */
export const ASSUMED_LIST_SIZE = 10;

/** One point per field; a list field costs its children ASSUMED_LIST_SIZE times. */
const estimator: ComplexityEstimator = ({ field, childComplexity }) =>
  isListType(getNullableType(field.type)) ? 1 + ASSUMED_LIST_SIZE * childComplexity : 1 + childComplexity;

/**
 * Refuses an operation whose estimated cost exceeds `maxCost` before executing it (BAD_USER_INPUT naming the
 * cost and the limit).
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({ schema, query: document, operationName: request.operationName, variables: request.variables, estimators: [estimator] });
          } catch {
            // Invalid variables: GraphQL's own coercion reports them (BAD_USER_INPUT naming the variable) next.
            return;
          }
          if (cost > maxCost) {
            throw new AppError(ErrorCode.BAD_USER_INPUT, `Query is too expensive: estimated cost ${cost} exceeds the limit of ${maxCost}`, { http: { status: 400 } });
          }
        },
      };
    },
  };
}
