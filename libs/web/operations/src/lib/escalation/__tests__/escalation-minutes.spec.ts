import { parseEscalationMinutes } from '../escalation-minutes';

describe('parseEscalationMinutes', () => {
  it('accepts whole minutes from 1 to 1440', () => {
    expect(parseEscalationMinutes('1')).toEqual({ minutes: 1 });
    expect(parseEscalationMinutes(' 15 ')).toEqual({ minutes: 15 });
    expect(parseEscalationMinutes('1440')).toEqual({ minutes: 1440 });
  });

  it('says what is wrong otherwise', () => {
    expect(parseEscalationMinutes('')).toEqual({ error: { id: 'board.escalation.missing' } });
    expect(parseEscalationMinutes('2.5')).toEqual({ error: { id: 'board.escalation.notWhole' } });
    expect(parseEscalationMinutes('-3')).toEqual({ error: { id: 'board.escalation.notWhole' } });
    expect(parseEscalationMinutes('0')).toEqual({ error: { id: 'board.escalation.outOfRange', values: { min: 1, max: 1440 } } });
    expect(parseEscalationMinutes('1441')).toEqual({ error: { id: 'board.escalation.outOfRange', values: { min: 1, max: 1440 } } });
  });
});
