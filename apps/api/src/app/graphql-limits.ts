import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { AppConfig } from '@taskforce/api-core';
import { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';

/**
 * Reports a cap that was exceeded as a validation error of its own (Apollo answers 400 GRAPHQL_VALIDATION_FAILED,
 * nothing runs). graphql-armor prefixes its messages with "Syntax Error: ", which they are not: the prefix goes.
 */
function report(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
}

const reject = { propagateOnRejection: false, onReject: [report] };

/**
 * The caps on the shape of a GraphQL document, checked before anything runs (docs/api-contract.md, "Limits"):
 *
 * - **tokens** (GRAPHQL_MAX_TOKENS): graphql-js's own parser limit (`parseOptions.maxTokens`), so a document over it
 *   is not even parsed — answered 400 GRAPHQL_PARSE_FAILED. Not graphql-armor's max-tokens: its Apollo plugin throws
 *   from `parsingDidStart`, which Apollo Server 5 answers with HTTP 500 (for every syntax error, not only the
 *   limit: graphql-armor issues #571, #751); both count the same lexical tokens.
 * - **aliases** (GRAPHQL_MAX_ALIASES), **directives** (GRAPHQL_MAX_DIRECTIVES) and **depth** (GRAPHQL_MAX_DEPTH):
 *   graphql-armor's validation rules, each error naming the cap and what was found. Depth counts field levels, the
 *   leaf included (`{ me { id } }` is 2); fragments count as if written inline; introspection is not counted. The
 *   rules follow fragments once each, so a fragment cycle is left to GraphQL's own NoFragmentCyclesRule, reported
 *   in the same pass.
 *
 * graphql-armor's cost limit, field-suggestion masking and max-tokens are off: the cost is estimated per field by
 * graphql-query-complexity (query-cost.plugin.ts), the masking is createErrorFormatter's (production only).
 */
export function graphqlLimits(config: AppConfig): { validationRules: ValidationRule[]; parseOptions: ParseOptions } {
  const armor = new ApolloArmor({
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES, allowList: ['__typename'], ...reject },
    maxDirectives: { n: config.GRAPHQL_MAX_DIRECTIVES, ...reject },
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, flattenFragments: true, ignoreIntrospection: true, ...reject },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return { validationRules: armor.protect().validationRules, parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS } };
}

