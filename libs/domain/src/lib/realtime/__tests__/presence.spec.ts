import { applyPresenceChange } from '../presence';

const anna = { userId: 'u-anna', displayName: 'Anna de Vries', agencyAcronym: 'NL-POL' };
const ioana = { userId: 'u-ioana', displayName: 'Ioana Popescu', agencyAcronym: 'RO-DIOC' };
const lucas = { userId: 'u-lucas', displayName: 'Lucas Peeters', agencyAcronym: 'BE-SIS' };

describe('who is viewing an operation, from a snapshot and then batches of joins and leaves', () => {
  it.each([
    ['a snapshot replaces the list, sorted by name', [anna], { viewers: [lucas, ioana] }, [ioana, lucas]],
    ['a snapshot naming a person twice keeps them once', [], { viewers: [ioana, ioana] }, [ioana]],
    ['a join adds the person in name order', [anna, lucas], { joined: [ioana] }, [anna, ioana, lucas]],
    ['a batch of joins adds each person once, in name order', [ioana], { joined: [lucas, anna, lucas] }, [anna, ioana, lucas]],
    ['a join of someone listed changes nothing', [anna, ioana], { joined: [ioana] }, [anna, ioana]],
    ['a join with a new name takes the new name', [anna], { joined: [{ ...anna, displayName: 'Anna Jansen' }] }, [{ ...anna, displayName: 'Anna Jansen' }]],
    ['an empty batch of joins changes nothing', [anna], { joined: [] }, [anna]],
    ['a leave removes the person', [anna, ioana, lucas], { left: ['u-ioana'] }, [anna, lucas]],
    ['a batch of leaves removes each of them', [anna, ioana, lucas], { left: ['u-lucas', 'u-anna'] }, [ioana]],
    ['a leave of someone not listed changes nothing', [anna], { left: ['u-ioana'] }, [anna]],
    ['a batch of leaves naming listed and unlisted people removes the listed ones', [anna, ioana], { left: ['u-lucas', 'u-ioana'] }, [anna]],
  ])('%s', (_name, current, change, expected) => {
    const before = JSON.stringify(current);
    expect(applyPresenceChange(current, change)).toEqual(expected);
    expect(JSON.stringify(current)).toBe(before);
  });

  it('applying the same batch twice (a join heard again, a leave heard again) gives the same list', () => {
    const joined = applyPresenceChange([anna], { joined: [ioana, lucas] });
    expect(applyPresenceChange(joined, { joined: [ioana, lucas] })).toEqual(joined);
    const left = applyPresenceChange(joined, { left: ['u-ioana'] });
    expect(applyPresenceChange(left, { left: ['u-ioana'] })).toEqual(left);
  });
});
