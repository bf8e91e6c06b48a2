/**
 * Each reason carries the values its sentence is written from, so a client writes it in its reader's language:
 * domain codes stay codes (categories, purposes), names, ids and what people wrote (a rule's text, an H3 condition)
 * as they are. Expected values written by hand from the fixture (NL police, 2025-03-01).
 */
import { decideSharing } from '../decide-sharing';
import { DataCategory, HandlingCode, SharingPurpose, TlpLabel } from '../types';
import { inputOf, RO_POLICE, TH_POLICE } from './fixtures';

const NL_2_V2 =
  "Victims' personal data leaves the Netherlands only under an agreement in force that covers it; without one it is removed (Directive (EU) 2016/680 art. 35–37; Palermo Protocol art. 6).";

describe('reason values', () => {
  it('an agreement used and a rule that removes victim data, with why', () => {
    const d = decideSharing(inputOf({ categories: [DataCategory.VICTIM_PERSONAL_DATA, DataCategory.SUSPECT_PERSONAL_DATA], to: TH_POLICE, purpose: SharingPurpose.INVESTIGATION }));
    expect(d.reasons.map((r) => [r.code, r.values])).toEqual([
      [
        'AGREEMENT_APPLIES',
        { agreement: 'UNTOC', title: 'United Nations Convention against Transnational Organized Crime', article: 'art. 18 and 27', sender: 'NL', recipient: 'TH', purpose: 'INVESTIGATION' },
      ],
      ['RULE_REDACTS', { why: 'NO_AGREEMENT', sender: 'NL', recipient: 'TH', purpose: 'INVESTIGATION', categories: 'VICTIM_PERSONAL_DATA', rule: 'NL-2', version: '2', ruleText: NL_2_V2 }],
    ]);
  });

  it('markings name the agencies and keep the originator’s own condition', () => {
    const d = decideSharing(
      inputOf({ categories: [], to: RO_POLICE, purpose: SharingPurpose.INVESTIGATION, tlp: TlpLabel.RED, named: [], handling: [HandlingCode.H3], condition: 'Only for the Danube case' }),
    );
    expect(d.reasons.find((r) => r.code === 'TLP_RED_NOT_NAMED')?.values).toEqual({ label: 'TLP:RED', recipient: 'Carpathian Anti-Trafficking Directorate' });
    const h3 = decideSharing(inputOf({ categories: [], to: RO_POLICE, purpose: SharingPurpose.INVESTIGATION, handling: [HandlingCode.H3], condition: 'Only for the Danube case' }));
    expect(h3.conditions.map((r) => r.values)).toEqual([{ originator: 'Noordzee Regional Police', condition: 'Only for the Danube case' }]);
  });
});
