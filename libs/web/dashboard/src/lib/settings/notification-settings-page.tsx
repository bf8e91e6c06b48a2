import { useMutation, useQuery } from '@apollo/client/react';
import { NotificationType } from '@taskforce/domain';
import {
  apiErrorCode,
  describeApiError,
  invalidFields,
  NOTIFICATION_DIGEST_QUERY,
  NOTIFICATION_PREFERENCES_QUERY,
  OPERATIONS_QUERY,
  UPDATE_NOTIFICATION_PREFERENCES_MUTATION,
  type NotificationPreferences,
  type OperationSummary,
} from '@taskforce/web-data-access';
import { Alert, Button, Card, classNames, EmptyState, labelOf, Link, LoadingState, NOTIFICATION_TYPE_LABELS, pathTo, SelectField, TextField } from '@taskforce/web-ui';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { DesktopAlertsControl } from '../notifications/desktop-alerts-control';
import { NotificationDigestList } from '../notifications/notification-digest';
import {
  humanizeFieldMessage,
  initialFormValues,
  PREFERENCE_FIELD_LABELS,
  timeZoneChoices,
  toPreferencesInput,
  validatePreferences,
  type PreferencesFormValues,
} from './preferences-form';

/** What each kind of notification is about, to help choose what to mute. */
const TYPE_DESCRIPTIONS: Readonly<Partial<Record<NotificationType, string>>> = {
  [NotificationType.TASK_ASSIGNED_TO_AGENCY]: 'A task was assigned to your agency (to its liaison officers).',
  [NotificationType.TASK_ASSIGNED_TO_YOU]: 'A task was assigned to you in person.',
  [NotificationType.TASK_STATUS_CHANGED]: 'A task you follow moved to another status.',
  [NotificationType.TASK_COMMENTED]: 'Someone commented on a task you follow.',
  [NotificationType.TASK_ACKNOWLEDGED]: 'An assignee agency acknowledged an urgent task (coordinators).',
  [NotificationType.TASK_ESCALATED]: 'Nobody acknowledged an urgent task in time (coordinators).',
};

function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function supportedTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/**
 * Notification settings (/settings/notifications): mute kinds of notification and joint operations, set quiet hours
 * in a time zone (saved with updateNotificationPreferences, with the server's per-field errors shown), turn desktop
 * alerts on or off in this browser, and see what was held back in the last 24 hours. Urgent notifications always
 * come through.
 */
export function NotificationSettingsPage() {
  const preferences = useQuery(NOTIFICATION_PREFERENCES_QUERY, { fetchPolicy: 'cache-and-network' });
  const operations = useQuery(OPERATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const saved = preferences.data?.notificationPreferences;

  return (
    <div className="tf-page" data-testid="notification-settings">
      <nav aria-label="Breadcrumb" className="tf-breadcrumb">
        <Link to={pathTo('dashboard')}>Dashboard</Link> <span aria-hidden="true">/</span> <span aria-current="page">Notification settings</span>
      </nav>
      <div className="tf-page__heading">
        <p className="tf-eyebrow">Settings</p>
        <h1 className="tf-page__title">Notification settings</h1>
        <p className="tf-muted">
          Muted notifications and those arriving during quiet hours are kept (see them below and under the bell) but not
          pushed to you live. Urgent ones — an urgent task for you or your agency, an escalation — always come through.
        </p>
      </div>
      {preferences.error && !saved && (
        <Alert>{describeApiError(preferences.error, 'Your notification settings cannot be loaded right now.')}</Alert>
      )}
      {preferences.loading && !saved && <LoadingState label="Loading your notification settings…" />}
      <Card title="Desktop alerts" headingLevel={2}>
        <DesktopAlertsControl />
      </Card>
      {saved && (
        <PreferencesForm
          saved={saved}
          operations={operations.data?.operations}
          operationsError={Boolean(operations.error && !operations.data)}
        />
      )}
      <Card title="Held back in the last 24 hours" headingLevel={2} aria-label="Held back in the last 24 hours">
        <NotificationDigestList />
      </Card>
    </div>
  );
}

interface PreferencesFormProps {
  saved: NotificationPreferences;
  operations: readonly OperationSummary[] | undefined;
  operationsError: boolean;
}

function PreferencesForm({ saved, operations, operationsError }: PreferencesFormProps) {
  const [values, setValues] = useState<PreferencesFormValues>(() => initialFormValues(saved, browserTimeZone()));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_NOTIFICATION_PREFERENCES_MUTATION, {
    refetchQueries: [NOTIFICATION_DIGEST_QUERY],
    // The preferences have no id to be matched by in the cache: write the saved values where the query reads them.
    update: (cache, { data }) => {
      const stored = data?.updateNotificationPreferences;
      if (stored) cache.writeQuery({ query: NOTIFICATION_PREFERENCES_QUERY, data: { notificationPreferences: stored } });
    },
  });
  const formRef = useRef<HTMLFormElement>(null);
  const idPrefix = useId();

  const zones = useMemo(
    () => timeZoneChoices(supportedTimeZones(), [values.timeZone, saved.timeZone, browserTimeZone(), 'UTC']),
    [values.timeZone, saved.timeZone],
  );

  const toggle = <K extends 'mutedTypes' | 'mutedOperationIds'>(key: K, value: PreferencesFormValues[K][number], on: boolean) =>
    setValues((current) => {
      const list = current[key] as string[];
      const next = on ? [...new Set([...list, value])] : list.filter((item) => item !== value);
      return { ...current, [key]: next };
    });

  const focusFirstInvalid = () =>
    window.requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"] input')?.focus(),
    );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    setSuccess(null);
    const errors = validatePreferences(values);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      focusFirstInvalid();
      return;
    }
    const visible = operations ? new Set(operations.map((operation) => operation.id)) : undefined;
    try {
      await update({ variables: { input: toPreferencesInput(values, visible) } });
      setSuccess('Your notification settings are saved.');
    } catch (caught: unknown) {
      if (apiErrorCode(caught) === 'BAD_USER_INPUT') {
        const fields = invalidFields(caught);
        const known: Record<string, string> = {};
        const other: string[] = [];
        for (const [field, message] of Object.entries(fields)) {
          if (field in PREFERENCE_FIELD_LABELS) known[field] = humanizeFieldMessage(message);
          else other.push(humanizeFieldMessage(message));
        }
        setFieldErrors(known);
        setFormError(other.length > 0 ? other.join(' ') : 'Some settings are not valid: see the messages above.');
        focusFirstInvalid();
      } else {
        setFormError(describeApiError(caught, 'Your notification settings could not be saved. Please try again.'));
      }
    }
  };

  const typeGroupId = `${idPrefix}-types`;
  const operationGroupId = `${idPrefix}-operations`;

  return (
    <form ref={formRef} className="tf-settings-form" onSubmit={onSubmit} noValidate data-testid="preferences-form">
      <Card title="Mute kinds of notification" headingLevel={2}>
        <fieldset
          className={classNames('tf-checkbox-group', fieldErrors['mutedTypes'] && 'tf-checkbox-group--invalid')}
          aria-describedby={fieldErrors['mutedTypes'] ? `${typeGroupId}-error` : undefined}
          data-invalid={fieldErrors['mutedTypes'] ? 'true' : undefined}
        >
          <legend className="tf-visually-hidden">Kinds of notification to mute</legend>
          {Object.values(NotificationType).map((type) => (
            <label key={type} className="tf-checkbox">
              <input
                type="checkbox"
                checked={values.mutedTypes.includes(type)}
                onChange={(event) => toggle('mutedTypes', type, event.target.checked)}
                data-testid={`mute-type-${type}`}
              />
              <span>
                <strong>{labelOf(NOTIFICATION_TYPE_LABELS, type)}</strong>
                {TYPE_DESCRIPTIONS[type] && <span className="tf-checkbox__hint">{TYPE_DESCRIPTIONS[type]}</span>}
              </span>
            </label>
          ))}
          {fieldErrors['mutedTypes'] && (
            <p className="tf-field__error" id={`${typeGroupId}-error`}>
              {fieldErrors['mutedTypes']}
            </p>
          )}
        </fieldset>
      </Card>

      <Card title="Mute joint operations" headingLevel={2}>
        {operationsError && <Alert>Your joint operations cannot be listed right now.</Alert>}
        {!operations && !operationsError && <LoadingState label="Loading your joint operations…" />}
        {operations && operations.length === 0 && <EmptyState>Your agency does not take part in any joint operation yet.</EmptyState>}
        {operations && operations.length > 0 && (
          <fieldset
            className={classNames('tf-checkbox-group', fieldErrors['mutedOperationIds'] && 'tf-checkbox-group--invalid')}
            aria-describedby={fieldErrors['mutedOperationIds'] ? `${operationGroupId}-error` : undefined}
            data-invalid={fieldErrors['mutedOperationIds'] ? 'true' : undefined}
          >
            <legend className="tf-visually-hidden">Joint operations to mute</legend>
            {operations.map((operation) => (
              <label key={operation.id} className="tf-checkbox">
                <input
                  type="checkbox"
                  checked={values.mutedOperationIds.includes(operation.id)}
                  onChange={(event) => toggle('mutedOperationIds', operation.id, event.target.checked)}
                  data-testid="mute-operation"
                  data-operation-id={operation.id}
                />
                <span className="tf-break">{operation.name}</span>
              </label>
            ))}
            {fieldErrors['mutedOperationIds'] && (
              <p className="tf-field__error" id={`${operationGroupId}-error`}>
                {fieldErrors['mutedOperationIds']}
              </p>
            )}
          </fieldset>
        )}
      </Card>

      <Card title="Quiet hours" headingLevel={2}>
        <label className="tf-checkbox">
          <input
            type="checkbox"
            checked={values.quietHoursOn}
            onChange={(event) => setValues((current) => ({ ...current, quietHoursOn: event.target.checked }))}
            data-testid="quiet-hours-on"
          />
          <span>Hold back notifications every day between these times (urgent ones still come through)</span>
        </label>
        <div className="tf-form-row">
          <TextField
            label="Start (HH:MM)"
            type="time"
            value={values.quietHoursStart}
            disabled={!values.quietHoursOn}
            onChange={(event) => setValues((current) => ({ ...current, quietHoursStart: event.target.value }))}
            error={fieldErrors['quietHoursStart']}
            data-testid="quiet-hours-start"
          />
          <TextField
            label="End (HH:MM)"
            type="time"
            value={values.quietHoursEnd}
            disabled={!values.quietHoursOn}
            onChange={(event) => setValues((current) => ({ ...current, quietHoursEnd: event.target.value }))}
            error={fieldErrors['quietHoursEnd']}
            hint="An end before the start runs past midnight (e.g. 22:00–07:00)."
            data-testid="quiet-hours-end"
          />
          <SelectField
            label="Time zone"
            required
            options={zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))}
            value={values.timeZone}
            onChange={(event) => setValues((current) => ({ ...current, timeZone: event.target.value }))}
            error={fieldErrors['timeZone']}
            hint="Quiet hours follow this time zone."
            data-testid="time-zone"
          />
        </div>
      </Card>

      {formError && <Alert data-testid="preferences-error">{formError}</Alert>}
      {success && (
        <Alert tone="success" data-testid="preferences-saved">
          {success}
        </Alert>
      )}
      <div className="tf-form-actions">
        <Button type="submit" variant="primary" busy={loading} data-testid="preferences-save">
          Save notification settings
        </Button>
      </div>
    </form>
  );
}
