import { stripInvisibleControls } from '../text/invisible-controls';
import { HandlingCode } from './types';

// C0 controls other than tab, line feed and carriage return, DEL and the C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Longest handling restriction, in characters. */
export const HANDLING_CONDITION_MAX_LENGTH = 500;

/**
 * A handling restriction as stored: the restriction text that handling code H3 ("other restrictions, stated by the
 * provider") stands for, without invisible controls (`stripInvisibleControls`) and trimmed; null when nothing is left
 * (or nothing was given). Pure.
 */
export function cleanHandlingCondition(text: string | null | undefined): string | null {
  if (typeof text !== 'string') return null;
  const cleaned = stripInvisibleControls(text).replace(/^[\s\u200C\u200D]+|[\s\u200C\u200D]+$/g, '');
  return cleaned || null;
}

/**
 * What is wrong with a marked item's handling restriction (already cleaned), in words naming the field
 * `handlingCondition`, or null when nothing is: required with H3, refused with any other code or none, at most
 * HANDLING_CONDITION_MAX_LENGTH characters, no control characters but line breaks and tabs. The same rule for channel messages, requests for information and
 * evidence files.
 */
export function handlingConditionProblem(handlingCode: `${HandlingCode}` | null | undefined, restriction: string | null): string | null {
  if (handlingCode === HandlingCode.H3 && !restriction) return 'handlingCondition is required with handling code H3: the restriction the provider states';
  if (handlingCode !== HandlingCode.H3 && restriction) return 'handlingCondition is given only with handling code H3';
  if (restriction && CONTROL.test(restriction)) return 'handlingCondition must not contain control characters';
  if (restriction && Array.from(restriction).length > HANDLING_CONDITION_MAX_LENGTH) return `handlingCondition must be at most ${HANDLING_CONDITION_MAX_LENGTH} characters`;
  return null;
}
