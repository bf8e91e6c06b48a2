import { parseEscalationMinutes } from '../escalation-minutes';

describe('parseEscalationMinutes', () => {
  it('accepts whole minutes from 1 to 1440', () => {
    expect(parseEscalationMinutes('1')).toEqual({ minutes: 1 });
    expect(parseEscalationMinutes(' 15 ')).toEqual({ minutes: 15 });
    expect(parseEscalationMinutes('1440')).toEqual({ minutes: 1440 });
  });

  it('says what is wrong otherwise', () => {
    expect(parseEscalationMinutes('')).toEqual({ error: 'Enter the number of minutes.' });
    expect(parseEscalationMinutes('2.5')).toEqual({ error: 'Use whole minutes, e.g. 15.' });
    expect(parseEscalationMinutes('-3')).toEqual({ error: 'Use whole minutes, e.g. 15.' });
    expect(parseEscalationMinutes('0')).toEqual({ error: 'Choose from 1 to 1440 minutes (24 hours).' });
    expect(parseEscalationMinutes('1441')).toEqual({ error: 'Choose from 1 to 1440 minutes (24 hours).' });
  });
});
