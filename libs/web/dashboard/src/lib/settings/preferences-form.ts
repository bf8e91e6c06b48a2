import type { NotificationPreferences, NotificationPreferencesInput, NotificationType } from '@taskforce/web-data-access';

/** What the notification settings form edits. Quiet hours are "HH:MM"; `quietHoursOn` false sends both as null. */
export interface PreferencesFormValues {
  mutedTypes: NotificationType[];
  mutedOperationIds: string[];
  quietHoursOn: boolean;
  quietHoursStart: string;
  quietHoursEnd: string;
  timeZone: string;
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Display names of the preference fields, used to word the server's messages. */
export const PREFERENCE_FIELD_LABELS: Readonly<Record<string, string>> = {
  mutedTypes: 'Muted kinds',
  mutedOperationIds: 'Muted joint operations',
  quietHoursStart: 'Start of quiet hours',
  quietHoursEnd: 'End of quiet hours',
  timeZone: 'Time zone',
};

/** True for the server's defaults (never saved): nothing muted, no quiet hours, UTC. */
export function isDefaultPreferences(preferences: NotificationPreferences): boolean {
  return (
    preferences.mutedTypes.length === 0 &&
    preferences.mutedOperationIds.length === 0 &&
    !preferences.quietHoursStart &&
    !preferences.quietHoursEnd &&
    preferences.timeZone === 'UTC'
  );
}

/**
 * The form's starting values: the saved preferences, except that a person who never saved any gets the
 * browser's time zone preselected (the server's default is UTC).
 */
export function initialFormValues(preferences: NotificationPreferences, browserTimeZone: string | undefined): PreferencesFormValues {
  const useBrowserZone = isDefaultPreferences(preferences) && Boolean(browserTimeZone);
  return {
    mutedTypes: [...preferences.mutedTypes],
    mutedOperationIds: [...preferences.mutedOperationIds],
    quietHoursOn: Boolean(preferences.quietHoursStart && preferences.quietHoursEnd),
    quietHoursStart: preferences.quietHoursStart ?? '22:00',
    quietHoursEnd: preferences.quietHoursEnd ?? '07:00',
    timeZone: useBrowserZone ? (browserTimeZone as string) : preferences.timeZone,
  };
}

/** Checks the form before asking the server; returns a message per invalid field (empty when all is well). */
export function validatePreferences(values: PreferencesFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.quietHoursOn) {
    if (!values.quietHoursStart) errors['quietHoursStart'] = 'Enter when quiet hours start (HH:MM).';
    else if (!CLOCK.test(values.quietHoursStart)) errors['quietHoursStart'] = 'Use the 24-hour format HH:MM, e.g. 22:00.';
    if (!values.quietHoursEnd) errors['quietHoursEnd'] = 'Enter when quiet hours end (HH:MM).';
    else if (!CLOCK.test(values.quietHoursEnd)) errors['quietHoursEnd'] = 'Use the 24-hour format HH:MM, e.g. 07:00.';
    if (!errors['quietHoursStart'] && !errors['quietHoursEnd'] && values.quietHoursStart === values.quietHoursEnd) {
      errors['quietHoursEnd'] = 'The end must differ from the start.';
    }
  }
  if (!values.timeZone) errors['timeZone'] = 'Choose a time zone.';
  return errors;
}

/**
 * The input of `updateNotificationPreferences`. Muted operations the person can no longer see (not in
 * `visibleOperationIds`, when known) are dropped: the server would refuse them.
 */
export function toPreferencesInput(
  values: PreferencesFormValues,
  visibleOperationIds: ReadonlySet<string> | undefined,
): NotificationPreferencesInput {
  return {
    mutedTypes: [...new Set(values.mutedTypes)],
    mutedOperationIds: [...new Set(values.mutedOperationIds)].filter((id) => !visibleOperationIds || visibleOperationIds.has(id)),
    quietHoursStart: values.quietHoursOn ? values.quietHoursStart : null,
    quietHoursEnd: values.quietHoursOn ? values.quietHoursEnd : null,
    timeZone: values.timeZone,
  };
}

/** The server's message for a field, with field names replaced by their display names. */
export function humanizeFieldMessage(message: string): string {
  let result = message;
  for (const [field, label] of Object.entries(PREFERENCE_FIELD_LABELS)) {
    result = result.replace(new RegExp(`\\b${field}\\b`, 'g'), label.toLowerCase());
  }
  return result.charAt(0).toUpperCase() + result.slice(1);
}

/** The time zones to offer: the runtime's IANA zones, plus any that must be there (the saved one, UTC), sorted. */
export function timeZoneChoices(supported: readonly string[], mustInclude: ReadonlyArray<string | undefined>): string[] {
  const zones = new Set(supported);
  for (const zone of mustInclude) if (zone) zones.add(zone);
  return [...zones].sort((a, b) => a.localeCompare(b));
}
