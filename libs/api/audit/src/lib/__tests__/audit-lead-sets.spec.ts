import { createHash, randomUUID } from 'node:crypto';
import { compactLeadIds, leadSetIdOf } from '../audit-lead-sets';

describe('lead sets of audit entries', () => {
  const ids = (n: number) => Array.from({ length: n }, () => randomUUID());

  it('a set id is the SHA-256 of the sorted lowercase ids joined by commas, whatever their order, case or repeats', () => {
    const a = 'b0000000-0000-4000-8000-000000000002';
    const b = 'A0000000-0000-4000-8000-000000000001';
    const expected = createHash('sha256').update('a0000000-0000-4000-8000-000000000001,b0000000-0000-4000-8000-000000000002').digest('hex');
    expect(leadSetIdOf([a, b])).toBe(expected);
    expect(leadSetIdOf([b, a, a])).toBe(expected);
    expect(leadSetIdOf([a])).not.toBe(expected);
  });

  it('names up to 50 ids inline, in the order given, and more as a set of the sorted ids', () => {
    const fifty = ids(50);
    expect(compactLeadIds(fifty)).toEqual({ details: { leadIds: fifty } });
    const many = ids(51);
    const sorted = [...many].sort();
    expect(compactLeadIds(many)).toEqual({ details: { leadSetId: leadSetIdOf(sorted) }, leadSet: { id: leadSetIdOf(many), ids: sorted } });
  });
});
