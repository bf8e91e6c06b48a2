import { DataCategory, FormOfExploitation, InformationCredibility, ReasonCode, SharingOutcome, SharingPurpose, SourceReliability, TlpLabel } from '@taskforce/domain';
import { projectLead } from '../lead-projection';
import { LeadEntity, LeadPersonEntity, LeadPersonRole, LeadShareEntity, LeadShareStatus, LeadStatus } from '../lead.entity';

const lead: LeadEntity = {
  id: 'l1',
  summary: 'summary',
  details: 'secret details naming the victim',
  operationId: null,
  originatingAgencyId: 'nl',
  formOfExploitation: FormOfExploitation.FORCED_LABOUR,
  route: [],
  dataCategories: [DataCategory.VICTIM_PERSONAL_DATA, DataCategory.SUSPECT_PERSONAL_DATA],
  tlp: TlpLabel.AMBER,
  namedRecipientAgencyIds: [],
  sourceReliability: SourceReliability.B,
  informationCredibility: InformationCredibility.PROBABLY_TRUE,
  handlingCodes: [],
  handlingCondition: null,
  status: LeadStatus.NEW,
  version: 1,
  createdById: 'u',
  createdAt: new Date(0),
  updatedAt: new Date(0),
};
const person = (id: string, role: LeadPersonRole, position: number): LeadPersonEntity => ({
  id,
  leadId: 'l1',
  position,
  role,
  name: role === LeadPersonRole.SUSPECT ? 'Suspect' : null,
  pseudonym: role === LeadPersonRole.POTENTIAL_VICTIM ? 'PV-000001' : null,
  description: null,
  identityCiphertext: null,
  identityKeyId: null,
});
const persons = [person('v', LeadPersonRole.POTENTIAL_VICTIM, 1), person('s', LeadPersonRole.SUSPECT, 0)];

function share(redacted: DataCategory[]): LeadShareEntity {
  return {
    id: 'sh',
    leadId: 'l1',
    recipientAgencyId: 'be',
    purpose: SharingPurpose.INVESTIGATION,
    outcome: redacted.length ? SharingOutcome.ALLOW_REDACTED : SharingOutcome.ALLOW,
    redactedCategories: redacted,
    legalBasis: null,
    reasons: [
      { code: ReasonCode.AGREEMENT_APPLIES, source: 'AGREEMENT', ref: 'UN-TIP', text: '…' },
      { code: ReasonCode.RULE_REDACTS, source: 'RULE', ref: 'NL-2', text: '…' },
      { code: ReasonCode.AGREEMENT_CATEGORY_NOT_COVERED, source: 'AGREEMENT', ref: 'UN-TIP', text: '…' },
    ],
    conditions: [],
    summary: '',
    decidedAt: new Date(0),
    status: LeadShareStatus.ACTIVE,
    sharedById: 'u',
    senderAgencyId: 'nl',
    approvalById: null,
    approvalAt: null,
    approvalReason: null,
    revokedById: null,
    revokedAt: null,
    createdAt: new Date(0),
  };
}

describe('projectLead (redaction happens when the entity becomes the model)', () => {
  it('gives the originator everything, persons in order', () => {
    const model = projectLead(lead, persons, null);
    expect(model.details).toBe(lead.details);
    expect(model.redaction).toBeNull();
    expect(model.persons.map((p) => p.id)).toEqual(['s', 'v']);
    expect(model.viewerIsOriginator).toBe(true);
  });

  it('removes the persons and categories a share redacts and replaces the details by the notice', () => {
    const model = projectLead(lead, persons, share([DataCategory.VICTIM_PERSONAL_DATA]));
    expect(model.persons.map((p) => p.role)).toEqual([LeadPersonRole.SUSPECT]);
    expect(model.dataCategories).toEqual([DataCategory.SUSPECT_PERSONAL_DATA]);
    expect(model.details).toBe('removed: victim personal data — rule NL-2, agreement UN-TIP');
    expect(model.redaction!.reasons.map((r) => r.code)).toEqual([ReasonCode.RULE_REDACTS, ReasonCode.AGREEMENT_CATEGORY_NOT_COVERED]);
    expect(JSON.stringify(model)).not.toContain('secret details');
  });

  it('keeps everything under a share that removes nothing', () => {
    const model = projectLead(lead, persons, share([]));
    expect(model.details).toBe(lead.details);
    expect(model.persons).toHaveLength(2);
    expect(model.viewerIsOriginator).toBe(false);
  });
});
