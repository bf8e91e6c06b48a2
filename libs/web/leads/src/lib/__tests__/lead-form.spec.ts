import { DataCategory, FormOfExploitation, HandlingCode, OperationStatus, SourceReliability, TlpLabel } from '@taskforce/domain';
import { emptyLeadForm, emptyPerson, formFieldsFrom, leadInputFrom, missingRequired, openOperations, placedFieldNames, unplacedMessages, type LeadFormState } from '../lead-form';

/** A filled form: two stops (one blank in between), a suspect and a potential victim, H3 with its condition. */
function filled(): LeadFormState {
  return {
    ...emptyLeadForm(),
    summary: '  Recruiter in Iasi  ',
    details: 'Line one\nLine two',
    operationId: 'op-1',
    formOfExploitation: FormOfExploitation.FORCED_LABOUR,
    route: [
      { country: 'ro', role: 'ORIGIN' },
      { country: '  ', role: 'TRANSIT' },
      { country: 'NL', role: 'DESTINATION' },
    ],
    dataCategories: [DataCategory.VICTIM_PERSONAL_DATA],
    tlp: TlpLabel.AMBER,
    namedRecipientAgencyIds: ['a-1'],
    sourceReliability: SourceReliability.B,
    informationCredibility: 'PROBABLY_TRUE',
    handlingCodes: [HandlingCode.H1, HandlingCode.H3],
    handlingCondition: ' Only for the barge inspection ',
    persons: [
      { ...emptyPerson('SUSPECT'), name: 'Ion P.', dateOfBirth: '1980-01-01', nationality: 'ro' },
      { ...emptyPerson('POTENTIAL_VICTIM'), name: 'A. B.', dateOfBirth: '2001-02-30', nationality: 'md', description: ' deck hand ' },
    ],
  };
}

describe('new-lead form', () => {
  it('builds the createLead input: trimmed, codes upper-cased, blank stops dropped, identity only for potential victims', () => {
    expect(leadInputFrom(filled())).toEqual({
      summary: 'Recruiter in Iasi',
      details: 'Line one\nLine two',
      operationId: 'op-1',
      formOfExploitation: 'FORCED_LABOUR',
      route: [
        { country: 'RO', role: 'ORIGIN' },
        { country: 'NL', role: 'DESTINATION' },
      ],
      dataCategories: ['VICTIM_PERSONAL_DATA'],
      tlp: 'AMBER',
      sourceReliability: 'B',
      informationCredibility: 'PROBABLY_TRUE',
      handlingCodes: ['H1', 'H3'],
      handlingCondition: 'Only for the barge inspection',
      persons: [
        { role: 'SUSPECT', name: 'Ion P.' },
        { role: 'POTENTIAL_VICTIM', name: 'A. B.', dateOfBirth: '2001-02-30', nationality: 'MD', description: 'deck hand' },
      ],
    });
  });

  it('sends named recipients only with TLP:RED and the condition only with H3; leaves out what is empty', () => {
    const red = leadInputFrom({ ...filled(), tlp: TlpLabel.RED, handlingCodes: [HandlingCode.H0] });
    expect(red.namedRecipientAgencyIds).toEqual(['a-1']);
    expect('handlingCondition' in red).toBe(false);
    const bare = leadInputFrom({ ...filled(), operationId: '', persons: [] });
    expect(['operationId' in bare, 'persons' in bare, 'namedRecipientAgencyIds' in bare]).toEqual([false, false, false]);
  });

  it('names the required fields still empty, nothing else (lengths and codes are for the server)', () => {
    expect(missingRequired(emptyLeadForm())).toEqual({
      summary: 'leadForm.required',
      formOfExploitation: 'leadForm.required',
      'route.0.country': 'leadForm.required',
      tlp: 'leadForm.required',
      sourceReliability: 'leadForm.required',
      informationCredibility: 'leadForm.required',
    });
    expect(missingRequired({ ...filled(), summary: 'x', route: [{ country: 'ZZ', role: 'ORIGIN' }] })).toEqual({});
    expect(() => leadInputFrom(emptyLeadForm())).toThrow();
  });

  it("puts the server's route messages on the form's rows, past the blank stops that were not sent", () => {
    const fields = { 'route.1.country': 'country must be an ISO 3166-1 alpha-2 country code such as NL', 'persons.1.dateOfBirth': 'dateOfBirth must be a real calendar date' };
    expect(formFieldsFrom(filled(), fields)).toEqual({
      'route.2.country': 'country must be an ISO 3166-1 alpha-2 country code such as NL',
      'persons.1.dateOfBirth': 'dateOfBirth must be a real calendar date',
    });
  });

  it('lists the messages for fields the form has no place for, so none is lost', () => {
    const placed = placedFieldNames(1, 2);
    expect(placed.has('persons.1.nationality')).toBe(true);
    expect(placed.has('persons.2.name')).toBe(false);
    expect(unplacedMessages({ summary: 'too short', expectedVersion: 'odd' }, placed)).toEqual(['expectedVersion: odd']);
  });

  it('offers the joint operations that are not closed, by name', () => {
    const ops = [
      { id: '3', name: 'Coastal Harvest', status: OperationStatus.ACTIVE },
      { id: '1', name: 'Old Case', status: OperationStatus.CLOSED },
      { id: '2', name: 'Alpine Pass', status: OperationStatus.PLANNED },
    ];
    expect(openOperations(ops).map((o) => o.id)).toEqual(['2', '3']);
  });
});
