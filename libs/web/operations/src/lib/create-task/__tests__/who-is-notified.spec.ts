import { Role } from '@taskforce/domain';
import { describeWhoIsNotified } from '../who-is-notified';

const ioana = { id: 'lo', displayName: 'Ioana Popescu', roles: [Role.LIAISON_OFFICER] };
const member = { id: 'm', displayName: 'Mihai Ionescu', roles: [Role.MEMBER] };

describe('describeWhoIsNotified', () => {
  it('stays neutral when the agency’s people are not known', () => {
    expect(describeWhoIsNotified('RO-DIOC', null, undefined, 'me')).toBe('The assignee agency has been notified.');
  });

  it('names the liaison officer and the assignee person', () => {
    expect(describeWhoIsNotified('RO-DIOC', null, [ioana, member], 'me')).toBe(
      'Notified: Ioana Popescu, liaison officer of RO-DIOC.',
    );
    expect(describeWhoIsNotified('RO-DIOC', member, [ioana, member], 'me')).toBe(
      'Notified: Mihai Ionescu and Ioana Popescu, liaison officer of RO-DIOC.',
    );
  });

  it('does not claim a liaison officer was told when the agency has none', () => {
    expect(describeWhoIsNotified('BE-SIS', null, [member], 'me')).toBe(
      'Nobody at BE-SIS was notified (the agency has no liaison officer here): let them know another way.',
    );
    expect(describeWhoIsNotified('BE-SIS', member, [member], 'me')).toBe('Notified: Mihai Ionescu.');
  });
});
