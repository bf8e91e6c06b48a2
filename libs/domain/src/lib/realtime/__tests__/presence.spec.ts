import { applyPresenceChange } from '../presence';

const anna = { userId: 'u-anna', displayName: 'Anna de Vries', agencyAcronym: 'NL-POL' };
const ioana = { userId: 'u-ioana', displayName: 'Ioana Popescu', agencyAcronym: 'RO-DIOC' };
const lucas = { userId: 'u-lucas', displayName: 'Lucas Peeters', agencyAcronym: 'BE-SIS' };

describe('who is viewing an operation, from a snapshot and then joins and leaves', () => {
  it.each([
    ['a snapshot replaces the list, sorted by name', [anna], { viewers: [lucas, ioana] }, [ioana, lucas]],
    ['a snapshot naming a person twice keeps them once', [], { viewers: [ioana, ioana] }, [ioana]],
    ['a join adds the person in name order', [anna, lucas], { joined: ioana }, [anna, ioana, lucas]],
    ['a second tab of someone listed changes nothing', [anna, ioana], { joined: ioana }, [anna, ioana]],
    ['a join with a new name takes the new name', [anna], { joined: { ...anna, displayName: 'Anna Jansen' } }, [{ ...anna, displayName: 'Anna Jansen' }]],
    ['a leave removes the person', [anna, ioana, lucas], { left: 'u-ioana' }, [anna, lucas]],
    ['a leave of someone not listed changes nothing', [anna], { left: 'u-ioana' }, [anna]],
  ])('%s', (_name, current, change, expected) => {
    const before = JSON.stringify(current);
    expect(applyPresenceChange(current, change)).toEqual(expected);
    expect(JSON.stringify(current)).toBe(before);
  });
});
