import { loadConfig } from '@taskforce/api-core';
import { COST_WINDOW_MS, CostBudget } from '../cost-budget';

describe('CostBudget: GRAPHQL_COST_PER_MINUTE per caller, sliding minute', () => {
  let budget: CostBudget;
  const t0 = 1_000_000;
  beforeEach(() => {
    budget = new CostBudget(loadConfig({ GRAPHQL_COST_PER_MINUTE: '1000', GRAPHQL_MAX_COST: '500' }));
  });
  afterEach(() => budget.onModuleDestroy());

  it('admits costs up to the budget, then refuses without charging, saying when the cost will fit', () => {
    expect(budget.charge('person:a', 400, t0)).toEqual({ admitted: true, used: 400 });
    expect(budget.charge('person:a', 400, t0 + 10_000)).toEqual({ admitted: true, used: 800 });
    expect(budget.charge('person:a', 200, t0 + 20_000)).toEqual({ admitted: true, used: 1000 });
    // 300 more fits once the first 400 have left the window: 60 s after t0, i.e. 30 s after t0 + 30 s.
    expect(budget.charge('person:a', 300, t0 + 30_000)).toEqual({ admitted: false, used: 1000, retryAfterSeconds: 30 });
    expect(budget.used('person:a', t0 + 30_000)).toBe(1000);
    // 500 needs the first two gone (800 freed): 70 s after t0.
    expect(budget.charge('person:a', 500, t0 + 30_000)).toEqual({ admitted: false, used: 1000, retryAfterSeconds: 40 });
    expect(budget.charge('person:a', 300, t0 + COST_WINDOW_MS + 1)).toEqual({ admitted: true, used: 900 });
  });

  it('keeps callers apart', () => {
    expect(budget.charge('person:a', 1000, t0).admitted).toBe(true);
    expect(budget.charge('person:a', 10, t0).admitted).toBe(false);
    expect(budget.charge('person:b', 1000, t0).admitted).toBe(true);
    expect(budget.charge('address:127.0.0.1', 10, t0).admitted).toBe(true);
  });

  it('answers at least 1 second, and charges nothing for a cost of 0', () => {
    budget.charge('person:a', 1000, t0);
    expect(budget.charge('person:a', 1, t0 + COST_WINDOW_MS - 1)).toEqual({ admitted: false, used: 1000, retryAfterSeconds: 1 });
    expect(budget.charge('person:a', 0, t0 + 1)).toEqual({ admitted: true, used: 1000 });
    expect(budget.used('person:a', t0 + COST_WINDOW_MS)).toBe(0);
  });
});
