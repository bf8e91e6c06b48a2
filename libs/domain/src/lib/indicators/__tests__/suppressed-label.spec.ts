import { suppressedLabel, suppressedLabelThreshold } from '../suppression';

describe('the suppressed label and its threshold', () => {
  it('reads back the k a label names, and nothing from a count', () => {
    expect(suppressedLabel(11)).toBe('suppressed (< 11)');
    expect(suppressedLabelThreshold('suppressed (< 11)')).toBe(11);
    expect(suppressedLabelThreshold('suppressed (< 5)')).toBe(5);
    expect(suppressedLabelThreshold('12')).toBeNull();
    expect(suppressedLabelThreshold('suppressed')).toBeNull();
  });
});
