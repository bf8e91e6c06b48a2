import { ValidationContext, ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';

/**
 * graphql-depth-limit's rule (depth counted in nested selections, fragments expanded), made safe for documents
 * with fragment cycles: the library recurses forever on them, so a cycle is left to GraphQL's own
 * NoFragmentCyclesRule, which reports it as a validation error (400) in the same pass.
 */
export function safeDepthLimit(maxDepth: number): ValidationRule {
  const rule = depthLimit(maxDepth);
  return (context: ValidationContext) => {
    try {
      return rule(context);
    } catch (error) {
      if (error instanceof RangeError) return {};
      throw error;
    }
  };
}
