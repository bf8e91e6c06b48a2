/**
 * Stored leads into engine inputs, and the record of an onward share (./share-request.ts). Expected inputs and
 * records are written out by hand from the fixtures.
 */
import { FormOfExploitation } from '../../enums';
import { HeldShare, redecidedShare, shareRequest, ShareContext, StoredLead, withInheritedRemovals } from '../share-request';
import {
  DataCategory,
  HandlingCode,
  InformationCredibility,
  Reason,
  ReasonCode,
  SharingOutcome,
  SharingPurpose,
  SourceReliability,
  TlpLabel,
} from '../types';
import { NL_POLICE, RO_POLICE, TH_POLICE } from './fixtures';

const { VICTIM_PERSONAL_DATA: VICTIM, SUSPECT_PERSONAL_DATA: SUSPECT, HEALTH_DATA: HEALTH, LOCATION_DATA: LOCATION } = DataCategory;

const LEAD: StoredLead = {
  id: 'lead-1',
  originatingAgencyId: NL_POLICE.id,
  formOfExploitation: FormOfExploitation.SEXUAL_EXPLOITATION,
  route: [{ country: 'RO' }, { country: 'NL' }],
  dataCategories: [VICTIM, SUSPECT, LOCATION],
  tlp: TlpLabel.AMBER,
  sourceReliability: SourceReliability.B,
  informationCredibility: InformationCredibility.PROBABLY_TRUE,
  handlingCodes: [HandlingCode.H0],
  handlingCondition: null,
  namedRecipientAgencyIds: [],
};

const CTX: ShareContext = {
  agencies: new Map([NL_POLICE, RO_POLICE, TH_POLICE].map((a) => [a.id, a])),
  agreements: [],
  rules: [],
  operationAgencyIds: [NL_POLICE.id, RO_POLICE.id],
  at: '2026-03-01T09:00:00Z',
};

const reason = (code: ReasonCode, ref: string): Reason => ({ code, source: 'RULE', ref, text: `${code} (${ref})` });

describe('shareRequest: a stored lead as the engine reads it', () => {
  it('a first share: every category, the originator as the lead’s agency, no sender, the recipient a task-force member', () => {
    const input = shareRequest(LEAD, null, RO_POLICE.id, SharingPurpose.INVESTIGATION, CTX);
    expect(input).toEqual({
      lead: {
        id: 'lead-1',
        originatingAgency: NL_POLICE,
        formOfExploitation: FormOfExploitation.SEXUAL_EXPLOITATION,
        routeCountries: ['RO', 'NL'],
        dataCategories: [VICTIM, SUSPECT, LOCATION],
        markings: { tlp: TlpLabel.AMBER, sourceReliability: SourceReliability.B, informationCredibility: InformationCredibility.PROBABLY_TRUE, handlingCodes: [HandlingCode.H0], handlingCondition: null },
        namedRecipientAgencyIds: [],
        operationAgencyIds: [NL_POLICE.id, RO_POLICE.id],
      },
      recipient: { ...RO_POLICE, taskForceMember: true },
      sender: null,
      agreements: [],
      rules: [],
      purpose: SharingPurpose.INVESTIGATION,
      at: '2026-03-01T09:00:00Z',
    });
  });

  it('an onward share: the lead as the sender holds it (its removals absent), the sender named', () => {
    const held: HeldShare = { senderAgencyId: RO_POLICE.id, redactedCategories: [VICTIM], reasons: [] };
    const input = shareRequest(LEAD, held, TH_POLICE.id, SharingPurpose.PROSECUTION, CTX);
    expect(input.lead.dataCategories).toEqual([SUSPECT, LOCATION]);
    expect(input.lead.originatingAgency).toEqual(NL_POLICE);
    expect(input.sender).toEqual(RO_POLICE);
    expect(input.recipient).toEqual({ ...TH_POLICE, taskForceMember: true });
    expect(input.purpose).toBe(SharingPurpose.PROSECUTION);
  });

  it('a recipient the context does not know is a broken reference, not a decision', () => {
    expect(() => shareRequest(LEAD, null, 'nowhere', SharingPurpose.INVESTIGATION, CTX)).toThrow('agency nowhere is not known');
  });
});

describe('withInheritedRemovals: what an onward share records', () => {
  const removedOnTheWayIn = reason(ReasonCode.RULE_REDACTS, 'rule-health');
  const conditionOnTheWayIn = reason(ReasonCode.H3_CONDITION, 'H3');
  const held = { redactedCategories: [HEALTH], reasons: [removedOnTheWayIn, conditionOnTheWayIn] };

  it.each([
    // decision of the engine                                      held   recorded outcome                    recorded categories
    ['ALLOW, first share', SharingOutcome.ALLOW, [], null, SharingOutcome.ALLOW, []],
    ['ALLOW, onward: the sender’s removal makes it ALLOW_REDACTED', SharingOutcome.ALLOW, [], held, SharingOutcome.ALLOW_REDACTED, [HEALTH]],
    ['ALLOW_REDACTED, onward: union in the categories’ order', SharingOutcome.ALLOW_REDACTED, [LOCATION, VICTIM], held, SharingOutcome.ALLOW_REDACTED, [VICTIM, HEALTH, LOCATION]],
    ['REQUIRES_APPROVAL, onward: stays, with the union', SharingOutcome.REQUIRES_APPROVAL, [VICTIM], held, SharingOutcome.REQUIRES_APPROVAL, [VICTIM, HEALTH]],
    ['DENY, onward: stays DENY', SharingOutcome.DENY, [], held, SharingOutcome.DENY, [HEALTH]],
  ] as const)('%s', (_, outcome, redacted, from, expectedOutcome, expectedCategories) => {
    const recorded = withInheritedRemovals({ outcome, redactedCategories: [...redacted], reasons: [] }, from);
    expect(recorded.outcome).toBe(expectedOutcome);
    expect(recorded.redactedCategories).toEqual(expectedCategories);
  });

  it('carries the reasons of what was removed on the way in, not the others, and never twice', () => {
    const own = reason(ReasonCode.AGREEMENT_APPLIES, 'agreement-1');
    expect(withInheritedRemovals({ outcome: SharingOutcome.ALLOW, redactedCategories: [], reasons: [own] }, held).reasons).toEqual([own, removedOnTheWayIn]);
    expect(withInheritedRemovals({ outcome: SharingOutcome.ALLOW_REDACTED, redactedCategories: [HEALTH], reasons: [removedOnTheWayIn] }, held).reasons).toEqual([removedOnTheWayIn]);
  });
});

describe('redecidedShare: a share decided again never gives back what it removed', () => {
  const healthRule = reason(ReasonCode.RULE_REDACTS, 'rule-health');
  const victimRule = reason(ReasonCode.RULE_REDACTS, 'rule-victim');
  const agreement = reason(ReasonCode.AGREEMENT_APPLIES, 'agreement-1');
  const locationOnTheWayIn = reason(ReasonCode.RULE_REDACTS, 'rule-location');

  it.each([
    // share's removals, decision now, sender holds → categories, narrowed, outcome
    ['nothing removed before or now', [], SharingOutcome.ALLOW, [], null, [], false, SharingOutcome.ALLOW],
    ['removed before, the law now allows it: stays removed', [HEALTH], SharingOutcome.ALLOW, [], null, [HEALTH], false, SharingOutcome.ALLOW_REDACTED],
    ['the law now removes more: narrowed', [HEALTH], SharingOutcome.ALLOW_REDACTED, [VICTIM], null, [VICTIM, HEALTH], true, SharingOutcome.ALLOW_REDACTED],
    ['the sender now holds less: narrowed', [], SharingOutcome.ALLOW, [], { redactedCategories: [LOCATION], reasons: [locationOnTheWayIn] }, [LOCATION], true, SharingOutcome.ALLOW_REDACTED],
    ['approval needed now: outcome stays, removals united', [HEALTH], SharingOutcome.REQUIRES_APPROVAL, [VICTIM], null, [VICTIM, HEALTH], true, SharingOutcome.REQUIRES_APPROVAL],
  ] as const)('%s', (_, before, outcome, now, held, categories, narrowed, recordedOutcome) => {
    const r = redecidedShare({ redactedCategories: [...before], reasons: [] }, { outcome, redactedCategories: [...now], reasons: [] }, held && { redactedCategories: [...held.redactedCategories], reasons: [...held.reasons] });
    expect(r.redactedCategories).toEqual(categories);
    expect(r.narrowed).toBe(narrowed);
    expect(r.outcome).toBe(recordedOutcome);
  });

  it('keeps the reason of a removal the decision no longer states; adds only reasons the share lacks', () => {
    const share = { redactedCategories: [HEALTH], reasons: [agreement, healthRule] };
    const r = redecidedShare(share, { outcome: SharingOutcome.ALLOW_REDACTED, redactedCategories: [VICTIM], reasons: [agreement, victimRule] }, { redactedCategories: [LOCATION], reasons: [locationOnTheWayIn] });
    // The decision's reasons, then the sender's removal on the way in, then the share's own health removal.
    expect(r.reasons).toEqual([agreement, victimRule, locationOnTheWayIn, healthRule]);
    // A share waiting for approval adds the two removals it did not carry; the agreement is no removal.
    expect(r.addedRemovalReasons).toEqual([victimRule, locationOnTheWayIn]);
  });
});
