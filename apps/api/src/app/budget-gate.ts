import { SessionCheckService } from '@taskforce/api-auth';
import { COST } from '@taskforce/api-core';
import type { NextFunction, Request, Response } from 'express';
import { CostBudget } from './cost-budget';
import { budgetExceededMessage, callerKey } from './query-cost.plugin';

/**
 * How long the gate holds its refusal before answering: a client that waits for each answer (a script in a loop)
 * then sends at most one request a second per connection once its budget is spent, instead of hundreds — and
 * holding an idle socket costs the server a timer, not CPU.
 */
export const GATE_REFUSAL_DELAY_MS = 1000;

/**
 * Express middleware in front of the body parser: a POST to /graphql from a caller whose budget cannot take even the
 * cheapest operation (COST.TOP_LEVEL) is refused — HTTP 429, Retry-After, `TOO_MANY_REQUESTS` with
 * `retryAfterSeconds`, the shape QueryCostPlugin answers — without reading its body, parsing JSON or GraphQL, or
 * charging anything more, after GATE_REFUSAL_DELAY_MS. A caller who has spent their minute and keeps sending costs the
 * server one token check per request. Callers with room left go on to the full pipeline (caps, estimate, charge).
 */
export function budgetGate(budget: CostBudget, auth: SessionCheckService) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'POST' || req.path !== '/graphql') return next();
    void callerKey(auth, req)
      .then((key) => {
        const probe = budget.peek(key, COST.TOP_LEVEL);
        if (probe.admitted) return next();
        const { retryAfterSeconds, used } = probe;
        const body = JSON.stringify({
          errors: [{ message: budgetExceededMessage(budget.limit, used, retryAfterSeconds), extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds } }],
        });
        // What Apollo Server would answer: application/graphql-response+json when the client asks for it (the web
        // client does, and reads it whatever the status), else application/json.
        const type = /application\/graphql-response\+json/.test(req.headers.accept ?? '') ? 'application/graphql-response+json' : 'application/json';
        setTimeout(() => {
          if (res.headersSent || res.destroyed) return;
          res.status(429).set({ 'retry-after': String(retryAfterSeconds), 'x-content-type-options': 'nosniff' }).type(`${type}; charset=utf-8`).send(body);
        }, GATE_REFUSAL_DELAY_MS).unref();
      })
      .catch(next);
  };
}

/**
 * Express middleware in front of an HTTP route that does the work of a GraphQL operation (the selector list upload,
 * `POST /selectors/query.csv`, does what `querySelectorsCsv` does): charges `cost` plus COST.TOP_LEVEL to the caller's
 * budget of GRAPHQL_COST_PER_MINUTE (CostBudget, the caller as `callerKey` names them), before the body is read, so
 * that the route is no way around the budget. When it does not fit, nothing is charged and the caller gets HTTP 429,
 * Retry-After and JSON `{ code: TOO_MANY_REQUESTS, message, retryAfterSeconds }`; the body is read and dropped.
 */
export function routeCharge(budget: CostBudget, auth: SessionCheckService, method: string, path: string, cost: number) {
  const total = COST.TOP_LEVEL + cost;
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== method || req.path !== path) return next();
    void callerKey(auth, req)
      .then((key) => {
        const charge = budget.charge(key, total);
        if (charge.admitted) return next();
        const { retryAfterSeconds, used } = charge;
        req.resume();
        res
          .status(429)
          .set({ 'retry-after': String(retryAfterSeconds) })
          .json({ code: 'TOO_MANY_REQUESTS', message: budgetExceededMessage(budget.limit, used, retryAfterSeconds, total), retryAfterSeconds });
      })
      .catch(next);
  };
}
