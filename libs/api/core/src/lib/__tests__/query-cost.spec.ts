import type { ComplexityEstimatorArgs } from '@nestjs/graphql';
import { argSize, COST, cost, DEFAULT_LIST_SIZE, listCost } from '../query-cost';

const run = (estimator: ReturnType<typeof cost>, args: Record<string, unknown> = {}, childComplexity = 0): number =>
  estimator({ args, childComplexity } as unknown as ComplexityEstimatorArgs) as number;

describe('declared GraphQL costs', () => {
  it('a fixed cost adds what is selected below the field once', () => {
    expect(run(cost(COST.COUNT + COST.AUDIT))).toBe(250);
    expect(run(cost(COST.READ), {}, 10)).toBe(20);
  });

  it('a list costs its query once, then size × (per item + what is selected below each item)', () => {
    expect(run(listCost(COST.READ + COST.AUDIT, 200), {}, COST.READ)).toBe(210 + 200 * 10);
    expect(run(listCost(COST.READ), {}, 5)).toBe(10 + DEFAULT_LIST_SIZE * 5);
    expect(run(listCost(COST.WRITE, 3, 2), {}, 0)).toBe(106);
  });

  it('a size from an argument: its value or length, the default when absent, never above the maximum', () => {
    const take = listCost(COST.READ, argSize('take', 50, 200));
    expect(run(take, { take: 20 }, 10)).toBe(10 + 20 * 10);
    expect(run(take, {}, 10)).toBe(10 + 50 * 10);
    expect(run(take, { take: 1e9 }, 10)).toBe(10 + 200 * 10);
    const rows = listCost(COST.WRITE, argSize('inputs', 1, 1000), 2);
    expect(run(rows, { inputs: [{}, {}, {}] })).toBe(100 + 3 * 2);
    expect(run(listCost(COST.READ, () => -5), {}, 10)).toBe(10);
    expect(run(listCost(COST.READ, () => Number.NaN), {}, 1)).toBe(10 + DEFAULT_LIST_SIZE);
  });
});
