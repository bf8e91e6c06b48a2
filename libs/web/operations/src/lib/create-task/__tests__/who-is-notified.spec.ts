import { Role } from '@taskforce/domain';
import { describeWhoIsNotified } from '../who-is-notified';

const ioana = { id: 'lo', displayName: 'Ioana Popescu', roles: [Role.LIAISON_OFFICER] };
const pieter = { id: 'lo2', displayName: 'Pieter Jansen', roles: [Role.LIAISON_OFFICER] };
const member = { id: 'm', displayName: 'Mihai Ionescu', roles: [Role.MEMBER] };

describe('describeWhoIsNotified', () => {
  it('stays neutral when the agency’s people are not known', () => {
    expect(describeWhoIsNotified('RO-DIOC', null, undefined, 'me')).toEqual({ id: 'board.notified.neutral' });
  });

  it('names the liaison officer and the assignee person', () => {
    expect(describeWhoIsNotified('RO-DIOC', null, [ioana, member], 'me')).toEqual({
      id: 'board.notified.liaison',
      values: { liaison: 'Ioana Popescu', agency: 'RO-DIOC' },
    });
    expect(describeWhoIsNotified('RO-DIOC', member, [ioana, member], 'me')).toEqual({
      id: 'board.notified.personAndLiaison',
      values: { person: 'Mihai Ionescu', liaison: 'Ioana Popescu', agency: 'RO-DIOC' },
    });
  });

  it('counts the liaison officers when there are several, leaving out the creator', () => {
    expect(describeWhoIsNotified('RO-DIOC', null, [ioana, pieter, member], 'me')).toEqual({
      id: 'board.notified.liaisons',
      values: { count: 2, agency: 'RO-DIOC' },
    });
    expect(describeWhoIsNotified('RO-DIOC', member, [ioana, pieter, member], 'lo2')).toEqual({
      id: 'board.notified.personAndLiaison',
      values: { person: 'Mihai Ionescu', liaison: 'Ioana Popescu', agency: 'RO-DIOC' },
    });
  });

  it('does not claim a liaison officer was told when the agency has none', () => {
    expect(describeWhoIsNotified('BE-SIS', null, [member], 'me')).toEqual({ id: 'board.notified.nobody', values: { agency: 'BE-SIS' } });
    expect(describeWhoIsNotified('BE-SIS', member, [member], 'me')).toEqual({ id: 'board.notified.person', values: { person: 'Mihai Ionescu' } });
    expect(describeWhoIsNotified('BE-SIS', member, [member], 'm')).toEqual({ id: 'board.notified.selfOnly' });
  });
});
