import { toggleChoice } from '../toggle-choice';

describe('toggleChoice', () => {
  it('toggles a choice in the canonical order', () => {
    expect(toggleChoice(['A', 'B', 'C'], ['C'], 'A')).toEqual(['A', 'C']);
    expect(toggleChoice(['A', 'B', 'C'], ['A', 'C'], 'A')).toEqual(['C']);
  });
});
