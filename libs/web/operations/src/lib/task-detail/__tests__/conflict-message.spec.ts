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
    ).toEqual({
      id: 'board.conflict.moved',
      values: {
        who: { id: 'board.conflict.person', values: { name: 'Ioana Popescu', agency: 'RO-DIOC' } },
        status: 'In progress',
        timed: 'yes',
        time: '14:05',
      },
    });
  });

  it('says the last change was an edit or a reassignment when it was', () => {
    const by = { displayName: 'Anna de Vries', agencyAcronym: 'NL-POL' };
    const who = { id: 'board.conflict.person', values: { name: 'Anna de Vries', agency: 'NL-POL' } };
    expect(conflictMessage({ currentStatus: 'IN_PROGRESS', changedBy: by, changeAction: 'ASSIGNED' }, label, time)).toEqual({
      id: 'board.conflict.reassigned',
      values: { who, timed: 'no', time: '' },
    });
    expect(conflictMessage({ currentStatus: 'IN_PROGRESS', changedBy: by, changeAction: 'EDITED' }, label, time)).toEqual({
      id: 'board.conflict.edited',
      values: { who, timed: 'no', time: '' },
    });
    expect(conflictMessage({ currentStatus: 'OPEN', changedBy: by, changeAction: 'CREATED' }, label, time)).toEqual({
      id: 'board.conflict.changed',
      values: { who, timed: 'no', time: '' },
    });
  });

  it('falls back to less detail when the server said less', () => {
    const someoneElse = { id: 'board.conflict.someoneElse' };
    expect(conflictMessage({ currentStatus: 'BLOCKED' }, label, time)).toEqual({
      id: 'board.conflict.moved',
      values: { who: someoneElse, status: 'Blocked', timed: 'no', time: '' },
    });
    expect(conflictMessage({ changedBy: { displayName: 'Anna de Vries', agencyAcronym: '' } }, label, time)).toEqual({
      id: 'board.conflict.changed',
      values: { who: 'Anna de Vries', timed: 'no', time: '' },
    });
    expect(conflictMessage({}, label, time)).toEqual({ id: 'board.conflict.changed', values: { who: someoneElse, timed: 'no', time: '' } });
  });
});
