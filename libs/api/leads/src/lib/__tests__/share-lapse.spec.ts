import { Agreement, AgreementKind } from '@taskforce/domain';
import { basisValidUntil, sameBasis, shareLawColumns } from '../share-lapse';

const agreement = (id: string, inForceTo: string | null): Agreement => ({
  id,
  kind: AgreementKind.BILATERAL,
  title: id,
  parties: [],
  dataCategories: [],
  purposes: [],
  inForceFrom: '2020-01-01',
  inForceTo,
});

describe('basisValidUntil (the exclusive UTC end of the agreement a share rests on)', () => {
  const agreements = [agreement('DAY', '2026-06-30'), agreement('INSTANT', '2026-06-30T12:00:00+02:00'), agreement('OPEN', null), agreement('BROKEN', '2026-06-30T12:00:00')];
  const basis = (id: string) => ({ kind: 'AGREEMENT' as const, id, title: id, article: null });

  it('a bare date covers its whole UTC day: the basis ends at the next midnight UTC', () => {
    expect(basisValidUntil(basis('DAY'), agreements)).toEqual(new Date(Date.UTC(2026, 6, 1, 0, 0, 0, 0)));
  });

  it('an instant with an offset ends one millisecond after it, in UTC', () => {
    expect(basisValidUntil(basis('INSTANT'), agreements)).toEqual(new Date(Date.UTC(2026, 5, 30, 10, 0, 0, 1)));
  });

  it('open-ended, unknown or unreadable agreements, national law and no basis give null', () => {
    expect(basisValidUntil(basis('OPEN'), agreements)).toBeNull();
    expect(basisValidUntil(basis('NOWHERE'), agreements)).toBeNull();
    expect(basisValidUntil(basis('BROKEN'), agreements)).toBeNull();
    expect(basisValidUntil({ kind: 'NATIONAL_LAW', id: 'NL-1', title: 'Police Data Act', article: null }, agreements)).toBeNull();
    expect(basisValidUntil(null, agreements)).toBeNull();
  });

  it('shareLawColumns carries the operation the share was made through', () => {
    expect(shareLawColumns(basis('DAY'), agreements, 'op-1')).toEqual({ basisValidUntil: new Date('2026-07-01T00:00:00.000Z'), operationId: 'op-1' });
  });

  it('sameBasis compares kind and id only', () => {
    expect(sameBasis(basis('DAY'), { ...basis('DAY'), title: 'other' })).toBe(true);
    expect(sameBasis(basis('DAY'), basis('OPEN'))).toBe(false);
    expect(sameBasis(null, null)).toBe(true);
    expect(sameBasis(basis('DAY'), null)).toBe(false);
  });
});
