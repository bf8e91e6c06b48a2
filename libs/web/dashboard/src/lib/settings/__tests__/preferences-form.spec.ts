import { NotificationType } from '@taskforce/domain';
import {
  humanizeFieldMessage,
  initialFormValues,
  timeZoneChoices,
  toPreferencesInput,
  validatePreferences,
  type PreferencesFormValues,
} from '../preferences-form';

const defaults = { mutedTypes: [], mutedOperationIds: [], quietHoursStart: null, quietHoursEnd: null, timeZone: 'UTC' };

describe('notification preferences form', () => {
  it('preselects the browser’s time zone for someone who never saved preferences', () => {
    expect(initialFormValues(defaults, 'Europe/Bucharest').timeZone).toBe('Europe/Bucharest');
    expect(initialFormValues({ ...defaults, mutedTypes: [NotificationType.TASK_COMMENTED] }, 'Europe/Bucharest').timeZone).toBe('UTC');
    const saved = initialFormValues({ ...defaults, quietHoursStart: '22:00', quietHoursEnd: '07:00', timeZone: 'Europe/Amsterdam' }, 'Asia/Bangkok');
    expect(saved).toMatchObject({ quietHoursOn: true, quietHoursStart: '22:00', quietHoursEnd: '07:00', timeZone: 'Europe/Amsterdam' });
  });

  it('checks quiet hours only when they are on', () => {
    const values: PreferencesFormValues = { ...initialFormValues(defaults, 'UTC'), quietHoursOn: false, quietHoursStart: '' };
    expect(validatePreferences(values)).toEqual({});
    expect(validatePreferences({ ...values, quietHoursOn: true })).toEqual({ quietHoursStart: 'Enter when quiet hours start (HH:MM).' });
    expect(validatePreferences({ ...values, quietHoursOn: true, quietHoursStart: '25:00' })).toEqual({
      quietHoursStart: 'Use the 24-hour format HH:MM, e.g. 22:00.',
    });
    expect(validatePreferences({ ...values, quietHoursOn: true, quietHoursStart: '07:00', quietHoursEnd: '07:00' })).toEqual({
      quietHoursEnd: 'The end must differ from the start.',
    });
    expect(validatePreferences({ ...values, timeZone: '' })).toEqual({ timeZone: 'Choose a time zone.' });
  });

  it('sends null quiet hours when off and drops operations no longer visible', () => {
    const values: PreferencesFormValues = {
      mutedTypes: [NotificationType.TASK_COMMENTED, NotificationType.TASK_COMMENTED],
      mutedOperationIds: ['op-1', 'gone'],
      quietHoursOn: false,
      quietHoursStart: '22:00',
      quietHoursEnd: '07:00',
      timeZone: 'Europe/Bucharest',
    };
    expect(toPreferencesInput(values, new Set(['op-1']))).toEqual({
      mutedTypes: [NotificationType.TASK_COMMENTED],
      mutedOperationIds: ['op-1'],
      quietHoursStart: null,
      quietHoursEnd: null,
      timeZone: 'Europe/Bucharest',
    });
    expect(toPreferencesInput({ ...values, quietHoursOn: true }, undefined)).toMatchObject({
      mutedOperationIds: ['op-1', 'gone'],
      quietHoursStart: '22:00',
      quietHoursEnd: '07:00',
    });
  });

  it('words the server’s field messages for people', () => {
    expect(humanizeFieldMessage('timeZone must be an IANA time zone such as Europe/Bucharest')).toBe(
      'Time zone must be an IANA time zone such as Europe/Bucharest',
    );
    expect(humanizeFieldMessage('give both quietHoursStart and quietHoursEnd, or neither')).toBe(
      'Give both start of quiet hours and end of quiet hours, or neither',
    );
  });

  it('offers the runtime’s zones plus the saved one and UTC, sorted', () => {
    expect(timeZoneChoices(['Europe/Rome', 'Asia/Bangkok'], ['UTC', undefined, 'Europe/Rome'])).toEqual([
      'Asia/Bangkok',
      'Europe/Rome',
      'UTC',
    ]);
  });
});
