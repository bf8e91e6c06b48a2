import { conflictMessage } from '../conflict-message';

const label = (status: string) => ({ IN_PROGRESS: 'In progress', BLOCKED: 'Blocked' })[status] ?? status;
const time = (iso: string) => iso.slice(11, 16);

describe('conflictMessage', () => {
  it('says who moved the task where and when', () => {
    expect(
      conflictMessage(
        {
          currentStatus: 'IN_PROGRESS',
          changedBy: { displayName: 'Ioana Popescu', agencyAcronym: 'RO-DIOC' },
          changedAt: '2026-05-01T14:05:00.000Z',
        },
        label,
        time,
      ),
    ).toBe('Ioana Popescu (RO-DIOC) moved this task to In progress at 14:05 — your change was not saved.');
  });

  it('says the last change was an edit or a reassignment when it was', () => {
    const by = { displayName: 'Anna de Vries', agencyAcronym: 'NL-POL' };
    expect(conflictMessage({ currentStatus: 'IN_PROGRESS', changedBy: by, changeAction: 'ASSIGNED' }, label, time)).toBe(
      'Anna de Vries (NL-POL) reassigned this task — your change was not saved.',
    );
    expect(conflictMessage({ currentStatus: 'IN_PROGRESS', changedBy: by, changeAction: 'EDITED' }, label, time)).toBe('Anna de Vries (NL-POL) edited this task — your change was not saved.');
    expect(conflictMessage({ currentStatus: 'OPEN', changedBy: by, changeAction: 'CREATED' }, label, time)).toBe('Anna de Vries (NL-POL) changed this task — your change was not saved.');
  });

  it('falls back to less detail when the server said less', () => {
    expect(conflictMessage({ currentStatus: 'BLOCKED' }, label, time)).toBe(
      'Someone else moved this task to Blocked — your change was not saved.',
    );
    expect(conflictMessage({}, label, time)).toBe('Someone else changed this task — your change was not saved.');
  });
});
