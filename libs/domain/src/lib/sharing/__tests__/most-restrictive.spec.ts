/**
 * Decision table — several checks bite at once: the most restrictive outcome wins
 * (DENY > REQUIRES_APPROVAL > ALLOW_REDACTED > ALLOW), redactions add up, and a DENY shares nothing.
 */
import { decideSharing } from '../decide-sharing';
import { mostRestrictiveOutcome } from '../outcomes';
import { DataCategory, HandlingCode, SharingOutcome, SharingPurpose, TlpLabel } from '../types';
import { DE_CUSTOMS, inputOf, IO_BUREAU, NL_POLICE, NL_PROSECUTION, NL_SHELTER, RO_POLICE, scenario } from './fixtures';

const { VICTIM_PERSONAL_DATA: VICTIM, SUSPECT_PERSONAL_DATA: SUSPECT, LOCATION_DATA: LOCATION } = DataCategory;
const { INVESTIGATION, VICTIM_ASSISTANCE, ANALYSIS } = SharingPurpose;

describe('most restrictive outcome wins', () => {
  scenario(
    'red-lead-passed-on-with-h2-is-denied-not-just-held',
    { originator: RO_POLICE, via: NL_POLICE, tlp: TlpLabel.RED, named: ['nl-police'], handling: [HandlingCode.H2], categories: [SUSPECT], to: NL_PROSECUTION, purpose: INVESTIGATION },
    {
      outcome: 'DENY',
      redacted: [],
      basis: null,
      reasons: ['TLP_RED_NOT_NAMED TLP:RED', 'H2_ONWARD_NEEDS_PERMISSION H2', 'RULE_LEGAL_BASIS NL-1'],
      conditions: [],
    },
  );

  scenario(
    'shelter-referral-of-h0-lead-with-suspect-data',
    { handling: [HandlingCode.H0], categories: [VICTIM, SUSPECT], to: NL_SHELTER, purpose: VICTIM_ASSISTANCE },
    {
      outcome: 'REQUIRES_APPROVAL',
      redacted: ['SUSPECT_PERSONAL_DATA'],
      basis: 'MOU-NLPOL-SHELTER',
      reasons: ['H0_PURPOSE_NOT_CRIME_FIGHTING H0', 'AGREEMENT_APPLIES MOU-NLPOL-SHELTER', 'RULE_REDACTS NGO-1', 'RULE_SATISFIED NL-3'],
      conditions: ['H0_PURPOSE_LIMITATION H0'],
    },
  );

  scenario(
    'redactions-from-agreement-and-rule-are-combined',
    { categories: [VICTIM, SUSPECT, LOCATION], to: IO_BUREAU, purpose: ANALYSIS },
    {
      outcome: 'ALLOW_REDACTED',
      redacted: ['VICTIM_PERSONAL_DATA', 'LOCATION_DATA'],
      basis: 'MOU-NLPOL-TCAB',
      reasons: ['AGREEMENT_APPLIES MOU-NLPOL-TCAB', 'AGREEMENT_CATEGORY_NOT_COVERED MOU-NLPOL-TCAB', 'RULE_REDACTS NL-2'],
      conditions: [],
    },
  );

  scenario(
    'green-lead-to-non-member-abroad-without-agreement',
    { categories: [SUSPECT], to: DE_CUSTOMS, purpose: INVESTIGATION },
    { outcome: 'REQUIRES_APPROVAL', redacted: [], basis: null, reasons: ['TLP_OUTSIDE_COMMUNITY TLP:GREEN', 'NO_AGREEMENT default:no-basis'], conditions: [] },
  );

  scenario(
    'ngo-asked-for-suspect-data-for-investigation',
    { categories: [SUSPECT], to: NL_SHELTER, purpose: INVESTIGATION },
    {
      outcome: 'DENY',
      redacted: [],
      basis: null,
      reasons: ['AGREEMENT_PURPOSE_NOT_COVERED MOU-NLPOL-SHELTER', 'NO_DOMESTIC_BASIS default:no-basis', 'RULE_REDACTS NGO-1', 'RULE_DENIES NGO-2'],
      conditions: [],
    },
  );

  it('summarises every approval that is needed', () => {
    const decision = decideSharing(
      inputOf({ originator: RO_POLICE, via: NL_POLICE, handling: [HandlingCode.H1, HandlingCode.H2], categories: [SUSPECT], to: NL_PROSECUTION, purpose: SharingPurpose.PROSECUTION }),
    );
    expect(decision.summary).toBe(
      "Needs the approval of the originating agency's liaison officer: handling code H1, no prosecution file without permission; handling code H2, no passing on without permission",
    );
  });

  it('orders outcomes DENY > REQUIRES_APPROVAL > ALLOW_REDACTED > ALLOW', () => {
    const { ALLOW, ALLOW_REDACTED, REQUIRES_APPROVAL, DENY } = SharingOutcome;
    expect(mostRestrictiveOutcome([])).toBe(ALLOW);
    expect(mostRestrictiveOutcome([ALLOW_REDACTED, ALLOW])).toBe(ALLOW_REDACTED);
    expect(mostRestrictiveOutcome([ALLOW_REDACTED, REQUIRES_APPROVAL, ALLOW])).toBe(REQUIRES_APPROVAL);
    expect(mostRestrictiveOutcome([REQUIRES_APPROVAL, DENY, ALLOW_REDACTED])).toBe(DENY);
  });
});
