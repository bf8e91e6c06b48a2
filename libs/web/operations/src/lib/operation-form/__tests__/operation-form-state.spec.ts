import { AgencyKind, FormOfExploitation, OperationStatus } from '@taskforce/domain';
import type { OperationBoardData } from '@taskforce/web-data-access';
import {
  createOperationInputFrom,
  emptyOperationForm,
  extendsPeriod,
  operationFormFrom,
  toggleForm,
  updateOperationInputFrom,
  validateOperationForm,
} from '../operation-form-state';

const agency = { id: 'nl', name: 'Netherlands Police', acronym: 'NL-POL', kind: AgencyKind.LAW_ENFORCEMENT, country: 'NL' };

function operation(overrides: Partial<OperationBoardData> = {}): OperationBoardData {
  return {
    id: 'op-1',
    name: 'Joint Operation North Sea',
    description: null,
    status: OperationStatus.PLANNED,
    countries: ['NL', 'RO'],
    formsOfExploitation: [FormOfExploitation.FORCED_LABOUR],
    leadAgency: agency,
    participatingAgencies: [agency],
    viewerIsCoordinator: true,
    createdAt: '2026-12-01T10:00:00.000Z',
    escalationMinutes: 15,
    fileRetentionDays: 28,
    coordinators: [],
    taskAssignees: [],
    taskColumns: [],
    purpose: 'Dismantle a labour-exploitation network',
    version: 3,
    startsOn: '2027-01-01',
    endsOn: '2027-06-30',
    legalBasisAgreementId: null,
    legalBasisCitation: 'Art. 19 UNTOC',
    evaluationFinalisedAt: null,
    participants: [],
    history: [],
    invitations: [],
    ...overrides,
  };
}

describe('forming a joint operation', () => {
  it('sends trimmed texts, the chosen scope and period, the citation alone and the minutes as a number', () => {
    const state = {
      ...emptyOperationForm(),
      name: '  Joint Operation Harbour Lights ',
      purpose: ' Find the recruiters ',
      description: '   ',
      countries: ['NL', 'ES'],
      formsOfExploitation: [FormOfExploitation.SEXUAL_EXPLOITATION],
      startsOn: '2027-02-01',
      endsOn: '2027-08-31',
      legalBasisKind: 'CITATION' as const,
      legalBasisAgreementId: 'left-over-choice',
      legalBasisCitation: ' Council Framework Decision 2002/465/JHA ',
      escalationMinutes: ' 30 ',
    };
    expect(createOperationInputFrom(state)).toEqual({
      name: 'Joint Operation Harbour Lights',
      purpose: 'Find the recruiters',
      countries: ['NL', 'ES'],
      formsOfExploitation: ['SEXUAL_EXPLOITATION'],
      startsOn: '2027-02-01',
      endsOn: '2027-08-31',
      legalBasisCitation: 'Council Framework Decision 2002/465/JHA',
      escalationMinutes: 30,
    });
  });

  it('sends the agreement and no citation when an agreement is the legal basis', () => {
    const input = createOperationInputFrom({ ...emptyOperationForm(), name: 'Op', legalBasisKind: 'AGREEMENT', legalBasisAgreementId: 'EU-MLA-2000', legalBasisCitation: 'typed before' });
    expect(input.legalBasisAgreementId).toBe('EU-MLA-2000');
    expect(input).not.toHaveProperty('legalBasisCitation');
  });

  it('checks the name, the order of the dates, the chosen agreement and the escalation minutes before asking the server', () => {
    const errors = validateOperationForm({
      ...emptyOperationForm(),
      name: 'Op',
      startsOn: '2027-03-01',
      endsOn: '2027-02-28',
      legalBasisKind: 'AGREEMENT',
      escalationMinutes: '1441',
    });
    expect(Object.keys(errors).sort()).toEqual(['countries', 'endsOn', 'escalationMinutes', 'legalBasisAgreementId', 'name']);
    expect(validateOperationForm({ ...emptyOperationForm(), name: 'Joint Operation Delta', countries: ['NL'], startsOn: '2027-03-01', endsOn: '2027-03-01' })).toEqual({});
    expect(validateOperationForm({ ...emptyOperationForm(), name: 'Joint Operation Delta', countries: ['NL'], escalationMinutes: '2.5' })).toHaveProperty('escalationMinutes');
  });

  it('keeps the forms of exploitation in the glossary’s order however they are ticked', () => {
    const ticked = toggleForm(toggleForm([], FormOfExploitation.FORCED_BEGGING), FormOfExploitation.SEXUAL_EXPLOITATION);
    expect(ticked).toEqual([FormOfExploitation.SEXUAL_EXPLOITATION, FormOfExploitation.FORCED_BEGGING]);
    expect(toggleForm(ticked, FormOfExploitation.FORCED_BEGGING)).toEqual([FormOfExploitation.SEXUAL_EXPLOITATION]);
  });
});

describe('editing a joint operation', () => {
  it('sends nothing but the version when nothing changed', () => {
    const original = operation();
    expect(updateOperationInputFrom(operationFormFrom(original), original)).toEqual({
      input: { operationId: 'op-1', expectedVersion: 3 },
      changed: false,
    });
  });

  it('sends only the changed fields, clearing emptied texts and switching the legal basis to an agreement', () => {
    const original = operation();
    const state = { ...operationFormFrom(original), purpose: '', countries: ['NL', 'RO', 'BE'], legalBasisKind: 'AGREEMENT' as const, legalBasisAgreementId: 'NL-RO-MLAT' };
    const { input, changed } = updateOperationInputFrom(state, original);
    expect(changed).toBe(true);
    expect(input).toEqual({
      operationId: 'op-1',
      expectedVersion: 3,
      purpose: null,
      countries: ['NL', 'RO', 'BE'],
      legalBasisAgreementId: 'NL-RO-MLAT',
      legalBasisCitation: null,
    });
  });

  it('asks for a reason when the end moves later or is removed, not when it moves earlier', () => {
    const original = operation();
    const later = { ...operationFormFrom(original), endsOn: '2027-09-30' };
    expect(extendsPeriod(later, original)).toBe(true);
    expect(validateOperationForm(later, original)).toHaveProperty('reason');
    expect(extendsPeriod({ ...later, endsOn: '' }, original)).toBe(true);
    expect(extendsPeriod({ ...later, endsOn: '2027-05-31' }, original)).toBe(false);
    const withReason = { ...later, reason: ' Victims still being identified ' };
    expect(validateOperationForm(withReason, original)).toEqual({});
    expect(updateOperationInputFrom(withReason, original).input).toEqual({
      operationId: 'op-1',
      expectedVersion: 3,
      endsOn: '2027-09-30',
      reason: 'Victims still being identified',
    });
  });

  it('fills the form with the operation’s legal basis kind', () => {
    expect(operationFormFrom(operation()).legalBasisKind).toBe('CITATION');
    expect(operationFormFrom(operation({ legalBasisCitation: null, legalBasisAgreementId: 'X' })).legalBasisKind).toBe('AGREEMENT');
    expect(operationFormFrom(operation({ legalBasisCitation: null })).legalBasisKind).toBe('NONE');
  });
});
