import { Pillar, TaskPriority, TaskStatus } from '@taskforce/domain';
import { DEFAULT_SORT, EMPTY_FILTERS, isFiltered, nextView, parseBoardState, toTaskFilterInput, writeBoardState, type BoardState } from '../board-state';

const RO = '6f1c2a9e-4b7d-4c1e-9a8f-2d3b4c5d6e7f';
const BE = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const PERSON = 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e';

describe('board state in the address', () => {
  it('reads every filter, the view and the sort', () => {
    const state = parseBoardState(
      new URLSearchParams(`agency=${RO},${BE}&person=${PERSON}&priority=URGENT,HIGH&pillar=PROSECUTION&status=OPEN,BLOCKED&overdue=1&q=%20bank%20records%20&view=list&sort=-due&task=x`),
    );
    expect(state).toEqual({
      filters: { agencyIds: [RO, BE], personIds: [PERSON], priorities: [TaskPriority.URGENT, TaskPriority.HIGH], pillars: [Pillar.PROSECUTION], statuses: [TaskStatus.OPEN, TaskStatus.BLOCKED], overdue: true, text: 'bank records' },
      view: 'list',
      sort: { key: 'due', direction: 'descending' },
    });
  });

  it('drops what it does not know instead of failing: bad ids, unknown values, repeats, other views and sorts', () => {
    const state = parseBoardState(new URLSearchParams(`agency=not-an-id,${RO},${RO}&priority=SOON,LOW&pillar=prevention&overdue=yes&view=calendar&sort=colour`));
    expect(state.filters).toEqual({ ...EMPTY_FILTERS, agencyIds: [RO], priorities: [TaskPriority.LOW] });
    expect(state.view).toBe('board');
    expect(state.sort).toEqual(DEFAULT_SORT);
  });

  it('gives an empty address the plain board', () => {
    expect(parseBoardState(new URLSearchParams(''))).toEqual({ filters: EMPTY_FILTERS, view: 'board', sort: DEFAULT_SORT });
  });

  it('writes only what differs from the defaults and keeps other parameters', () => {
    const state: BoardState = { filters: { ...EMPTY_FILTERS, priorities: [TaskPriority.URGENT], overdue: true, text: ' bank ' }, view: 'weeks', sort: DEFAULT_SORT };
    const written = writeBoardState(new URLSearchParams('task=abc&agency=' + RO), state);
    expect(written.toString()).toBe('task=abc&priority=URGENT&overdue=1&q=bank&view=weeks');
    const plain = writeBoardState(new URLSearchParams('view=list&sort=title&q=x'), { filters: EMPTY_FILTERS, view: 'board', sort: DEFAULT_SORT });
    expect(plain.toString()).toBe('');
  });

  it('reads back what it wrote', () => {
    const state: BoardState = {
      filters: { agencyIds: [BE], personIds: [PERSON], priorities: [TaskPriority.LOW, TaskPriority.MEDIUM], pillars: [Pillar.PREVENTION, Pillar.PARTNERSHIP], statuses: [TaskStatus.DONE], overdue: false, text: 'a, b & c' },
      view: 'list',
      sort: { key: 'title', direction: 'descending' },
    };
    expect(parseBoardState(writeBoardState(new URLSearchParams(), state))).toEqual(state);
  });

  it('turns the filters into the API input, leaving out what does not narrow', () => {
    expect(toTaskFilterInput(EMPTY_FILTERS)).toBeNull();
    expect(isFiltered({ ...EMPTY_FILTERS, text: '   ' })).toBe(false);
    expect(toTaskFilterInput({ ...EMPTY_FILTERS, agencyIds: [RO], statuses: [TaskStatus.OPEN], overdue: true, text: ' bank ' })).toEqual({
      assigneeAgencyIds: [RO],
      statuses: [TaskStatus.OPEN],
      overdue: true,
      text: 'bank',
    });
  });

  it('cycles board → list → weeks → board', () => {
    expect([nextView('board'), nextView('list'), nextView('weeks')]).toEqual(['list', 'weeks', 'board']);
  });
});
