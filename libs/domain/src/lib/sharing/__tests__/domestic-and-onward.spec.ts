/**
 * Decision table — no transfer, domestic sharing and onward sharing. Inside one country no agreement is needed
 * but a national-law basis must be stated by a rule, and TLP and handling codes still apply; an onward share is
 * judged hop by hop, with the originator's restrictions travelling with the lead (Palermo Protocol art. 10(3);
 * Directive (EU) 2016/680 art. 35(1)(e)).
 */
import { decideSharing } from '../decide-sharing';
import { DataCategory, HandlingCode, SharingPurpose, TlpLabel } from '../types';
import { inputOf, NL_POLICE, NL_PROSECUTION, PH_POLICE, RO_POLICE, scenario, TH_POLICE, TH_SOCIAL, ZA_LABOUR, ZA_POLICE } from './fixtures';

const { VICTIM_PERSONAL_DATA: VICTIM, SUSPECT_PERSONAL_DATA: SUSPECT, LOCATION_DATA: LOCATION } = DataCategory;
const { INVESTIGATION, VICTIM_ASSISTANCE } = SharingPurpose;

describe('same agency, domestic and onward sharing', () => {
  scenario(
    'lead-stays-within-originating-agency',
    { tlp: TlpLabel.RED, handling: [HandlingCode.H2], categories: [VICTIM], to: NL_POLICE, purpose: INVESTIGATION },
    { outcome: 'ALLOW', redacted: [], basis: 'nl-police', reasons: ['SAME_AGENCY default:same-agency'], conditions: [] },
  );

  scenario(
    'domestic-share-to-prosecutor-under-national-law',
    { tlp: TlpLabel.AMBER, categories: [VICTIM, SUSPECT], to: NL_PROSECUTION, purpose: INVESTIGATION },
    { outcome: 'ALLOW', redacted: [], basis: 'NL-1', reasons: ['RULE_LEGAL_BASIS NL-1'], conditions: [] },
  );

  scenario(
    'domestic-share-in-country-without-stated-basis',
    { originator: ZA_POLICE, categories: [SUSPECT], to: ZA_LABOUR, purpose: INVESTIGATION },
    { outcome: 'REQUIRES_APPROVAL', redacted: [], basis: null, reasons: ['NO_DOMESTIC_BASIS default:no-basis'], conditions: [] },
  );

  scenario(
    'onward-share-inside-receiving-country',
    { originator: NL_POLICE, via: TH_POLICE, categories: [VICTIM, LOCATION], to: TH_SOCIAL, purpose: VICTIM_ASSISTANCE },
    { outcome: 'ALLOW', redacted: [], basis: 'TH-1', reasons: ['RULE_LEGAL_BASIS TH-1'], conditions: [] },
  );

  scenario(
    'onward-transfer-to-third-country-needs-originator-authorisation',
    { originator: NL_POLICE, via: TH_POLICE, categories: [SUSPECT], to: PH_POLICE, purpose: INVESTIGATION },
    { outcome: 'REQUIRES_APPROVAL', redacted: [], basis: 'ACTIP', reasons: ['AGREEMENT_APPLIES ACTIP', 'RULE_REQUIRES_APPROVAL NL-4'], conditions: [] },
  );

  scenario(
    'lead-returned-to-originator',
    { originator: RO_POLICE, via: NL_POLICE, handling: [HandlingCode.H2], categories: [SUSPECT], to: RO_POLICE, purpose: INVESTIGATION },
    { outcome: 'ALLOW', redacted: [], basis: 'ro-police', reasons: ['SAME_AGENCY default:same-agency'], conditions: [] },
  );

  it('says which kind of share and transfer each hop is', () => {
    const first = decideSharing(inputOf({ categories: [SUSPECT], to: NL_PROSECUTION, purpose: INVESTIGATION }));
    const onward = decideSharing(inputOf({ originator: NL_POLICE, via: TH_POLICE, categories: [SUSPECT], to: PH_POLICE, purpose: INVESTIGATION }));
    const same = decideSharing(inputOf({ categories: [SUSPECT], to: NL_POLICE, purpose: INVESTIGATION }));
    expect([first.shareKind, first.transfer]).toEqual(['FIRST', 'DOMESTIC']);
    expect([onward.shareKind, onward.transfer]).toEqual(['ONWARD', 'CROSS_BORDER']);
    expect([same.shareKind, same.transfer]).toEqual(['FIRST', 'SAME_AGENCY']);
    expect(first.legalBasis).toEqual({ kind: 'NATIONAL_LAW', id: 'NL-1', title: 'Police Data Act (Wet politiegegevens), art. 16 ff.', article: null });
    expect(same.legalBasis).toEqual({ kind: 'NO_TRANSFER', id: 'nl-police', title: 'No transfer: the lead stays within Noordzee Regional Police', article: null });
  });

  it('treats a sender equal to the originator as a first share', () => {
    const decision = decideSharing({ ...inputOf({ handling: [HandlingCode.H2], categories: [SUSPECT], to: NL_PROSECUTION, purpose: INVESTIGATION }), sender: NL_POLICE });
    expect(decision.shareKind).toBe('FIRST');
    expect(decision.outcome).toBe('ALLOW');
  });
});
