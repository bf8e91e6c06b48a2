/**
 * Decision table — originator handling codes (Europol style; Palermo Protocol art. 10(3): the receiver complies
 * with the sender's restrictions). H0 crime-fighting purposes only, H1 no prosecution file without permission,
 * H2 no passing on without permission, H3 free-text condition checked by the originator before passing on.
 */
import { decideSharing } from '../decide-sharing';
import { DataCategory, HandlingCode, SharingPurpose } from '../types';
import { inputOf, NL_LABOUR, NL_POLICE, NL_PROSECUTION, NL_SHELTER, RO_POLICE, scenario, TH_POLICE } from './fixtures';

const { VICTIM_PERSONAL_DATA: VICTIM, SUSPECT_PERSONAL_DATA: SUSPECT, LOCATION_DATA: LOCATION } = DataCategory;
const { INVESTIGATION, PROSECUTION, VICTIM_ASSISTANCE } = SharingPurpose;
const { H0, H1, H2, H3 } = HandlingCode;
const EU_ONLY = 'Not to be shared outside the European Union';

describe('handling codes H0–H3', () => {
  scenario(
    'h0-lead-for-investigation-abroad',
    { handling: [H0], categories: [SUSPECT], to: TH_POLICE, purpose: INVESTIGATION },
    { outcome: 'ALLOW', redacted: [], basis: 'UNTOC', reasons: ['AGREEMENT_APPLIES UNTOC'], conditions: ['H0_PURPOSE_LIMITATION H0'] },
  );

  scenario(
    'h0-lead-for-victim-assistance',
    { handling: [H0], categories: [VICTIM, LOCATION], to: NL_SHELTER, purpose: VICTIM_ASSISTANCE },
    {
      outcome: 'REQUIRES_APPROVAL',
      redacted: [],
      basis: 'MOU-NLPOL-SHELTER',
      reasons: ['H0_PURPOSE_NOT_CRIME_FIGHTING H0', 'AGREEMENT_APPLIES MOU-NLPOL-SHELTER', 'RULE_SATISFIED NL-3'],
      conditions: ['H0_PURPOSE_LIMITATION H0'],
    },
  );

  scenario(
    'h1-lead-for-prosecution-file',
    { handling: [H1], categories: [SUSPECT], to: NL_PROSECUTION, purpose: PROSECUTION },
    {
      outcome: 'REQUIRES_APPROVAL',
      redacted: [],
      basis: 'NL-1',
      reasons: ['H1_JUDICIAL_USE_NEEDS_PERMISSION H1', 'RULE_LEGAL_BASIS NL-1'],
      conditions: ['H1_NO_JUDICIAL_USE H1'],
    },
  );

  scenario(
    'h1-lead-for-investigation-by-prosecutor',
    { handling: [H1], categories: [SUSPECT], to: NL_PROSECUTION, purpose: INVESTIGATION },
    { outcome: 'ALLOW', redacted: [], basis: 'NL-1', reasons: ['RULE_LEGAL_BASIS NL-1'], conditions: ['H1_NO_JUDICIAL_USE H1'] },
  );

  scenario(
    'h2-lead-first-share-by-originator',
    { handling: [H2], categories: [SUSPECT], to: RO_POLICE, purpose: INVESTIGATION },
    { outcome: 'ALLOW', redacted: [], basis: 'EU-2023-977', reasons: ['AGREEMENT_APPLIES EU-2023-977'], conditions: ['H2_NO_ONWARD_SHARING H2'] },
  );

  scenario(
    'h2-lead-passed-on-by-recipient',
    { originator: RO_POLICE, via: NL_POLICE, handling: [H2], categories: [SUSPECT], to: NL_PROSECUTION, purpose: INVESTIGATION },
    {
      outcome: 'REQUIRES_APPROVAL',
      redacted: [],
      basis: 'NL-1',
      reasons: ['H2_ONWARD_NEEDS_PERMISSION H2', 'RULE_LEGAL_BASIS NL-1'],
      conditions: ['H2_NO_ONWARD_SHARING H2'],
    },
  );

  scenario(
    'h3-lead-passed-on-back-to-originating-country',
    { originator: NL_POLICE, via: RO_POLICE, handling: [H3], condition: EU_ONLY, categories: [SUSPECT], to: NL_LABOUR, purpose: INVESTIGATION },
    {
      outcome: 'REQUIRES_APPROVAL',
      redacted: [],
      basis: 'EU-2023-977',
      reasons: ['H3_ONWARD_NEEDS_CHECK H3', 'AGREEMENT_APPLIES EU-2023-977'],
      conditions: ['H3_CONDITION H3'],
    },
  );

  scenario(
    'h3-lead-first-share-carries-its-condition',
    { handling: [H3], condition: EU_ONLY, categories: [SUSPECT], to: NL_PROSECUTION, purpose: INVESTIGATION },
    { outcome: 'ALLOW', redacted: [], basis: 'NL-1', reasons: ['RULE_LEGAL_BASIS NL-1'], conditions: ['H3_CONDITION H3'] },
  );

  scenario(
    'h1-and-h2-lead-passed-on-for-prosecution',
    { originator: RO_POLICE, via: NL_POLICE, handling: [H1, H2], categories: [SUSPECT], to: NL_PROSECUTION, purpose: PROSECUTION },
    {
      outcome: 'REQUIRES_APPROVAL',
      redacted: [],
      basis: 'NL-1',
      reasons: ['H1_JUDICIAL_USE_NEEDS_PERMISSION H1', 'H2_ONWARD_NEEDS_PERMISSION H2', 'RULE_LEGAL_BASIS NL-1'],
      conditions: ['H1_NO_JUDICIAL_USE H1', 'H2_NO_ONWARD_SHARING H2'],
    },
  );

  it('shows the H3 free text to the recipient, word for word', () => {
    const decision = decideSharing(inputOf({ handling: [H3], condition: EU_ONLY, categories: [SUSPECT], to: NL_PROSECUTION, purpose: INVESTIGATION }));
    expect(decision.conditions).toEqual([
      { code: 'H3_CONDITION', source: 'MARKING', ref: 'H3', text: 'H3: Not to be shared outside the European Union', values: { originator: 'Noordzee Regional Police', condition: EU_ONLY } },
    ]);
  });
});
