import { describeIdleLimit } from '../session-idle';

describe('the idle limit in words', () => {
  it.each([
    [30, '30 minutes'],
    [1, '1 minute'],
    [0.05, '3 seconds'],
    [1.5, '90 seconds'],
    [1 / 60, '1 second'],
  ])('%p minutes read "%s"', (minutes, words) => {
    expect(describeIdleLimit(minutes)).toBe(words);
  });
});
