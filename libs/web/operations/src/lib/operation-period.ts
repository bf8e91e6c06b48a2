import { messageId, type MessageRef } from '@taskforce/web-ui';

/**
 * A joint operation's planned period in words, as a message of catalogue `operation`: "2027-03-01 – 2027-08-31 (UTC
 * dates)", an open end named ("not set", "open-ended"); null when neither end is set. Dates are the API's UTC
 * calendar dates (YYYY-MM-DD), shown as they are so that agencies in every time zone quote the same days.
 */
export function describePeriod(startsOn: string | null, endsOn: string | null): MessageRef | null {
  if (!startsOn && !endsOn) return null;
  if (startsOn && endsOn) return { id: messageId('operation.period'), values: { startsOn, endsOn } };
  if (endsOn) return { id: messageId('operation.periodNoStart'), values: { endsOn } };
  return { id: messageId('operation.periodOpenEnded'), values: { startsOn } };
}
