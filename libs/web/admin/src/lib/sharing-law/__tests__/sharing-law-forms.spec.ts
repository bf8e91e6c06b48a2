import { DataCategory, SharingPurpose } from '@taskforce/domain';
import { agreementFormFrom, agreementInputFrom, fieldError, ruleFormFrom, ruleInputFrom } from '../sharing-law-forms';

describe('sharing-law admin forms', () => {
  it('turns typed countries and chosen agencies into parties, countries first', () => {
    const state = { ...agreementFormFrom(), id: ' NL-BE-1 ', title: ' Treaty ', countries: 'nl; be ,  ES', agencyIds: ['a-1'], purposes: [SharingPurpose.INVESTIGATION], inForceFrom: '2025-01-01' };
    expect(agreementInputFrom(state)).toEqual({
      id: 'NL-BE-1',
      kind: 'BILATERAL',
      title: 'Treaty',
      article: null,
      parties: [
        { kind: 'COUNTRY', country: 'NL' },
        { kind: 'COUNTRY', country: 'BE' },
        { kind: 'COUNTRY', country: 'ES' },
        { kind: 'AGENCY', agencyId: 'a-1' },
      ],
      dataCategories: [],
      purposes: ['INVESTIGATION'],
      inForceFrom: '2025-01-01',
      inForceTo: null,
      suspended: false,
    });
  });

  it('fills the form back from an agreement', () => {
    const state = agreementFormFrom({
      id: 'X',
      kind: 'MOU',
      title: 'T',
      article: null,
      parties: [
        { kind: 'AGENCY', agencyId: 'a-1', country: null, agency: null },
        { kind: 'COUNTRY', country: 'NL', agencyId: null, agency: null },
      ],
      dataCategories: [DataCategory.HEALTH_DATA],
      purposes: [],
      inForceFrom: '2024-01-01',
      inForceTo: null,
      suspended: true,
      status: 'SUSPENDED',
      version: 3,
      updatedAt: '2025-01-01T00:00:00Z',
    });
    expect([state.countries, state.agencyIds, state.inForceTo, state.suspended]).toEqual(['NL', ['a-1'], '', true]);
  });

  it('a revision starts now unless a date is given; empty filter means none', () => {
    const form = ruleFormFrom({
      ruleId: 'NL-3',
      version: 1,
      effectiveFrom: '2020-01-01',
      effectiveTo: null,
      scopeJson: '{"kind":"COUNTRY","country":"NL"}',
      flows: ['LEAVING'],
      whenJson: null,
      conditionJson: '{"kind":"RESTRICT_FLOW","effect":"DENY"}',
      text: 'Some rule text',
      inEffect: true,
      retiredAt: null,
      createdAt: '2020-01-01T00:00:00Z',
    });
    expect(form.effectiveFrom).toBe('');
    expect(form.conditionJson).toBe('{\n  "kind": "RESTRICT_FLOW",\n  "effect": "DENY"\n}');
    const input = ruleInputFrom(form);
    expect([input.effectiveFrom, input.whenJson, JSON.parse(input.conditionJson)]).toEqual([null, null, { kind: 'RESTRICT_FLOW', effect: 'DENY' }]);
  });

  it('collects the server messages of a field and of its parts', () => {
    const fields = { 'conditionJson.kind': 'kind is wrong.', conditionJsonX: 'not this one', 'parties.0.country': 'bad country.', parties: 'two needed.' };
    expect(fieldError(fields, 'conditionJson')).toBe('kind is wrong.');
    expect(fieldError(fields, 'parties')).toBe('bad country. two needed.');
    expect(fieldError(fields, 'title')).toBeUndefined();
  });
});
