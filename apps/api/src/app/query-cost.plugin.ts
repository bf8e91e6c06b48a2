import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { SessionCheckService } from '@taskforce/api-auth';
import { AppConfig, AppError, COST, DEFAULT_LIST_SIZE, ErrorCode, tooManyRequests } from '@taskforce/api-core';
import { DocumentNode, getNullableType, GraphQLSchema, isListType } from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';
import { CostBudget } from './cost-budget';

/** graphql-query-complexity's node limit (fields and fragments visited, fragments expanded): above it, no estimate. */
export const MAX_QUERY_NODES = 10_000;

/** Fields that declare no cost: a plain value is free, a list of them DEFAULT_LIST_SIZE times what is below. */
const undeclared: ComplexityEstimator = ({ field, childComplexity }) =>
  isListType(getNullableType(field.type)) ? DEFAULT_LIST_SIZE * (COST.FIELD + childComplexity) : COST.FIELD + childComplexity;

const declared = fieldExtensionsEstimator();

const estimatorsBySchema = new WeakMap<GraphQLSchema, ComplexityEstimator[]>();

/**
 * The estimator of a schema: the cost each field declares beside its resolver (`complexity:`, see COST in
 * libs/api/core/src/lib/query-cost.ts), or `undeclared`'s; plus COST.TOP_LEVEL for every top-level field (the auth
 * guard reads the session before each).
 */
function estimatorsOf(schema: GraphQLSchema): ComplexityEstimator[] {
  let estimators = estimatorsBySchema.get(schema);
  if (!estimators) {
    const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean));
    estimators = [
      (args) => {
        const own = declared(args) ?? undeclared(args);
        return typeof own === 'number' ? own + (roots.has(args.type as never) ? COST.TOP_LEVEL : 0) : undefined;
      },
    ];
    estimatorsBySchema.set(schema, estimators);
  }
  return estimators;
}

/** Most estimates kept per document (one per operation name and variables asked). */
const ESTIMATES_PER_DOCUMENT = 64;

/** Estimates already made, per schema and parsed document (Apollo keeps one parsed document per query text). */
const estimatesByDocument = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();

/**
 * The estimated cost of the operation `operationName` of `document` with `variables` (see estimatorsOf). An estimate
 * depends on nothing else, so the last ESTIMATES_PER_DOCUMENT of each document are kept (a refusal is not).
 * @throws GraphQLError from graphql-query-complexity: variables that do not fit the operation, or more than
 *   MAX_QUERY_NODES nodes.
 */
export function estimateCost(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null, variables?: Record<string, unknown> | null): number {
  let byDocument = estimatesByDocument.get(schema);
  if (!byDocument) {
    byDocument = new WeakMap();
    estimatesByDocument.set(schema, byDocument);
  }
  let estimates = byDocument.get(document);
  if (!estimates) {
    estimates = new Map();
    byDocument.set(document, estimates);
  }
  const key = JSON.stringify([operationName ?? null, variables ?? {}]);
  const known = estimates.get(key);
  if (known !== undefined) return known;
  const cost = computeCost(schema, document, operationName, variables);
  if (estimates.size >= ESTIMATES_PER_DOCUMENT) estimates.delete(estimates.keys().next().value as string);
  estimates.set(key, cost);
  return cost;
}

function computeCost(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null, variables?: Record<string, unknown> | null): number {
  return getComplexity({
    schema,
    query: document,
    operationName: operationName ?? undefined,
    variables: variables ?? {},
    estimators: estimatorsOf(schema),
    maxQueryNodes: MAX_QUERY_NODES,
  });
}

/** The parts of a request that say who is asking. */
export interface CallerRequest {
  headers?: Record<string, string | string[] | undefined>;
  ip?: string;
}

interface RequestContext extends BaseContext {
  req?: CallerRequest;
}

/**
 * Whose budget a request is charged to: `person:<id>` when it carries a valid access token (signature and expiry;
 * the session is checked when the operation runs), else `address:<req.ip>` (X-Forwarded-For only behind TRUST_PROXY).
 */
export async function callerKey(auth: SessionCheckService, req: CallerRequest | undefined): Promise<string> {
  const header = req?.headers?.['authorization'];
  const value = Array.isArray(header) ? header[0] : header;
  const token = value?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const person = token ? await auth.accessTokenSubject(token) : null;
  return person ? `person:${person}` : `address:${req?.ip ?? 'unknown'}`;
}

/** The refusal of a caller whose budget cannot take `cost` (see CostBudget.charge), for the plugin and the gate. */
export function budgetExceededMessage(limit: number, used: number, retryAfterSeconds: number, cost?: number): string {
  const what = cost === undefined ? '' : `this request is estimated at ${cost}, and `;
  return `Query cost budget exceeded: ${what}${used} of the ${limit} allowed per minute were spent in the last 60 s; retry in ${retryAfterSeconds} s`;
}

/**
 * Before an operation runs (Apollo `didResolveOperation`, after parsing, the caps of graphql-limits.ts and
 * validation): estimates its cost, refuses it above GRAPHQL_MAX_COST (400 BAD_USER_INPUT "Query is too expensive"),
 * then charges it to the caller's budget of GRAPHQL_COST_PER_MINUTE (CostBudget), or refuses it when the budget
 * cannot take it (429 TOO_MANY_REQUESTS, `extensions.retryAfterSeconds`, and a Retry-After header). A refused
 * operation runs nothing: no resolver, no read, no audit entry. A document refused by a cap, by validation or by
 * GRAPHQL_MAX_COST is charged COST.REFUSED all the same; a caller with nothing left does not get this far
 * (budget-gate.ts).
 *
 * The caller is the person named by a valid access token (checked by signature and expiry, without reading the
 * session: the auth guard does that when the operation runs), else the client address (`req.ip`, X-Forwarded-For
 * only behind TRUST_PROXY) for anonymous requests — sign-in and the other public operations — with a budget of
 * the same size.
 */
@Plugin()
export class QueryCostPlugin implements ApolloServerPlugin<RequestContext> {
  constructor(
    private readonly config: AppConfig,
    private readonly budget: CostBudget,
    private readonly auth: SessionCheckService,
  ) {}

  async requestDidStart({ contextValue }: { contextValue: RequestContext }): Promise<GraphQLRequestListener<RequestContext>> {
    const key = callerKey(this.auth, contextValue.req);
    // A document refused before it runs (over a cap, invalid) is charged COST.REFUSED all the same.
    const chargeRefusal = async () => this.budget.spend(await key, COST.REFUSED);
    return {
      parsingDidStart: async () => async (error?: Error) => {
        if (error) await chargeRefusal();
      },
      validationDidStart: async () => async (errors?: ReadonlyArray<Error>) => {
        if (errors?.length) await chargeRefusal();
      },
      didResolveOperation: async ({ request, document, schema, operation }) => {
        // No operation to run (none, or several and no operationName): execution answers that, nothing runs.
        if (!operation) return;
        let cost: number;
        try {
          cost = estimateCost(schema, document, request.operationName, request.variables);
        } catch (error) {
          if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) {
            await chargeRefusal();
            throw new AppError(ErrorCode.BAD_USER_INPUT, `Query is too complex: more than ${MAX_QUERY_NODES} fields once its fragments are expanded`, {
              http: { status: 400 },
            });
          }
          // Variables that do not fit the operation: GraphQL's coercion refuses them (BAD_USER_INPUT naming the
          // variable) before any resolver runs, so there is nothing to charge.
          return;
        }
        const max = this.config.GRAPHQL_MAX_COST;
        if (cost > max) {
          await chargeRefusal();
          throw new AppError(ErrorCode.BAD_USER_INPUT, `Query is too expensive: estimated cost ${cost} exceeds the limit of ${max}`, { http: { status: 400 } });
        }
        const charge = this.budget.charge(await key, cost);
        if (!charge.admitted) {
          const { retryAfterSeconds, used } = charge;
          throw tooManyRequests(retryAfterSeconds, budgetExceededMessage(this.budget.limit, used, retryAfterSeconds, cost), {
            http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
          });
        }
      },
    };
  }
}
