/**
 * An idle limit given in minutes (SESSION_IDLE_MINUTES), in words for people: "30 minutes", "1 minute", and for
 * fractions of a minute the whole seconds, "3 seconds" (0.05), "90 seconds" (1.5).
 */
export function describeIdleLimit(minutes: number): string {
  if (Number.isInteger(minutes)) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const seconds = Math.round(minutes * 60);
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}
