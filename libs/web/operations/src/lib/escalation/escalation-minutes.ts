/** Bounds of an operation's escalation time, in minutes (docs/api-contract.md). */
export const MIN_ESCALATION_MINUTES = 1;
export const MAX_ESCALATION_MINUTES = 1440;

/** Checks what was typed as an escalation time: the whole number of minutes, or a message saying what is wrong. */
export function parseEscalationMinutes(input: string): { minutes: number } | { error: string } {
  const text = input.trim();
  if (!text) return { error: 'Enter the number of minutes.' };
  if (!/^\d+$/.test(text)) return { error: 'Use whole minutes, e.g. 15.' };
  const minutes = Number(text);
  if (minutes < MIN_ESCALATION_MINUTES || minutes > MAX_ESCALATION_MINUTES) {
    return { error: `Choose from ${MIN_ESCALATION_MINUTES} to ${MAX_ESCALATION_MINUTES} minutes (24 hours).` };
  }
  return { minutes };
}
