import { messageId, type MessageRef } from '@taskforce/web-ui';

/** Bounds of an operation's escalation time, in minutes (docs/api-contract.md). */
export const MIN_ESCALATION_MINUTES = 1;
export const MAX_ESCALATION_MINUTES = 1440;

/**
 * Checks what was typed as an escalation time: the whole number of minutes, or a message (catalogue `board`) saying
 * what is wrong, with the bounds as `min` and `max` when it is out of them.
 */
export function parseEscalationMinutes(input: string): { minutes: number } | { error: MessageRef } {
  const text = input.trim();
  if (!text) return { error: { id: messageId('board.escalation.missing') } };
  if (!/^\d+$/.test(text)) return { error: { id: messageId('board.escalation.notWhole') } };
  const minutes = Number(text);
  if (minutes < MIN_ESCALATION_MINUTES || minutes > MAX_ESCALATION_MINUTES) {
    return { error: { id: messageId('board.escalation.outOfRange'), values: { min: MIN_ESCALATION_MINUTES, max: MAX_ESCALATION_MINUTES } } };
  }
  return { minutes };
}
